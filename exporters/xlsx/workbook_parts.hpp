#pragma once
// The fixed parts of an XLSX package around its worksheets (ECMA-376,
// SpreadsheetML): the content types, the relationships, the workbook with
// its sheet list and filter ranges, the styles and the document properties.
// Only what Excel, LibreOffice and the readers kolmi's tests use need; no
// theme, no shared strings (cells carry their text inline).
#include <ctime>
#include <string>
#include <vector>

namespace kolmi::exporters::xlsx {

struct SheetEntry {
  std::string name;        // as shown on the tab
  std::string filter_ref;  // "A1:G488", or "" for no auto-filter
};

struct CellStyle {
  std::string num_format;  // "" for General
  bool bold = false;       // with a thin bottom border: a header
};

std::string content_types_xml(std::size_t sheets);
std::string package_rels_xml();
std::string workbook_rels_xml(std::size_t sheets);
std::string workbook_xml(const std::vector<SheetEntry>& sheets);
// Style 0 is the default; style i of `styles` is cellXfs index i + 1.
std::string styles_xml(const std::vector<CellStyle>& styles);
// Empty texts are left out.
std::string core_properties_xml(const std::string& title, const std::string& subject, const std::string& author,
                                std::time_t created);
std::string app_properties_xml();

}  // namespace kolmi::exporters::xlsx
