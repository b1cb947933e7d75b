// kolmi's own XLSX writer read back byte by byte: the zip is parsed here
// (central directory, local headers, raw deflate inflated with zlib, CRC-32
// and sizes checked), the parts are parsed as XML (pugixml), and the cells,
// styles, frozen pane, auto-filter, widths and sheet names are what the
// table was given. What a spreadsheet program makes of the same files is
// checked by tests/integration/xlsx_openpyxl.sh.
#include <catch2/catch.hpp>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "core/error.hpp"
#include "exporters/xlsx/deflater.hpp"
#include "exporters/xlsx/xlsx_table.hpp"
#include "exporters/xlsx/xlsx_values.hpp"
#include "exporters/xlsx/xlsx_workbook.hpp"
#include "exporters/xlsx/zip_writer.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::Error;
using kolmi::ExitCode;
namespace xlsx = kolmi::exporters::xlsx;

namespace {

std::uint32_t u16(const std::string& z, std::size_t at) {
  return static_cast<unsigned char>(z.at(at)) | static_cast<unsigned char>(z.at(at + 1)) << 8;
}
std::uint32_t u32(const std::string& z, std::size_t at) { return u16(z, at) | u16(z, at + 2) << 16; }

std::string inflate_raw(std::string_view data, std::size_t expected) {
  std::string out(expected, '\0');
  z_stream s{};
  REQUIRE(inflateInit2(&s, -15) == Z_OK);
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&s, Z_FINISH);
  const std::size_t made = out.size() - s.avail_out;
  const uInt left = s.avail_in;
  inflateEnd(&s);
  CHECK(rc == Z_STREAM_END);  // the last segment carries the final block
  CHECK(left == 0);           // and nothing follows it
  CHECK(made == expected);
  return out;
}

// Every member of a zip, checked: names in the order written.
struct Unzipped {
  std::vector<std::string> names;
  std::map<std::string, std::string> files;
};

Unzipped unzip(const std::string& z) {
  REQUIRE(z.size() >= 22);
  const std::size_t end = z.size() - 22;
  REQUIRE(u32(z, end) == 0x06054b50);
  const std::uint32_t count = u16(z, end + 10);
  const std::uint32_t dir_size = u32(z, end + 12);
  std::size_t at = u32(z, end + 16);
  CHECK(at + dir_size == end);
  Unzipped out;
  for (std::uint32_t i = 0; i < count; ++i) {
    REQUIRE(u32(z, at) == 0x02014b50);
    CHECK(u16(z, at + 10) == 8);  // deflated
    const std::uint32_t crc = u32(z, at + 16);
    const std::uint32_t csize = u32(z, at + 20);
    const std::uint32_t usize = u32(z, at + 24);
    const std::uint32_t name_len = u16(z, at + 28);
    const std::uint32_t extra = u16(z, at + 30), comment = u16(z, at + 32);
    const std::uint32_t local = u32(z, at + 42);
    const std::string name = z.substr(at + 46, name_len);
    at += 46 + name_len + extra + comment;
    // The local header repeats what the directory says.
    REQUIRE(u32(z, local) == 0x04034b50);
    CHECK(u32(z, local + 14) == crc);
    CHECK(u32(z, local + 18) == csize);
    CHECK(u32(z, local + 22) == usize);
    REQUIRE(z.substr(local + 30, u16(z, local + 26)) == name);
    const std::size_t data = local + 30 + u16(z, local + 26) + u16(z, local + 28);
    const std::string text = inflate_raw(std::string_view(z).substr(data, csize), usize);
    CHECK(crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())) == crc);
    out.names.push_back(name);
    out.files[name] = text;
  }
  return out;
}

std::string save(xlsx::Workbook& book) {
  std::string bytes;
  book.save([&bytes](std::string_view b) { bytes.append(b); });
  return bytes;
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  const auto result = doc.load_buffer(xml.data(), xml.size());
  INFO(result.description());
  REQUIRE(result);
  return doc;
}

}  // namespace

