#include "core/admin/text_table.hpp"

#include <algorithm>

namespace kolmi::admin {

namespace {
// Code points of UTF-8 text: every byte that is not a continuation byte.
std::size_t width(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
}  // namespace

std::string render_table(const TableRow& header, const std::vector<TableRow>& rows) {
  std::vector<std::size_t> widths(header.size());
  auto measure = [&](const TableRow& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], width(row[i]));
  };
  measure(header);
  for (const auto& row : rows) measure(row);

  std::string out;
  auto line = [&](const TableRow& row) {
    std::size_t start = out.size();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      std::string cell = i < row.size() ? row[i] : std::string();
      // A line break or tab inside a value (a name typed that way) would break the columns.
      std::replace_if(
          cell.begin(), cell.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
      out += cell;
      if (i + 1 < widths.size()) out.append(widths[i] - width(cell) + 2, ' ');
    }
    std::size_t end = out.find_last_not_of(' ');
    out.resize(end == std::string::npos || end < start ? start : end + 1);
    out += '\n';
  };
  line(header);
  for (const auto& row : rows) line(row);
  return out;
}

}  // namespace kolmi::admin
