#include "exporters/xlsx/xlsx_table.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/utf8_text.hpp"
#include "exporters/xlsx/sheet_xml.hpp"
#include "exporters/xlsx/xlsx_values.hpp"

namespace kolmi::exporters::xlsx {

namespace {

constexpr std::uint32_t kRowsPerSheet = 1'048'576;  // Excel's
// Excel's limits: a cell's text, a sheet's name, a column's width.
constexpr std::size_t kMaxCellCharacters = 32'767;
constexpr std::size_t kMaxSheetName = 31;
constexpr std::size_t kMaxWidth = 60;

std::string sheet_name_of(std::string_view name) {
  std::string out;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < name.size() && characters < kMaxSheetName; ++characters) {
    // Whole UTF-8 sequences: a lead byte and its continuation bytes.
    std::size_t n = 1;
    while (i + n < name.size() && (static_cast<unsigned char>(name[i + n]) & 0xC0) == 0x80) ++n;
    const std::string_view ch = name.substr(i, n);
    out += (ch.size() == 1 && std::string_view("[]:*?/\\'").find(ch[0]) != std::string_view::npos) ? "_" : ch;
    i += n;
  }
  return out.empty() ? "Sheet" : out;
}

// `text` cut to Excel's longest cell text, on a character boundary.
std::string_view cut_to_cell(std::string_view text) {
  if (text.size() <= kMaxCellCharacters) return text;  // bytes >= characters
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == kMaxCellCharacters) {
      return text.substr(0, i);
    }
  }
  return text;
}

// The characters a money cell shows: the integer digits with their group
// separators, the fixed decimals and the currency code.
std::size_t money_width(std::string_view decimal, const MoneyStyle& money) {
  const std::size_t point = std::min(decimal.find('.'), decimal.size());
  const bool negative = decimal.starts_with('-');
  const std::size_t digits = point - (negative ? 1 : 0);
  std::size_t width = (negative ? 1 : 0) + digits + (digits > 0 ? (digits - 1) / 3 : 0);
  if (money.digits > 0) width += 1 + static_cast<std::size_t>(money.digits);
  if (!money.currency.empty()) width += 1 + money.currency.size();
  return width;
}

// The width Excel stores for a column of `chars` characters of its default
// font (Calibri 11: 7 pixels a digit, 5 pixels of padding), in 1/256ths, as
// Excel itself computes it.
double stored_width(std::size_t chars) {
  const int pixels = static_cast<int>(static_cast<double>(chars) * 7 + 0.5) + 5;
  return static_cast<double>(static_cast<int>(pixels / 7.0 * 256.0)) / 256.0;
}

// Printable ASCII needs no repair and shows one character a byte: most
// cells (numbers, dates, dispositions) take this path.
bool plain_ascii(std::string_view text) {
  for (const char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x20 || b >= 0x7F) return false;
  }
  return true;
}

}  // namespace

Table::Table(Workbook& book, std::string_view sheet_name, std::vector<Column> columns,
             const MoneyStyle& money)
    : book_(book), name_(sheet_name_of(sheet_name)), columns_(std::move(columns)), money_(money) {
  header_style_ = book_.style("", true);
  money_style_ = book_.style(money_format(money_.digits, money_.currency));
  date_style_ = book_.style(kDateFormat);
  duration_style_ = book_.style(kDurationFormat);
  widths_.resize(columns_.size());
  for (std::size_t c = 0; c < columns_.size(); ++c) letters_.push_back(column_name(c));
  // The header is bold: a little wider than its characters.
  for (std::size_t c = 0; c < columns_.size(); ++c) widen(c, shown_width(columns_[c].heading) + 1);
  start_sheet();
}

void Table::start_sheet() {
  const std::string name =
      sheets_.empty() ? name_
                      : fmt::format("{} ({})", name_.substr(0, kMaxSheetName - 8), sheets_.size() + 1);
  sheets_.push_back({&book_.add_sheet(name), 0});
  std::string& xml = sheets_.back().sheet->body.xml();
  begin_row(xml, 0);
  for (std::size_t c = 0; c < columns_.size(); ++c) write_text(xml, c, columns_[c].heading, header_style_);
  xml += "</row>";
  sheets_.back().sheet->body.written();
}

void Table::widen(std::size_t col, std::size_t chars) {
  widths_[col] = std::max(widths_[col], std::min(chars, kMaxWidth));
}

void Table::begin_row(std::string& xml, std::uint32_t row) {
  const auto [end, ec] = std::to_chars(row_text_.data(), row_text_.data() + row_text_.size(), row + 1);
  row_text_size_ = static_cast<std::size_t>(end - row_text_.data());
  xml += "<row r=\"";
  xml.append(row_text_.data(), row_text_size_);
  xml += "\">";
}

