#include "exporters/pdf/pdf_table.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "exporters/pdf/column_widths.hpp"

namespace kolmi::exporters::pdf {

namespace {

constexpr float kBaselineDrop = 8.3f;  // from a row's top to its text's baseline
constexpr float kCellPadding = 3;
constexpr float kTableBottom = kMargin + 14;  // rows stay above the footer
constexpr float kHeaderGray = 0.82f;
constexpr float kBandGray = 0.95f;
constexpr float kRuleWidth = 0.6f;

}  // namespace

Table::Table(Document& doc, const Fonts& fonts, std::vector<Column> columns, float first_page_top, char mark)
    : doc_(doc),
      fonts_(fonts),
      widths_([font = fonts.utf8](char32_t cp) {
        return static_cast<int>(haru().HPDF_Font_GetUnicodeWidth(font, static_cast<HPDF_UNICODE>(cp)));
      }),
      columns_(std::move(columns)),
      first_page_top_(first_page_top),
      mark_(mark),
      natural_(columns_.size(), 0.0f),
      max_before_mark_(columns_.size(), 0.0f),
      max_after_mark_(columns_.size(), 0.0f) {
  for (std::size_t c = 0; c < columns_.size(); ++c) measure(c, columns_[c].heading);
}

float Table::before_mark(std::string_view text) {
  const auto at = text.rfind(mark_);
  // No mark (0 decimals, or not a number): the point is at the text's end.
  std::string scratch;
  return fit_text(text.substr(0, at == std::string_view::npos ? text.size() : at), 1e9f, kFontSize, widths_,
                  scratch)
      .width;
}

void Table::measure(std::size_t column, std::string_view text) {
  if (fixed_ || column >= columns_.size() || text.empty()) return;
  std::string scratch;
  const float w = fit_text(text, 1e9f, kFontSize, widths_, scratch).width;
  // (+0.5: the fit's own sum of widths must never find it too wide.)
  natural_[column] = std::max(natural_[column], w + 2 * kCellPadding + 0.5f);
  if (columns_[column].align == Align::decimal && text != columns_[column].heading) {
    const float b = before_mark(text);
    max_before_mark_[column] = std::max(max_before_mark_[column], b);
    max_after_mark_[column] = std::max(max_after_mark_[column], w - b);
    natural_[column] =
        std::max(natural_[column], max_before_mark_[column] + max_after_mark_[column] + 2 * kCellPadding + 0.5f);
  }
}

void Table::fix_widths() {
  fixed_ = true;
  std::vector<ColumnNeed> needs;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    needs.push_back({natural_[c], columns_[c].shrinkable, columns_[c].grows});
  }
  column_w_ = fit_columns(needs, kContentWidth);
  float x = kMargin;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    column_x_.push_back(x);
    decimal_x_.push_back(x + column_w_[c] - kCellPadding - max_after_mark_[c]);
    x += column_w_[c];
  }
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    Cell cell = fit(columns_[c].heading, column_w_[c] - 2 * kCellPadding, header_arena_);
    header_.push_back(cell);
  }
  // Replay the rows held back.
  std::vector<std::string_view> row;
  std::size_t next = 0;
  const std::string held = std::move(held_arena_);
  for (const auto& [kind, count] : held_rows_) {
    row.clear();
    for (std::uint32_t i = 0; i < count; ++i, ++next) {
      row.emplace_back(held.data() + held_cells_[next].first, held_cells_[next].second);
    }
    add(row, kind);
  }
  held_rows_.clear();
  held_cells_.clear();
  held_arena_.clear();
}

Table::Cell Table::fit(std::string_view text, float max_width, std::string& arena) {
  Cell cell;
  cell.offset = static_cast<std::uint32_t>(arena.size());
  const FittedText fitted = fit_text(text, max_width, kFontSize, widths_, arena);
  arena.push_back('\0');
  cell.width = fitted.width;
  cell.ascii = fitted.ascii;
  cell.shortened = fitted.shortened;
  return cell;
}

float Table::table_top() const {
  return pages_.empty() ? first_page_top_ : kMargin;
}

std::size_t Table::capacity() const {
  const float room = (kPageHeight - table_top()) - kRowHeight - kTableBottom;
  return room < kRowHeight ? 1 : static_cast<std::size_t>(std::floor(room / kRowHeight));
}

void Table::hold(std::span<const std::string_view> cells, RowKind kind) {
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (kind == RowKind::body || (kind == RowKind::total && !cells[c].empty())) measure(c, cells[c]);
    held_cells_.emplace_back(static_cast<std::uint32_t>(held_arena_.size()),
                             static_cast<std::uint32_t>(cells[c].size()));
    held_arena_.append(cells[c]);
  }
  held_rows_.emplace_back(kind, static_cast<std::uint32_t>(cells.size()));
}

