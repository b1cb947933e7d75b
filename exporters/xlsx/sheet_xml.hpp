#pragma once
// The small text pieces of SpreadsheetML that the sheet and workbook parts
// are built from: escaped text, column letters, quoted sheet names.
#include <string>
#include <string_view>

namespace kolmi::exporters::xlsx {

// Appends `text` with &, <, > and " escaped (usable in content and in
// attributes). For the cells of a sheet, once per cell: their text is
// already repaired (text::repair_text), so this skips the UTF-8 check that
// xml::append_escaped (core/xml/xml_writer.hpp) makes; the package's other
// parts use that one.
void append_escaped(std::string& out, std::string_view text);

// The letters of the 0-based column `index`: 0 "A", 25 "Z", 26 "AA".
std::string column_name(std::size_t index);

// A sheet name as a formula reference: in single quotes, a quote doubled.
std::string quoted_sheet_name(std::string_view name);

}  // namespace kolmi::exporters::xlsx
