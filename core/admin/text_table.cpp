#include "core/admin/text_table.hpp"

#include <algorithm>

#include "core/text/utf8_text.hpp"

namespace kolmi::admin {

namespace {

// A value as it may be printed: a line break or tab (a name typed that way)
// would break the columns, so it becomes a space; any other control
// character (ESC starts a terminal escape sequence) and invalid UTF-8
// become U+FFFD. Names come from imports and from MOR's own database.
std::string printable(const std::string& value) {
  std::string spaced = value;
  std::replace_if(
      spaced.begin(), spaced.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  std::string out;
  text::repair_text(spaced, out);
  return out;
}

}  // namespace

std::string render_table(const TableRow& header, const std::vector<TableRow>& rows) {
  auto clean = [](const TableRow& row) {
    TableRow out;
    out.reserve(row.size());
    for (const auto& value : row) out.push_back(printable(value));
    return out;
  };
  std::vector<TableRow> cells;  // header first
  cells.reserve(rows.size() + 1);
  cells.push_back(clean(header));
  for (const auto& row : rows) cells.push_back(clean(row));

  std::vector<std::size_t> widths(header.size());
  for (const auto& row : cells) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], text::count_characters(row[i]));
  }

  std::string out;
  for (const auto& row : cells) {
    std::size_t start = out.size();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string empty;
      const std::string& cell = i < row.size() ? row[i] : empty;
      out += cell;
      if (i + 1 < widths.size()) out.append(widths[i] - text::count_characters(cell) + 2, ' ');
    }
    std::size_t end = out.find_last_not_of(' ');
    out.resize(end == std::string::npos || end < start ? start : end + 1);
    out += '\n';
  }
  return out;
}

}  // namespace kolmi::admin
