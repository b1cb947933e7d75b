#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "core/output/tree_writers.hpp"

using kolmi::Decimal;
using kolmi::output::Format;
using kolmi::output::make_tree_writer;
using kolmi::output::TableOptions;

namespace {

constexpr std::string_view kColumns[] = {"name", "billsec", "price", "price_currency"};

struct Row {
  const char* name;
  int billsec;
  const char* price;  // nullptr: unrated
};

std::string render(Format format, std::initializer_list<Row> rows, TableOptions table = {}) {
  std::string out;
  auto w = make_tree_writer(format, [&](std::string_view c) { out += c; }, table);
  w->begin("page");
  w->text("pagename", "Calls");  // the page's frame: not a row
  w->open_list("aval", "language");
  w->text("language", "en");
  w->close();
  w->open_list("calls", "call", kColumns);
  for (const Row& r : rows) {
    w->open_item();
    w->text("name", r.name);
    w->integer("billsec", r.billsec);
    w->money("price", r.price ? Decimal::parse(r.price) : std::nullopt, "shown", "EUR");
    w->close();
  }
  w->close();
  w->text("after", "not a row either");
  w->finish();
  return out;
}

}  // namespace

TEST_CASE("csv: the main list only, header first, RFC 4180, exact prices", "[output]") {
  CHECK(render(Format::csv, {{"Vilnius, LT", 61, "0.0235"}, {"say \"hi\"", 0, nullptr}}) ==
        "name,billsec,price,price_currency\r\n"
        "\"Vilnius, LT\",61,0.0235,EUR\r\n"
        "\"say \"\"hi\"\"\",0,,EUR\r\n");
  // No rows: the header still tells a script the columns.
  CHECK(render(Format::csv, {}) == "name,billsec,price,price_currency\r\n");
}

TEST_CASE("csv: a value from the data cannot become a spreadsheet formula", "[output]") {
  CHECK(render(Format::csv, {{"=cmd|' /C calc'!A0", 1, "1"}}).find("'=cmd") != std::string::npos);
  CHECK(render(Format::csv, {{"+37060000000", 1, "1"}}).find("\r\n+37060000000,") != std::string::npos);
}

TEST_CASE("tsv: one line per row, tabs and line breaks in values become spaces", "[output]") {
  CHECK(render(Format::tsv, {{"a\tb\nc", 5, "-1.5"}, {"\x1b[31mred", 0, nullptr}}) ==
        "name\tbillsec\tprice\tprice_currency\n"
        "a b c\t5\t-1.5\tEUR\n"
        "\xEF\xBF\xBD[31mred\t0\t\tEUR\n");
}

TEST_CASE("table: aligned columns, numbers to the right", "[output]") {
  CHECK(render(Format::table, {{"Vilnius", 61, "0.0235"}, {"Žemaitija", 1234, "12"}}) ==
        "name       billsec   price  price_currency\n"
        "Vilnius         61  0.0235  EUR\n"
        "Žemaitija     1234      12  EUR\n");
}

TEST_CASE("table: narrowed to the terminal by cutting text, never numbers", "[output]") {
  const std::string long_name(60, 'x');
  std::string out = render(Format::table, {{long_name.c_str(), 61, "0.0235"}}, TableOptions{.width = 40});
  // 40 columns: the numbers and the currency take 33 with their gaps, the
  // name the 7 left.
  CHECK(out ==
        "name     billsec   price  price_currency\n"
        "xxxxxx…       61  0.0235  EUR\n");
}

TEST_CASE("table: rows past the measured ones stream with the widths fixed", "[output]") {
  std::string out = render(Format::table, {{"a", 1, "1"}, {"b", 2, "2"}, {"a much longer name", 3, "3"}},
                           TableOptions{.width = 0, .measured_rows = 2});
  CHECK(out ==
        "name  billsec  price  price_currency\n"
        "a           1      1  EUR\n"
        "b           2      2  EUR\n"
        "a much longer name        3      3  EUR\n");
}

TEST_CASE("rows: an item that drifts from the declared columns is a bug, not a shifted column", "[output]") {
  std::string out;
  auto w = make_tree_writer(Format::csv, [&](std::string_view c) { out += c; });
  w->begin("page");
  w->open_list("calls", "call", kColumns);
  w->open_item();
  w->text("name", "x");
  CHECK_THROWS_AS(w->text("price", "1"), std::logic_error);
}

TEST_CASE("xml: runs are not elements, money is the shown text, extras are left out", "[output]") {
  std::string out = render(Format::xml, {{"x", 5, "0.0235"}});
  CHECK(out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<page>\n"
        "  <pagename>Calls</pagename>\n"
        "  <aval>\n"
        "    <language>en</language>\n"
        "  </aval>\n"
        "  <calls>\n"
        "    <call>\n"
        "      <name>x</name>\n"
        "      <billsec>5</billsec>\n"
        "      <price>shown</price>\n"
        "    </call>\n"
        "  </calls>\n"
        "  <after>not a row either</after>\n"
        "</page>\n");
}