void Table::add(std::span<const std::string_view> cells, RowKind kind) {
  if (!fixed_) {
    hold(cells, kind);
    if (held_rows_.size() >= kMeasureRows) fix_widths();
    return;
  }
  if (rows_ == capacity()) flush_page();
  auto text = [&](std::size_t c) { return c < cells.size() ? cells[c] : std::string_view{}; };
  // A text too wide for its column may take the blank cells beside it, away
  // from its alignment side, as many as it needs (a long note under narrow
  // columns); each blank cell goes to one text at most, so texts still
  // never overlap.
  std::size_t free_from = 0;  // the first column no text has claimed
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const std::string_view t = text(c);
    const std::size_t offset = arena_.size();
    float room = column_w_[c];
    Cell cell = fit(t, room - 2 * kCellPadding, arena_);
    std::size_t claimed_to = c + 1;
    if (columns_[c].align != Align::left) {
      for (std::size_t k = c; cell.shortened && k > free_from && text(k - 1).empty(); --k) {
        room += column_w_[k - 1];
        arena_.resize(offset);
        cell = fit(t, room - 2 * kCellPadding, arena_);
      }
    } else {
      for (; cell.shortened && claimed_to < columns_.size() && text(claimed_to).empty(); ++claimed_to) {
        room += column_w_[claimed_to];
        arena_.resize(offset);
        cell = fit(t, room - 2 * kCellPadding, arena_);
      }
    }
    if (columns_[c].align == Align::decimal && !t.empty() && !cell.shortened) {
      cell.before_mark = before_mark(t);
    }
    if (!t.empty()) free_from = claimed_to;
    cells_.push_back(cell);
  }
  kinds_.push_back(kind);
  ++rows_;
}

void Table::add_row(std::span<const std::string_view> cells) {
  add(cells, RowKind::body);
}

void Table::add_total_row(std::span<const std::string_view> cells) {
  add(cells, RowKind::total);
}

void Table::add_note_row(std::string_view text) {
  const std::string_view cells[] = {text};
  add(cells, RowKind::note);
}

void Table::use_font(HPDF_Page page, bool ascii, float size) {
  HPDF_Font font = ascii ? fonts_.ascii : fonts_.utf8;
  if (font == current_font_ && size == current_size_) return;
  doc_.check(haru().HPDF_Page_SetFontAndSize(page, font, size), "HPDF_Page_SetFontAndSize");
  current_font_ = font;
  current_size_ = size;
}

void Table::flush_page() {
  const float top = kPageHeight - table_top();  // in PDF coordinates
  HPDF_Page page = doc_.add_page();
  pages_.push_back(page);
  const auto& h = haru();

  // Graphics first, outside the text object: the header's band, the light
  // bands of every other body row, the rule above the total row.
  doc_.check(h.HPDF_Page_SetGrayFill(page, kHeaderGray), "HPDF_Page_SetGrayFill");
  doc_.check(h.HPDF_Page_Rectangle(page, kMargin, top - kRowHeight, kContentWidth, kRowHeight),
             "HPDF_Page_Rectangle");
  doc_.check(h.HPDF_Page_Fill(page), "HPDF_Page_Fill");
  doc_.check(h.HPDF_Page_SetGrayFill(page, kBandGray), "HPDF_Page_SetGrayFill");
  bool banded = false;
  for (std::size_t r = 0; r < rows_; r += 2) {
    if (kinds_[r] != RowKind::body || r + 1 >= rows_ || kinds_[r + 1] != RowKind::body) continue;
    const float y = top - kRowHeight * static_cast<float>(r + 2);
    doc_.check(h.HPDF_Page_Rectangle(page, kMargin, y - kRowHeight, kContentWidth, kRowHeight),
               "HPDF_Page_Rectangle");
    banded = true;
  }
  if (banded) doc_.check(h.HPDF_Page_Fill(page), "HPDF_Page_Fill");
  for (std::size_t r = 0; r < rows_; ++r) {
    if (kinds_[r] != RowKind::total) continue;
    const float y = top - kRowHeight * static_cast<float>(r + 1);
    doc_.check(h.HPDF_Page_SetLineWidth(page, kRuleWidth), "HPDF_Page_SetLineWidth");
    doc_.check(h.HPDF_Page_MoveTo(page, kMargin, y), "HPDF_Page_MoveTo");
    doc_.check(h.HPDF_Page_LineTo(page, kMargin + kContentWidth, y), "HPDF_Page_LineTo");
    doc_.check(h.HPDF_Page_Stroke(page), "HPDF_Page_Stroke");
  }
  doc_.check(h.HPDF_Page_SetGrayFill(page, 0), "HPDF_Page_SetGrayFill");

  doc_.check(h.HPDF_Page_BeginText(page), "HPDF_Page_BeginText");
  current_font_ = nullptr;
  doc_.check(h.HPDF_Page_SetTextLeading(page, kRowHeight), "HPDF_Page_SetTextLeading");
  for (std::size_t c = 0; c < columns_.size(); ++c) draw_column(page, c, top);
  doc_.check(h.HPDF_Page_EndText(page), "HPDF_Page_EndText");

  arena_.clear();
  cells_.clear();
  kinds_.clear();
  rows_ = 0;
}

void Table::draw_column(HPDF_Page page, std::size_t column, float top) {
  const Column& col = columns_[column];
  const float left = column_x_[column] + kCellPadding;
  const float right = column_x_[column] + column_w_[column] - kCellPadding;
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
    float x = right - cell.width;
    // Money: the mark at the column's decimal x (the heading and a cut text
    // stay right-aligned).
    if (col.align == Align::decimal && row > 0 && !cell.shortened) {
      x = std::max(left, decimal_x_[column] - cell.before_mark);
    }
    doc_.check(haru().HPDF_Page_TextOut(page, x, baseline, text), "HPDF_Page_TextOut");
  }
}

void Table::finish() {
  if (finished_) return;
  finished_ = true;
  if (!fixed_) fix_widths();
  if (rows_ > 0 || pages_.empty()) flush_page();
}

}  // namespace kolmi::exporters::pdf
