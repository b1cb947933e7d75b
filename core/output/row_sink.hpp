#pragma once
// Where the row formats (CSV, TSV, table) put the rows of a document's main
// list: a header, then one call per row. Cells are views valid for the call.
#include <span>
#include <string_view>
#include <vector>

namespace kolmi::output {

struct Cell {
  std::string_view value;
  bool numeric = false;  // an integer, a number or money: right-aligned in a table
  bool data = true;      // from the data (a CSV cell made safe for spreadsheets)
};

class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual void header(std::span<const std::string_view> names) = 0;
  virtual void row(std::span<const Cell> cells) = 0;
  // Hands everything buffered on.
  virtual void finish() = 0;
};

}  // namespace kolmi::output
