#include <catch2/catch.hpp>

#include "core/output/csv_writer.hpp"

using kolmi::output::CsvWriter;

TEST_CASE("CSV fields are quoted per RFC 4180 only when needed", "[csv]") {
  std::string out;
  CsvWriter w([&](std::string_view c) { out += c; }, ';');
  w.plain_field("Name");
  w.plain_field("Type");
  w.end_row();
  w.field("Tom; Jerry");
  w.field("say \"hi\"");
  w.plain_field("two\nlines");  // kolmi's own text is written as it is
  w.field("plain, comma");
  w.end_row();
  w.flush();
  CHECK(out == "Name;Type\r\n\"Tom; Jerry\";\"say \"\"hi\"\"\";\"two\nlines\";plain, comma\r\n");
}

TEST_CASE("the CSV separator is configurable and a BOM optional", "[csv]") {
  std::string out;
  CsvWriter w([&](std::string_view c) { out += c; }, ',');
  w.bom();
  w.field("a,b");
  w.field("Иван");
  w.end_row();
  w.flush();
  CHECK(out == "\xEF\xBB\xBF\"a,b\",Иван\r\n");
}

namespace {
// One data cell as the writer writes it.
std::string cell(std::string_view value, char separator = ';') {
  std::string out;
  CsvWriter w([&](std::string_view c) { out += c; }, separator);
  w.field(value);
  w.flush();
  return out;
}
std::string plain(std::string_view value) {
  std::string out;
  CsvWriter w([&](std::string_view c) { out += c; }, ';');
  w.plain_field(value);
  w.flush();
  return out;
}
}  // namespace

TEST_CASE("data cells a spreadsheet would evaluate get a leading quote", "[csv][injection]") {
  CHECK(cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(cell("=1+1") == "'=1+1");
  CHECK(cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(cell("\t=1+1") == "' =1+1");  // the tab is neutralised, then made a space
  CHECK(cell("\r=1+1") == "' =1+1");
  CHECK(cell("+A1") == "'+A1");
  CHECK(cell("-1+2") == "'-1+2");
  CHECK(cell("-") == "'-");
  CHECK(cell("+") == "'+");
  CHECK(cell("-2.") == "'-2.");
  CHECK(cell("+1 555 0100") == "'+1 555 0100");
  CHECK(cell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0");
}

TEST_CASE("signed numbers and ordinary text stay as they are", "[csv][injection]") {
  CHECK(cell("+37060000001") == "+37060000001");
  CHECK(cell("-0.5") == "-0.5");
  CHECK(cell("-12,25", '|') == "-12,25");  // a comma decimal mark
  CHECK(cell("37060000001") == "37060000001");
  CHECK(cell("a=b") == "a=b");  // only the first character counts
  CHECK(cell("Lithuania Mobile") == "Lithuania Mobile");
  CHECK(cell("") == "");
}

TEST_CASE("kolmi's own cells are never prefixed", "[csv][injection]") {
  CHECK(plain("-0.5") == "-0.5");
  CHECK(plain("-12.3456") == "-12.3456");
  CHECK(plain("Date") == "Date");
}

TEST_CASE("data cells are valid UTF-8 without control bytes", "[csv][utf8]") {
  CHECK(cell("Vilnius \xC5\xBE") == "Vilnius \xC5\xBE");
  CHECK(cell("caf\xE9") == "caf\xEF\xBF\xBD");                              // Latin-1 from a legacy database
  CHECK(cell("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                    // overlong
  CHECK(cell("\xED\xA0\x80x") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");  // surrogate
  CHECK(cell("ab\xE2\x82") == "ab\xEF\xBF\xBD\xEF\xBF\xBD");                // truncated at the end
  CHECK(cell("two\nlines") == "two lines");
  CHECK(cell("a\r\nb") == "a  b");
  CHECK(cell("tab\tin") == "tab in");
  CHECK(cell("tab\tin", '\t') == "tab in");  // no longer a separator to quote
  CHECK(cell("esc\x1b[31m") == "esc\xEF\xBF\xBD[31m");
  CHECK(cell(std::string_view("nul\0", 4)) == "nul\xEF\xBF\xBD");
  CHECK(cell("del\x7f") == "del\xEF\xBF\xBD");
  CHECK(cell("=\x1b;x") == "\"'=\xEF\xBF\xBD;x\"");  // prefixed, replaced and quoted
}
