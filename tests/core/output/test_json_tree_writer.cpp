#include <catch2/catch.hpp>

#include <string>

#include "core/output/json_tree_writer.hpp"

using kolmi::Decimal;
using kolmi::output::append_json_string;
using kolmi::output::is_json_number;
using kolmi::output::JsonTreeWriter;

namespace {

constexpr std::string_view kColumns[] = {"id", "price", "price_currency"};

std::string page(int items) {
  std::string out;
  JsonTreeWriter w([&](std::string_view c) { out += c; });
  w.begin("page");
  w.text("pagename", "Calls");
  w.integer("total", items);
  w.number("vat", "18.0");
  w.number("empty", "");
  w.open_list("langs", "language");
  w.text("language", "en");
  w.close();
  w.open("stat");
  w.open_list("calls", "call", kColumns);
  for (int i = 0; i < items; ++i) {
    w.open_item();
    w.integer("id", i + 1);
    if (i == 0) {
      w.money("price", std::nullopt, "", "EUR");
    } else {
      w.money("price", Decimal::parse("0.0235"), "0.024", "EUR");
    }
    w.close();
  }
  w.finish();
  return out;
}

}  // namespace

TEST_CASE("json: the tree with typed leaves, lists always arrays", "[output]") {
  CHECK(page(2) ==
        "{\"page\":{\n"
        " \"pagename\":\"Calls\",\n"
        " \"total\":2,\n"
        " \"vat\":18.0,\n"
        " \"empty\":null,\n"
        " \"langs\":{\n"
        "  \"language\":[\n"
        "   \"en\"\n"
        "  ]\n"
        " },\n"
        " \"stat\":{\n"
        "  \"calls\":{\n"
        "   \"call\":[\n"
        "    {\"id\":1,\"price\":null,\"price_currency\":\"EUR\"},\n"
        "    {\"id\":2,\"price\":\"0.0235\",\"price_currency\":\"EUR\"}\n"
        "   ]\n"
        "  }\n"
        " }\n"
        "}}\n");
  // A list of none is still an array.
  CHECK(page(0).find("\"call\":[]") != std::string::npos);
}

TEST_CASE("json: a run of items beside other children of one element", "[output]") {
  std::string out;
  JsonTreeWriter w([&](std::string_view c) { out += c; });
  w.begin("page");
  w.open("faxes");
  w.text("period", "x");
  w.open_repeated("fax");
  w.open_item();
  w.labelled("device", "id", 7, "SIP/101");
  w.close();
  w.finish();
  CHECK(out ==
        "{\"page\":{\n \"faxes\":{\n  \"period\":\"x\",\n  \"fax\":[\n"
        "   {\"device\":{\"id\":7,\"text\":\"SIP/101\"}}\n  ]\n }\n}}\n");
}

TEST_CASE("json strings: escapes, control characters and invalid UTF-8", "[output]") {
  std::string out;
  using namespace std::literals;
  append_json_string(out, "a\"b\\c\n\t\x01 \xC3\xA9 \xFF \xE2\x80\xA8"sv);
  CHECK(out == "\"a\\\"b\\\\c\\n\\t\\u0001 \xC3\xA9 \xEF\xBF\xBD \xE2\x80\xA8\"");
}

TEST_CASE("json numbers: only what JSON reads as a number is written bare", "[output]") {
  CHECK(is_json_number("0"));
  CHECK(is_json_number("-12.50"));
  CHECK(is_json_number("18.0"));
  CHECK_FALSE(is_json_number("012"));
  CHECK_FALSE(is_json_number("1,5"));
  CHECK_FALSE(is_json_number("1."));
  CHECK_FALSE(is_json_number(".5"));
  CHECK_FALSE(is_json_number("1e3"));
  CHECK_FALSE(is_json_number(""));
  std::string out;
  JsonTreeWriter w([&](std::string_view c) { out += c; });
  w.begin("p");
  w.number("n", "1,5");  // a decimal comma stays valid JSON, as a string
  w.finish();
  CHECK(out == "{\"p\":{\n \"n\":\"1,5\"\n}}\n");
}

TEST_CASE("json streams: a big list goes out in chunks", "[output]") {
  std::size_t chunks = 0, bytes = 0, biggest = 0;
  JsonTreeWriter w([&](std::string_view c) {
    ++chunks;
    bytes += c.size();
    biggest = std::max(biggest, c.size());
  });
  w.begin("page");
  w.open_list("calls", "call");
  for (int i = 0; i < 20000; ++i) {
    w.open_item();
    w.text("called_to", "37060000000");
    w.close();
  }
  w.finish();
  CHECK(chunks > 5);
  CHECK(biggest < 80 * 1024);
  CHECK(bytes > 500 * 1024);
}
