#include "exporters/pdf/pdf_table.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace kolmi::exporters::pdf {

namespace {

constexpr float kFontSize = 8;
constexpr float kRowHeight = 11;
constexpr float kBaselineDrop = 8;  // from a row's top to its text's baseline
constexpr float kCellPadding = 2;
constexpr float kHeadingSize = 14;
constexpr float kHeadingBaselineDrop = 11;
constexpr float kHeadingGap = 6;  // between the heading and the title's lines
constexpr float kTitleSize = 9;
constexpr float kTitleLeading = 13;
constexpr float kTitleGap = 10;                      // between the title and the table
constexpr float kFooterBaseline = 22;                // page numbers
constexpr float kTableBottom = Table::kMargin + 12;  // rows stay above the page numbers
constexpr float kHeaderGray = 0.85f;
constexpr float kRuleWidth = 0.5f;

}  // namespace

Table::Table(Document& doc, const Fonts& fonts, std::vector<Column> columns, int title_lines)
    : doc_(doc),
      fonts_(fonts),
      widths_([font = fonts.utf8](char32_t cp) {
        return static_cast<int>(haru().HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(cp)));
      }),
      columns_(std::move(columns)),
      title_lines_(title_lines) {
  const float sum = std::accumulate(columns_.begin(), columns_.end(), 0.0f,
                                    [](float s, const Column& c) { return s + c.width; });
  float x = kMargin;
  for (Column& c : columns_) {
    c.width = sum > 0 ? c.width * kContentWidth / sum : 0;
    column_x_.push_back(x);
    x += c.width;
  }
  for (const Column& c : columns_) {
    header_.push_back(fit(c.heading, c.width - 2 * kCellPadding, kFontSize, header_arena_));
  }
}

Table::Cell Table::fit(std::string_view text, float max_width, float size, std::string& arena) {
  Cell cell;
  cell.offset = static_cast<std::uint32_t>(arena.size());
  const FittedText fitted = fit_text(text, max_width, size, widths_, arena);
  arena.push_back('\0');
  cell.width = fitted.width;
  cell.ascii = fitted.ascii;
  cell.shortened = fitted.shortened;
  return cell;
}

float Table::table_top() const {
  const float title =
      kHeadingSize + kHeadingGap + kTitleLeading * static_cast<float>(title_lines_) + kTitleGap;
  return kPageHeight - kMargin - (pages_.empty() ? title : 0.0f);
}

std::size_t Table::capacity() const {
  const float room = table_top() - kRowHeight - kTableBottom;
  return room < kRowHeight ? 1 : static_cast<std::size_t>(std::floor(room / kRowHeight));
}

void Table::add(std::span<const std::string_view> cells) {
  if (rows_ == capacity()) flush_page();
  auto text = [&](std::size_t c) { return c < cells.size() ? cells[c] : std::string_view{}; };
  // A text too wide for its column may take the blank cells beside it, away
  // from its alignment side, as many as it needs (a large total under a
  // narrow column); each blank cell goes to one text at most, so texts still
  // never overlap.
  std::size_t free_from = 0;  // the first column no text has claimed
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const std::string_view t = text(c);
    const std::size_t offset = arena_.size();
    float room = columns_[c].width;
    Cell cell = fit(t, room - 2 * kCellPadding, kFontSize, arena_);
    std::size_t claimed_to = c + 1;
    if (columns_[c].align == Align::right) {
      for (std::size_t k = c; cell.shortened && k > free_from && text(k - 1).empty(); --k) {
        room += columns_[k - 1].width;
        arena_.resize(offset);
        cell = fit(t, room - 2 * kCellPadding, kFontSize, arena_);
      }
    } else {
      for (; cell.shortened && claimed_to < columns_.size() && text(claimed_to).empty(); ++claimed_to) {
        room += columns_[claimed_to].width;
        arena_.resize(offset);
        cell = fit(t, room - 2 * kCellPadding, kFontSize, arena_);
      }
    }
    if (!t.empty()) free_from = claimed_to;
    cells_.push_back(cell);
  }
  ++rows_;
}

void Table::add_row(std::span<const std::string_view> cells) {
  add(cells);
}

void Table::add_total_row(std::span<const std::string_view> cells) {
  add(cells);
  has_total_ = true;
}

void Table::use_font(HPDF_Page page, bool ascii, float size) {
  HPDF_Font font = ascii ? fonts_.ascii : fonts_.utf8;
  if (font == current_font_ && size == current_size_) return;
  doc_.check(haru().HPDF_Page_SetFontAndSize(page, font, size), "HPDF_Page_SetFontAndSize");
  current_font_ = font;
  current_size_ = size;
}