TEST_CASE("xlsx: a workbook reads back as a zip of well-formed parts with typed cells", "[xlsx]") {
  kolmi::test::ScratchDir dir;
  xlsx::Workbook book(dir.path(), {.title = "Calls & more", .subject = "", .author = "kolmi", .created = 1'764'322'200});
  xlsx::Table table(book, "Calls: 2026/11",
                    {{"Date", xlsx::Kind::date},
                     {"Called to", xlsx::Kind::text},
                     {"Duration", xlsx::Kind::duration},
                     {"Price", xlsx::Kind::money}},
                    {.digits = 4, .currency = "EUR"});
  using C = xlsx::Cell;
  table.add_row(std::vector<C>{{"2026-11-28 09:30:00"}, {"<37060\"&>"}, {"", 61}, {"0.0612"}});
  table.add_row(std::vector<C>{{"not a date"}, {"  spaced "}, {"", 0}, {""}});
  table.add_row(std::vector<C>{{"2026-11-28 09:30:01"}, {"bad \xff\x01 bytes"}, {"", 3600 * 30}, {"9223372036.854775807"}});
  table.finish();
  CHECK(table.rows() == 3);
  const Unzipped z = unzip(save(book));

  CHECK(z.names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                                            "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                                            "xl/styles.xml", "xl/worksheets/sheet1.xml"});
  for (const auto& [name, text] : z.files) {
    INFO(name);
    parse(text);
  }
  auto wb = parse(z.files.at("xl/workbook.xml"));
  // ':' and '/' are not allowed in a sheet name.
  CHECK(std::string(wb.select_node("//sheet").node().attribute("name").value()) == "Calls_ 2026_11");
  CHECK(std::string(wb.select_node("//definedName").node().child_value()) == "'Calls_ 2026_11'!$A$1:$D$4");
  auto core = parse(z.files.at("docProps/core.xml"));
  CHECK(std::string(core.first_child().child("dc:title").child_value()) == "Calls & more");
  CHECK(core.first_child().child("dc:subject").empty());
  CHECK(std::string(core.first_child().child("dcterms:created").child_value()) == "2025-11-28T09:30:00Z");

  auto sheet = parse(z.files.at("xl/worksheets/sheet1.xml"));
  auto ws = sheet.child("worksheet");
  CHECK(std::string(ws.child("autoFilter").attribute("ref").value()) == "A1:D4");
  auto pane = ws.child("sheetViews").child("sheetView").child("pane");
  CHECK(std::string(pane.attribute("state").value()) == "frozen");
  CHECK(std::string(pane.attribute("topLeftCell").value()) == "A2");
  CHECK(ws.child("cols").select_nodes("col").size() == 4);
  auto cell = [&](const char* ref) { return ws.select_node(("//c[@r='" + std::string(ref) + "']").c_str()).node(); };
  auto text = [&](const char* ref) { return std::string(cell(ref).child("is").child("t").child_value()); };
  auto number = [&](const char* ref) { return std::string(cell(ref).child("v").child_value()); };
  CHECK(text("A1") == "Date");
  CHECK(text("B2") == "<37060\"&>");
  CHECK(number("A2") == "46354.395833333336");  // 2026-11-28 09:30 as an Excel serial date
  CHECK(number("C2") == "0.0007060185185185185");  // 61 s, in days
  CHECK(number("D2") == "0.0612");
  CHECK(text("A3") == "not a date");                   // not a date: kept as text
  CHECK(text("B3") == "  spaced ");
  // Readers drop a text's outer spaces unless it says to keep them.
  CHECK(std::string(cell("B3").child("is").child("t").attribute("xml:space").value()) == "preserve");
  CHECK(cell("B2").child("is").child("t").attribute("xml:space").empty());
  CHECK(cell("D3").empty());                           // not rated: an empty cell
  CHECK(text("B4") == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");  // repaired, U+FFFD each
  CHECK(text("D4") == "9223372036.854775807");         // more digits than a double: exact text
  CHECK(number("C4") == "1.25");

  // Styles: the money format with the currency, the date and duration formats.
  auto styles = parse(z.files.at("xl/styles.xml"));
  std::map<std::string, std::string> formats;
  for (auto nf : styles.select_nodes("//numFmt")) {
    formats[nf.node().attribute("numFmtId").value()] = nf.node().attribute("formatCode").value();
  }
  auto format_of = [&](const char* ref) {
    const int s = cell(ref).attribute("s").as_int();
    auto xf = styles.select_nodes("//cellXfs/xf")[static_cast<std::size_t>(s)].node();
    return formats[xf.attribute("numFmtId").value()];
  };
  CHECK(format_of("D2") == "#,##0.0000 \"EUR\"");
  CHECK(format_of("A2") == "yyyy-mm-dd hh:mm:ss");
  CHECK(format_of("C2") == "[hh]:mm:ss");
}

TEST_CASE("xlsx: past 1,048,576 rows a table goes on in a second sheet with its own header and filter", "[xlsx]") {
  kolmi::test::ScratchDir dir;
  xlsx::Workbook book(dir.path(), {});
  xlsx::Table table(book, "Calls", {{"Duration", xlsx::Kind::duration}}, {});
  const std::int64_t rows = 1'048'575 + 2;
  for (std::int64_t i = 0; i < rows; ++i) table.add_row(std::vector<xlsx::Cell>{{"", i}});
  table.finish();
  const Unzipped z = unzip(save(book));
  auto wb = parse(z.files.at("xl/workbook.xml"));
  auto sheets = wb.select_nodes("//sheet");
  REQUIRE(sheets.size() == 2);
  CHECK(std::string(sheets[1].node().attribute("name").value()) == "Calls (2)");
  auto first = parse(z.files.at("xl/worksheets/sheet1.xml"));
  auto second = parse(z.files.at("xl/worksheets/sheet2.xml"));
  CHECK(std::string(first.child("worksheet").child("autoFilter").attribute("ref").value()) == "A1:A1048576");
  CHECK(std::string(second.child("worksheet").child("autoFilter").attribute("ref").value()) == "A1:A3");
  auto last_rows = second.select_nodes("//row");
  REQUIRE(last_rows.size() == 3);
  CHECK(std::string(last_rows[0].node().child("c").child("is").child("t").child_value()) == "Duration");
  CHECK(std::string(last_rows[2].node().child("c").child("v").child_value()) ==
        xlsx::sheet_number_text(static_cast<double>(rows - 1) / 86400));
}

TEST_CASE("xlsx: a member past zip32's 4 GiB is refused before anything is written", "[xlsx]") {
  std::string bytes;
  xlsx::ZipWriter zip([&bytes](std::string_view b) { bytes.append(b); }, 0);
  bool copied = false;
  xlsx::DeflatedPart huge{0, 5ULL << 30, 100, [&copied](const kolmi::exporters::ByteSink&) { copied = true; }};
  try {
    zip.add("xl/worksheets/sheet1.xml", {huge});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK_THAT(e.what(), Catch::Contains("4 GiB"));
  }
  CHECK_FALSE(copied);
  CHECK(bytes.empty());
}

TEST_CASE("xlsx: a scratch folder that does not exist is named", "[xlsx]") {
  try {
    xlsx::Workbook book("/nonexistent/kolmi", {});
    xlsx::Table table(book, "Calls", {{"Name", xlsx::Kind::text}}, {});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK_THAT(e.what(), Catch::Contains("/nonexistent/kolmi"));
  }
}

TEST_CASE("xlsx: deflate segments laid end to end inflate to the texts joined", "[xlsx]") {
  const auto a = xlsx::deflate_text("<head>", false);
  const auto b = xlsx::deflate_text(std::string(100000, 'x') + "<tail>", true);
  const std::string joined = a.bytes + b.bytes;
  CHECK(inflate_raw(joined, a.raw_size + b.raw_size) == "<head>" + std::string(100000, 'x') + "<tail>");
}
