#pragma once
// A typed table on a worksheet of an xlsx::Workbook, written a row at a time:
// a bold header row that stays in view (frozen pane), an auto-filter over
// the header and the data, and column widths measured from what was written.
// Cells are typed by their column: text is always a string (never a
// formula, whatever it starts with), money a number with the document's
// fixed decimals and currency, dates Excel dates, durations [hh]:mm:ss,
// other numbers (counts, minutes) plain numbers. Each row's XML is made
// once, straight into the sheet's compressed body.
//
// A sheet holds at most 1,048,576 rows; a longer table goes on into
// "<name> (2)", "<name> (3)", ... each with its own header, pane and filter.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/xlsx/xlsx_workbook.hpp"

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
  // Throws Error(storage) when the sheet's scratch file cannot be made.
  Table(Workbook& book, std::string_view sheet_name, std::vector<Column> columns, const MoneyStyle& money);

  // One cell per column, in column order. Throws Error(storage) when the
  // scratch file cannot be written.
  void add_row(std::span<const Cell> cells);
  // Frames every sheet with the column widths and the auto-filter; once,
  // after the last row.
  void finish();

  std::int64_t rows() const { return rows_; }

 private:
  struct Sheet {
    Worksheet* sheet = nullptr;
    std::uint32_t last_row = 0;  // 0-based: the header's row while there is no data
  };
  void start_sheet();
  void begin_row(std::string& xml, std::uint32_t row);
  void cell_start(std::string& xml, std::size_t col, int style, bool text);
  void write_money(std::string& xml, std::size_t col, std::string_view text);
  void write_plain_number(std::string& xml, std::size_t col, std::string_view text);
  void write_text(std::string& xml, std::size_t col, std::string_view text, int style);
  void write_number(std::string& xml, std::size_t col, double value, int style);
  void widen(std::size_t col, std::size_t chars);
  std::string frame_head(const Sheet& s, bool first) const;

  Workbook& book_;
  std::string name_;
  std::vector<Column> columns_;
  std::vector<std::string> letters_;  // per column: "A", "B", ...
  std::vector<std::size_t> widths_;   // characters, per column
  std::vector<Sheet> sheets_;
  MoneyStyle money_;
  int header_style_ = 0;
  int money_style_ = 0;
  int date_style_ = 0;
  int duration_style_ = 0;
  std::string repaired_;  // reused buffer for text cells
  std::array<char, 24> row_text_{};  // the current row's number
  std::size_t row_text_size_ = 0;
  std::int64_t rows_ = 0;
};

}  // namespace kolmi::exporters::xlsx
