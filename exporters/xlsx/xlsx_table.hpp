#pragma once
// A typed table on a worksheet of an xlsx::Workbook, written a row at a time:
// a bold header row that stays in view (frozen pane), an auto-filter over
// the header and the data, and column widths measured from what was written.
// Cells are typed by their column: text is always a string (never a
// formula, whatever it starts with), money a number with the document's
// fixed decimals and currency, dates Excel dates, durations [hh]:mm:ss,
// other numbers (counts, minutes) plain numbers.
//
// A sheet holds at most 1,048,576 rows; a longer table goes on into
// "<name> (2)", "<name> (3)", ... each with its own header, pane and filter.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/xlsx/xlsx_workbook.hpp"

struct lxw_worksheet;

namespace kolmi::exporters::xlsx {

enum class Kind {
  text,      // Cell::text as a string, made well-formed (invalid UTF-8 and
             // control characters become U+FFFD)
  money,     // Cell::text, a decimal with '.' ("" for an empty cell): a number
             // when a double holds it exactly (xlsx_values.hpp), else the text
  date,      // Cell::text, a wall-clock 'YYYY-MM-DD HH:MM:SS': an Excel date
  duration,  // Cell::seconds: [hh]:mm:ss
  number,    // Cell::text, a decimal with '.' ("" for an empty cell): a number
             // in the General format (counts, minutes) when a double holds it
             // exactly, else the text
};

struct Column {
  std::string heading;
  Kind kind = Kind::text;
};

struct Cell {
  std::string_view text{};
  std::int64_t seconds = 0;  // duration only
};

// How the money columns of a document look.
struct MoneyStyle {
  int digits = 2;          // fixed decimals shown
  std::string currency{};  // code shown after the amount; "" for none
};

class Table {
 public:
  // Adds the first sheet, named `sheet_name` (characters Excel refuses in a
  // sheet name become '_', cut to 31 characters), and writes the header.
  // Throws Error(storage) for libxlsxwriter's failures.
  Table(Workbook& book, std::string_view sheet_name, std::vector<Column> columns, const MoneyStyle& money);

  // One cell per column, in column order. Throws Error(storage).
  void add_row(std::span<const Cell> cells);
  // Sets the column widths and the auto-filters; once, after the last row.
  void finish();

  std::int64_t rows() const { return rows_; }

 private:
  struct Sheet {
    lxw_worksheet* sheet = nullptr;
    std::uint32_t last_row = 0;  // the header's row while there is no data
  };
  void start_sheet();
  void write_money(std::uint32_t row, std::uint16_t col, std::string_view text);
  void write_number(std::uint32_t row, std::uint16_t col, std::string_view text);
  void write_text(std::uint32_t row, std::uint16_t col, std::string_view text, lxw_format* format);
  void widen(std::size_t col, std::size_t chars);

  Workbook& book_;
  std::string name_;
  std::vector<Column> columns_;
  std::vector<std::size_t> widths_;  // characters, per column
  std::vector<Sheet> sheets_;
  MoneyStyle money_;
  lxw_format* header_format_ = nullptr;
  lxw_format* money_format_ = nullptr;
  lxw_format* date_format_ = nullptr;
  lxw_format* duration_format_ = nullptr;
  std::string repaired_;  // reused buffer for text cells
  std::int64_t rows_ = 0;
};

}  // namespace kolmi::exporters::xlsx