void Table::flush_page() {
  const float top = table_top();
  HPDF_Page page = doc_.add_page();
  pages_.push_back(page);

  // Graphics first, outside the text object: the header's band, the rule
  // above the total row.
  doc_.check(haru().HPDF_Page_SetGrayFill(page, kHeaderGray), "HPDF_Page_SetGrayFill");
  doc_.check(haru().HPDF_Page_Rectangle(page, kMargin, top - kRowHeight, kContentWidth, kRowHeight),
             "HPDF_Page_Rectangle");
  doc_.check(haru().HPDF_Page_Fill(page), "HPDF_Page_Fill");
  if (has_total_) {
    const float y = top - kRowHeight * static_cast<float>(rows_);
    doc_.check(haru().HPDF_Page_SetLineWidth(page, kRuleWidth), "HPDF_Page_SetLineWidth");
    doc_.check(haru().HPDF_Page_MoveTo(page, kMargin, y), "HPDF_Page_MoveTo");
    doc_.check(haru().HPDF_Page_LineTo(page, kMargin + kContentWidth, y), "HPDF_Page_LineTo");
    doc_.check(haru().HPDF_Page_Stroke(page), "HPDF_Page_Stroke");
  }
  doc_.check(haru().HPDF_Page_SetGrayFill(page, 0), "HPDF_Page_SetGrayFill");

  doc_.check(haru().HPDF_Page_BeginText(page), "HPDF_Page_BeginText");
  current_font_ = nullptr;
  doc_.check(haru().HPDF_Page_SetTextLeading(page, kRowHeight), "HPDF_Page_SetTextLeading");
  for (std::size_t c = 0; c < columns_.size(); ++c) draw_column(page, c, top);
  doc_.check(haru().HPDF_Page_EndText(page), "HPDF_Page_EndText");

  arena_.clear();
  cells_.clear();
  rows_ = 0;
}

void Table::draw_column(HPDF_Page page, std::size_t column, float top) {
  const Column& col = columns_[column];
  const float left = column_x_[column] + kCellPadding;
  const float right = column_x_[column] + col.width - kCellPadding;
  const std::size_t stride = columns_.size();
  auto text_of = [&](std::size_t row) -> std::pair<const Cell&, const char*> {
    if (row == 0) return {header_[column], header_arena_.c_str() + header_[column].offset};
    const Cell& cell = cells_[(row - 1) * stride + column];
    return {cell, arena_.c_str() + cell.offset};
  };

  if (col.align == Align::left) {
    // One placement, then each row with the "next line" operator (T*, ').
    for (std::size_t row = 0; row <= rows_; ++row) {
      auto [cell, text] = text_of(row);
      if (row == 0) {
        use_font(page, cell.ascii, kFontSize);
        doc_.check(haru().HPDF_Page_TextOut(page, left, top - kBaselineDrop, text), "HPDF_Page_TextOut");
      } else if (text[0] == '\0') {
        doc_.check(haru().HPDF_Page_MoveToNextLine(page), "HPDF_Page_MoveToNextLine");
      } else {
        use_font(page, cell.ascii, kFontSize);
        doc_.check(haru().HPDF_Page_ShowTextNextLine(page, text), "HPDF_Page_ShowTextNextLine");
      }
    }
    return;
  }
  for (std::size_t row = 0; row <= rows_; ++row) {
    auto [cell, text] = text_of(row);
    if (text[0] == '\0') continue;
    use_font(page, cell.ascii, kFontSize);
    const float baseline = top - kRowHeight * static_cast<float>(row) - kBaselineDrop;
    doc_.check(haru().HPDF_Page_TextOut(page, right - cell.width, baseline, text), "HPDF_Page_TextOut");
  }
}

void Table::draw_title(const Title& title) {
  HPDF_Page page = pages_.front();
  doc_.check(haru().HPDF_Page_BeginText(page), "HPDF_Page_BeginText");
  current_font_ = nullptr;
  std::string arena;
  const Cell heading = fit(title.heading, kContentWidth, kHeadingSize, arena);
  use_font(page, heading.ascii, kHeadingSize);
  float baseline = kPageHeight - kMargin - kHeadingBaselineDrop;
  doc_.check(haru().HPDF_Page_TextOut(page, kMargin, baseline, arena.c_str()), "HPDF_Page_TextOut");
  baseline -= kHeadingGap;
  const std::size_t lines = std::min(title.lines.size(), static_cast<std::size_t>(title_lines_));
  for (std::size_t i = 0; i < lines; ++i) {
    arena.clear();
    const Cell line = fit(title.lines[i], kContentWidth, kTitleSize, arena);
    baseline -= kTitleLeading;
    use_font(page, line.ascii, kTitleSize);
    doc_.check(haru().HPDF_Page_TextOut(page, kMargin, baseline, arena.c_str()), "HPDF_Page_TextOut");
  }
  doc_.check(haru().HPDF_Page_EndText(page), "HPDF_Page_EndText");
}

void Table::draw_page_numbers() {
  const std::string total = std::to_string(pages_.size());
  std::string text;
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    text = std::to_string(i + 1);
    text += '/';
    text += total;
    float width = 0;
    for (char ch : text) width += static_cast<float>(widths_(static_cast<unsigned char>(ch)));
    width *= kFontSize / 1000.0f;
    HPDF_Page page = pages_[i];
    doc_.check(haru().HPDF_Page_BeginText(page), "HPDF_Page_BeginText");
    current_font_ = nullptr;
    use_font(page, true, kFontSize);
    doc_.check(haru().HPDF_Page_TextOut(page, (kPageWidth - width) / 2, kFooterBaseline, text.c_str()),
               "HPDF_Page_TextOut");
    doc_.check(haru().HPDF_Page_EndText(page), "HPDF_Page_EndText");
  }
}

void Table::finish(const Title& title) {
  if (finished_) return;
  finished_ = true;
  if (rows_ > 0 || pages_.empty()) flush_page();
  draw_title(title);
  draw_page_numbers();
}

}  // namespace kolmi::exporters::pdf
