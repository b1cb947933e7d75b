#pragma once
// The small text pieces of SpreadsheetML that the sheet and workbook parts
// are built from: escaped text, column letters, quoted sheet names.
#include <string>
#include <string_view>

namespace kolmi::exporters::xlsx {

// Appends `text` with &, <, > and " escaped (usable in content and in
// attributes). The text must already be well-formed XML characters
// (text::repair_text).
void append_escaped(std::string& out, std::string_view text);

// The letters of the 0-based column `index`: 0 "A", 25 "Z", 26 "AA".
std::string column_name(std::size_t index);

// A sheet name as a formula reference: in single quotes, a quote doubled.
std::string quoted_sheet_name(std::string_view name);

}  // namespace kolmi::exporters::xlsx
