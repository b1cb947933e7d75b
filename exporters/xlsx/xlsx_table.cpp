#include "exporters/xlsx/xlsx_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/utf8_text.hpp"
#include "exporters/xlsx/xlsx_libraries.hpp"
#include "exporters/xlsx/xlsx_values.hpp"

namespace kolmi::exporters::xlsx {

namespace {

constexpr std::uint32_t kRowsPerSheet = LXW_ROW_MAX;
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

}  // namespace

Table::Table(Workbook& book, std::string_view sheet_name, std::vector<Column> columns,
             const MoneyStyle& money)
    : book_(book), name_(sheet_name_of(sheet_name)), columns_(std::move(columns)), money_(money) {
  header_format_ = book_.format("", true);
  money_format_ = book_.format(money_format(money_.digits, money_.currency));
  date_format_ = book_.format(kDateFormat);
  duration_format_ = book_.format(kDurationFormat);
  widths_.resize(columns_.size());
  // The header is bold: a little wider than its characters.
  for (std::size_t c = 0; c < columns_.size(); ++c) widen(c, shown_width(columns_[c].heading) + 1);
  start_sheet();
}

void Table::start_sheet() {
  const Xlsxwriter& lib = xlsxwriter();
  const std::string name =
      sheets_.empty() ? name_
                      : fmt::format("{} ({})", name_.substr(0, kMaxSheetName - 8), sheets_.size() + 1);
  lxw_worksheet* sheet = lib.workbook_add_worksheet(book_.handle(), name.c_str());
  if (!sheet) throw storage_error(fmt::format("XLSX: cannot add the sheet '{}'", name));
  sheets_.push_back({sheet, 0});
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    write_text(0, static_cast<std::uint16_t>(c), columns_[c].heading, header_format_);
  }
  lib.worksheet_freeze_panes(sheet, 1, 0);
}

void Table::widen(std::size_t col, std::size_t chars) {
  widths_[col] = std::max(widths_[col], std::min(chars, kMaxWidth));
}

void Table::write_text(std::uint32_t row, std::uint16_t col, std::string_view text, lxw_format* format) {
  text::repair_text(text, repaired_);
  const std::string_view shown = cut_to_cell(repaired_);
  // libxlsxwriter needs a NUL-terminated string: the repaired copy is one
  // once cut (cutting only shortens it).
  repaired_.resize(shown.size());
  check(xlsxwriter().worksheet_write_string(sheets_.back().sheet, row, col, repaired_.c_str(), format),
        "cannot write a cell");
  if (row > 0) widen(col, shown_width(repaired_));
}

void Table::write_money(std::uint32_t row, std::uint16_t col, std::string_view text) {
  if (text.empty()) return;  // not rated: an empty cell, as in the CSV
  if (auto value = exact_number(text)) {
    check(xlsxwriter().worksheet_write_number(sheets_.back().sheet, row, col, *value, money_format_),
          "cannot write a cell");
    widen(col, money_width(text, money_));
  } else {
    write_text(row, col, text, nullptr);
  }
}

void Table::write_number(std::uint32_t row, std::uint16_t col, std::string_view text) {
  if (text.empty()) return;
  if (auto value = exact_number(text)) {
    check(xlsxwriter().worksheet_write_number(sheets_.back().sheet, row, col, *value, nullptr), "cannot write a cell");
    widen(col, text.size());
  } else {
    write_text(row, col, text, nullptr);
  }
}

void Table::add_row(std::span<const Cell> cells) {
  if (sheets_.back().last_row + 1 >= kRowsPerSheet) start_sheet();
  Sheet& current = sheets_.back();
  const std::uint32_t row = ++current.last_row;
  const Xlsxwriter& lib = xlsxwriter();
  const std::size_t n = std::min(cells.size(), columns_.size());
  for (std::size_t c = 0; c < n; ++c) {
    const auto col = static_cast<std::uint16_t>(c);
    const Cell& cell = cells[c];
    switch (columns_[c].kind) {
      case Kind::text:
        write_text(row, col, cell.text, nullptr);
        break;
      case Kind::money:
        write_money(row, col, cell.text);
        break;
      case Kind::date:
        if (auto serial = excel_date(cell.text)) {
          check(lib.worksheet_write_number(current.sheet, row, col, *serial, date_format_),
                "cannot write a cell");
          widen(c, kDateFormat.size());
        } else {
          write_text(row, col, cell.text, nullptr);
        }
        break;
      case Kind::number:
        write_number(row, col, cell.text);
        break;
      case Kind::duration: {
        check(lib.worksheet_write_number(current.sheet, row, col, excel_duration(cell.seconds),
                                         duration_format_),
              "cannot write a cell");
        const std::int64_t hours = cell.seconds / 3600;
        widen(c, 6 + std::max<std::size_t>(2, std::to_string(hours < 0 ? -hours : hours).size()));
        break;
      }
    }
  }
  ++rows_;
}

void Table::finish() {
  const Xlsxwriter& lib = xlsxwriter();
  const auto last_col = static_cast<std::uint16_t>(columns_.empty() ? 0 : columns_.size() - 1);
  for (const Sheet& s : sheets_) {
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      // Excel's width unit is about one character of the default font, plus
      // a little room for the filter button of the header.
      const auto col = static_cast<std::uint16_t>(c);
      check(lib.worksheet_set_column(s.sheet, col, col, static_cast<double>(widths_[c] + 3), nullptr),
            "cannot set a column's width");
    }
    check(lib.worksheet_autofilter(s.sheet, 0, 0, s.last_row, last_col), "cannot set the auto-filter");
  }
}

}  // namespace kolmi::exporters::xlsx
