#include "exporters/xlsx/workbook_parts.hpp"

#include <fmt/format.h>

#include "core/xml/xml_writer.hpp"
#include "exporters/xlsx/sheet_xml.hpp"

namespace kolmi::exporters::xlsx {

namespace {

constexpr const char* kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// Custom number formats are numbered from 164; lower ids are built in.
constexpr int kFirstCustomFormat = 164;

std::string w3c_time(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

}  // namespace

std::string content_types_xml(std::size_t sheets) {
  std::string x = kDeclaration;
  x += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Override PartName=\"/xl/workbook.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
  for (std::size_t i = 1; i <= sheets; ++i) {
    x += fmt::format("<Override PartName=\"/xl/worksheets/sheet{}.xml\" "
                     "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
                     i);
  }
  x += "<Override PartName=\"/xl/styles.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
       "<Override PartName=\"/docProps/core.xml\" "
       "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
       "<Override PartName=\"/docProps/app.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
       "</Types>";
  return x;
}

std::string package_rels_xml() {
  std::string x = kDeclaration;
  x += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
       "Target=\"xl/workbook.xml\"/>"
       "<Relationship Id=\"rId2\" "
       "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
       "Target=\"docProps/core.xml\"/>"
       "<Relationship Id=\"rId3\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
       "Target=\"docProps/app.xml\"/>"
       "</Relationships>";
  return x;
}

std::string workbook_rels_xml(std::size_t sheets) {
  std::string x = kDeclaration;
  x += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (std::size_t i = 1; i <= sheets; ++i) {
    x += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/worksheet\" Target=\"worksheets/sheet{}.xml\"/>", i,
                     kRelNs, i);
  }
  x += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/styles\" Target=\"styles.xml\"/>", sheets + 1, kRelNs);
  x += "</Relationships>";
  return x;
}

std::string workbook_xml(const std::vector<SheetEntry>& sheets) {
  std::string x = kDeclaration;
  x += fmt::format("<workbook xmlns=\"{}\" xmlns:r=\"{}\">", kMainNs, kRelNs);
  x += "<bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"/>"
       "</bookViews><sheets>";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    x += fmt::format("<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>", xml::escaped(sheets[i].name), i + 1, i + 1);
  }
  x += "</sheets>";
  // Excel names each sheet's filter range _xlnm._FilterDatabase and keeps
  // the filter only when the name is there.
  std::string names;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string& ref = sheets[i].filter_ref;
    if (ref.empty()) continue;
    const std::size_t colon = ref.find(':');
    auto absolute = [](std::string_view cell) {
      const std::size_t digits = cell.find_first_of("0123456789");
      return fmt::format("${}${}", cell.substr(0, digits), cell.substr(digits));
    };
    names += fmt::format("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{}\" hidden=\"1\">{}!{}:{}"
                         "</definedName>",
                         i, xml::escaped(quoted_sheet_name(sheets[i].name)), absolute(ref.substr(0, colon)),
                         absolute(ref.substr(colon + 1)));
  }
  if (!names.empty()) x += "<definedNames>" + names + "</definedNames>";
  x += "<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";
  return x;
}

std::string styles_xml(const std::vector<CellStyle>& styles) {
  std::vector<std::string> formats;  // distinct custom formats, in order of first use
  std::vector<int> format_id;        // per style
  for (const CellStyle& s : styles) {
    if (s.num_format.empty()) {
      format_id.push_back(0);
      continue;
    }
    std::size_t i = 0;
    while (i < formats.size() && formats[i] != s.num_format) ++i;
    if (i == formats.size()) formats.push_back(s.num_format);
    format_id.push_back(kFirstCustomFormat + static_cast<int>(i));
  }
  std::string x = kDeclaration;
  x += fmt::format("<styleSheet xmlns=\"{}\">", kMainNs);
  if (!formats.empty()) {
    x += fmt::format("<numFmts count=\"{}\">", formats.size());
    for (std::size_t i = 0; i < formats.size(); ++i) {
      x += fmt::format("<numFmt numFmtId=\"{}\" formatCode=\"{}\"/>", kFirstCustomFormat + static_cast<int>(i),
                       xml::escaped(formats[i]));
    }
    x += "</numFmts>";
  }
  x += "<fonts count=\"2\">"
       "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
       "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
       "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
       "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
       "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
       "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>"
       "</borders>"
       "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>";
  x += fmt::format("<cellXfs count=\"{}\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
                   styles.size() + 1);
  for (std::size_t i = 0; i < styles.size(); ++i) {
    const bool bold = styles[i].bold;
    x += fmt::format("<xf numFmtId=\"{}\" fontId=\"{}\" fillId=\"0\" borderId=\"{}\" xfId=\"0\"{}{}/>", format_id[i],
                     bold ? 1 : 0, bold ? 1 : 0, format_id[i] != 0 ? " applyNumberFormat=\"1\"" : "",
                     bold ? " applyFont=\"1\" applyBorder=\"1\"" : "");
  }
  x += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
       "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" "
       "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>";
  return x;
}

std::string core_properties_xml(const std::string& title, const std::string& subject, const std::string& author,
                                std::time_t created) {
  std::string x = kDeclaration;
  x += "<cp:coreProperties "
       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
       "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
  if (!title.empty()) x += "<dc:title>" + xml::escaped(title) + "</dc:title>";
  if (!subject.empty()) x += "<dc:subject>" + xml::escaped(subject) + "</dc:subject>";
  if (!author.empty()) {
    x += "<dc:creator>" + xml::escaped(author) + "</dc:creator>";
    x += "<cp:lastModifiedBy>" + xml::escaped(author) + "</cp:lastModifiedBy>";
  }
  const std::string when = w3c_time(created);
  x += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>";
  x += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>";
  x += "</cp:coreProperties>";
  return x;
}

std::string app_properties_xml() {
  std::string x = kDeclaration;
  x += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
       "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
       "<Application>kolmi</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
       "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
       "<AppVersion>12.0000</AppVersion></Properties>";
  return x;
}

}  // namespace kolmi::exporters::xlsx
