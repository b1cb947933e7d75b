#include <catch2/catch.hpp>

#include "exporters/csv_writer.hpp"

using kolmi::exporters::CsvWriter;

TEST_CASE("CSV fields are quoted per RFC 4180 only when needed", "[csv]") {
  std::string out;
  CsvWriter w([&](std::string_view c) { out += c; }, ';');
  w.field("Name");
  w.field("Type");
  w.end_row();
  w.field("Tom; Jerry");
  w.field("say \"hi\"");
  w.field("two\nlines");
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
