#pragma once
// A plain-text table for operators' listings (kolmi admin user list, ...):
// a header row and left-aligned columns separated by two spaces, padded by
// characters (UTF-8 code points), not bytes, so Cyrillic names line up.
// Meant to be read and to be cut with awk; no borders. Never prints a raw
// control character: tabs and line breaks become spaces, other control
// characters and invalid UTF-8 become U+FFFD.
#include <string>
#include <vector>

namespace kolmi::admin {

using TableRow = std::vector<std::string>;

// The table as text, one line per row (header first), each ending in '\n',
// trailing spaces trimmed. Rows shorter than the header are padded.
std::string render_table(const TableRow& header, const std::vector<TableRow>& rows);

}  // namespace kolmi::admin