void Table::cell_start(std::string& xml, std::size_t col, int style, bool text) {
  xml += "<c r=\"";
  xml += letters_[col];
  xml.append(row_text_.data(), row_text_size_);
  xml += '"';
  if (style != 0) {
    char digits[12];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, style);
    xml += " s=\"";
    xml.append(digits, static_cast<std::size_t>(end - digits));
    xml += '"';
  }
  if (text) xml += " t=\"inlineStr\"";
  xml += '>';
}

void Table::write_text(std::string& xml, std::size_t col, std::string_view text, int style) {
  std::string_view shown;
  if (plain_ascii(text)) {
    shown = cut_to_cell(text);
  } else {
    text::repair_text(text, repaired_);
    shown = cut_to_cell(repaired_);
  }
  if (shown.empty()) return;  // an empty text is an empty cell
  cell_start(xml, col, style, true);
  // Without xml:space, a reader drops the text's leading and trailing spaces.
  const bool keep_spaces = shown.front() == ' ' || shown.back() == ' ';
  xml += keep_spaces ? "<is><t xml:space=\"preserve\">" : "<is><t>";
  append_escaped(xml, shown);
  xml += "</t></is></c>";
  if (style != header_style_) widen(col, shown_width(shown));
}

void Table::write_number(std::string& xml, std::size_t col, double value, int style) {
  cell_start(xml, col, style, false);
  xml += "<v>";
  append_sheet_number(xml, value);
  xml += "</v></c>";
}

void Table::write_money(std::string& xml, std::size_t col, std::string_view text) {
  if (text.empty()) return;  // not rated: an empty cell, as in the CSV
  if (auto value = exact_number(text)) {
    write_number(xml, col, *value, money_style_);
    widen(col, money_width(text, money_));
  } else {
    write_text(xml, col, text, 0);
  }
}

void Table::write_plain_number(std::string& xml, std::size_t col, std::string_view text) {
  if (text.empty()) return;
  if (auto value = exact_number(text)) {
    write_number(xml, col, *value, 0);  // General
    widen(col, text.size());
  } else {
    write_text(xml, col, text, 0);
  }
}

void Table::add_row(std::span<const Cell> cells) {
  if (sheets_.back().last_row + 1 >= kRowsPerSheet) start_sheet();
  Sheet& current = sheets_.back();
  const std::uint32_t row = ++current.last_row;
  std::string& xml = current.sheet->body.xml();
  begin_row(xml, row);
  const std::size_t n = std::min(cells.size(), columns_.size());
  for (std::size_t c = 0; c < n; ++c) {
    const Cell& cell = cells[c];
    switch (columns_[c].kind) {
      case Kind::text:
        write_text(xml, c, cell.text, 0);
        break;
      case Kind::money:
        write_money(xml, c, cell.text);
        break;
      case Kind::date:
        if (auto serial = excel_date(cell.text)) {
          write_number(xml, c, *serial, date_style_);
          widen(c, kDateFormat.size());
        } else {
          write_text(xml, c, cell.text, 0);
        }
        break;
      case Kind::number:
        write_plain_number(xml, c, cell.text);
        break;
      case Kind::duration: {
        write_number(xml, c, excel_duration(cell.seconds), duration_style_);
        const std::int64_t hours = cell.seconds / 3600;
        widen(c, 6 + std::max<std::size_t>(2, std::to_string(hours < 0 ? -hours : hours).size()));
        break;
      }
    }
  }
  xml += "</row>";
  current.sheet->body.written();
  ++rows_;
}

std::string Table::frame_head(const Sheet& s, bool first) const {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
  x += fmt::format("<dimension ref=\"{}\"/>", s.sheet->filter_ref);
  // The header row stays in view: a pane frozen below row 1.
  x += fmt::format("<sheetViews><sheetView {}workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                   "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView>"
                   "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>",
                   first ? "tabSelected=\"1\" " : "");
  if (!columns_.empty()) {
    x += "<cols>";
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      // Excel's width unit is about one character of the default font, plus
      // a little room for the filter button of the header.
      x += fmt::format("<col min=\"{0}\" max=\"{0}\" width=\"{1}\" customWidth=\"1\"/>", c + 1,
                       stored_width(widths_[c] + 3));
    }
    x += "</cols>";
  }
  x += "<sheetData>";
  return x;
}

void Table::finish() {
  const std::string last_col = letters_.empty() ? "A" : letters_.back();
  for (std::size_t i = 0; i < sheets_.size(); ++i) {
    Sheet& s = sheets_[i];
    Worksheet& w = *s.sheet;
    w.filter_ref = fmt::format("A1:{}{}", last_col, s.last_row + 1);
    w.head = frame_head(s, &w == book_.first_sheet());
    w.tail = fmt::format(
        "</sheetData><autoFilter ref=\"{}\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
        "bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>",
        w.filter_ref);
    w.framed = true;
  }
}

}  // namespace kolmi::exporters::xlsx
