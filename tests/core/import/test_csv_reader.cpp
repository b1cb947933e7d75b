#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "core/import/csv_reader.hpp"

using kolmi::import::CsvReader;
using kolmi::import::ImportError;

namespace {

struct Parsed {
  std::vector<std::vector<std::string>> records;
  std::vector<std::size_t> lines;
};

Parsed parse(const std::string& text, char sep = ',') {
  std::FILE* f = ::fmemopen(const_cast<char*>(text.data()), text.size(), "r");
  REQUIRE(f != nullptr);
  CsvReader reader(f, sep);
  Parsed out;
  std::vector<std::string_view> fields;
  try {
    while (reader.next(fields)) {
      out.records.emplace_back(fields.begin(), fields.end());
      out.lines.push_back(reader.line());
    }
  } catch (...) {
    std::fclose(f);
    throw;
  }
  std::fclose(f);
  return out;
}

std::size_t error_line(const std::string& text, std::string& message) {
  try {
    parse(text);
  } catch (const ImportError& e) {
    message = e.what();
    return e.line();
  }
  return 0;
}

}  // namespace

TEST_CASE("CSV: plain, quoted and empty fields", "[import][csv]") {
  auto p = parse("a,b,c\n\"x\",,\"\"\n1,\"say \"\"hi\"\"\",3\r\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0] == std::vector<std::string>{"a", "b", "c"});
  CHECK(p.records[1] == std::vector<std::string>{"x", "", ""});
  CHECK(p.records[2] == std::vector<std::string>{"1", "say \"hi\"", "3"});
  CHECK(p.lines == std::vector<std::size_t>{1, 2, 3});
}

TEST_CASE("CSV: separators and line breaks inside quotes, line numbers follow", "[import][csv]") {
  auto p = parse("\"a,b\",\"two\nlines\"\nnext,row\n\n\nlast,one");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0] == std::vector<std::string>{"a,b", "two\nlines"});
  CHECK(p.lines == std::vector<std::size_t>{1, 3, 6});
  CHECK(p.records[2] == std::vector<std::string>{"last", "one"});  // no final newline
}

TEST_CASE("CSV: another separator", "[import][csv]") {
  auto p = parse("prefix;name\n370;Lithuania; fixed\n", ';');
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[1] == std::vector<std::string>{"370", "Lithuania", " fixed"});
}

TEST_CASE("CSV: records across the reader's buffer are whole", "[import][csv]") {
  std::string big;
  for (int i = 0; i < 60000; ++i) big += "\"row " + std::to_string(i) + "\",\"with, comma\",12345678901234567890\n";
  auto p = parse(big);
  REQUIRE(p.records.size() == 60000);
  CHECK(p.records[59999][0] == "row 59999");
  CHECK(p.lines[59999] == 60000);
  for (const auto& r : p.records) REQUIRE(r.size() == 3);
}

TEST_CASE("CSV: malformed input names its line", "[import][csv]") {
  std::string m;
  CHECK(error_line("a,b\n\"open,c\nd,e\n", m) == 2);
  CHECK(m.find("unterminated") != std::string::npos);
  CHECK(error_line("a,b\nc,\"d\"x\n", m) == 2);
  CHECK(m.find("after a closing quote") != std::string::npos);
  CHECK(error_line(std::string("a,b\nc,d\ne\0f,g\n", 14), m) == 3);
  CHECK(m.find("binary") != std::string::npos);
}

TEST_CASE("CSV: an empty file has no records", "[import][csv]") {
  CHECK(parse("").records.empty());
  CHECK(parse("\n\n").records.empty());
}
