#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "core/xml/xml_writer.hpp"

using kolmi::xml::escaped;
using kolmi::xml::XmlWriter;

TEST_CASE("XML metacharacters are escaped", "[xml]") {
  CHECK(escaped(R"(Tom & Jerry <"Co"> 'x')") == "Tom &amp; Jerry &lt;&quot;Co&quot;&gt; &apos;x&apos;");
  CHECK(escaped("plain") == "plain");
  CHECK(escaped("Иван Петров €") == "Иван Петров €");
}

TEST_CASE("forbidden characters and invalid UTF-8 become U+FFFD", "[xml]") {
  CHECK(escaped(std::string("a\x01" "b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(escaped(std::string("nul\0x", 5)) == "nul\xEF\xBF\xBDx");
  CHECK(escaped("tab\tnl\ncr\r") == "tab\tnl\ncr\r");
  CHECK(escaped("\xA5") == "\xEF\xBF\xBD");                 // lone continuation byte (cp1251-ish data)
  CHECK(escaped("\xD0") == "\xEF\xBF\xBD");                 // truncated sequence
  CHECK(escaped("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  CHECK(escaped("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(escaped("\xEF\xBF\xBF") == "\xEF\xBF\xBD");         // U+FFFF
  CHECK(escaped("\xF0\x9F\x93\x9E") == "\xF0\x9F\x93\x9E");  // emoji stays
}

TEST_CASE("the writer streams nested, indented, well-formed XML", "[xml]") {
  std::string out;
  int chunks = 0;
  XmlWriter w([&](std::string_view c) {
    out += c;
    ++chunks;
  });
  w.declaration();
  w.open("page");
  w.leaf("pagename", "Devices");
  w.leaf("userid", 1);
  w.open("devices");
  w.leaf("cid", "\"101\" <101>");
  w.leaf_with_attribute("device", "id", "1", "IAX2/101");
  w.finish();
  CHECK(out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<page>\n"
        "  <pagename>Devices</pagename>\n"
        "  <userid>1</userid>\n"
        "  <devices>\n"
        "    <cid>&quot;101&quot; &lt;101&gt;</cid>\n"
        "    <device id=\"1\">IAX2/101</device>\n"
        "  </devices>\n"
        "</page>\n");
  CHECK(chunks == 1);
  pugi::xml_document doc;
  CHECK(doc.load_string(out.c_str()));
}

TEST_CASE("large output is handed over in chunks, not held whole", "[xml]") {
  std::size_t total = 0;
  std::size_t largest = 0;
  XmlWriter w([&](std::string_view c) {
    total += c.size();
    largest = std::max(largest, c.size());
  });
  w.open("calls");
  for (int i = 0; i < 100000; ++i) w.leaf("call", "2026-11-28 01:45:18");
  w.finish();
  CHECK(total > 3'000'000);
  CHECK(largest < 70'000);
}

TEST_CASE("a value longer than the writer's buffer goes out whole, escaped", "[xml]") {
  std::string out;
  XmlWriter w([&](std::string_view c) { out += c; });
  const std::string plain(150'000, 'x');
  const std::string metas(100'000, '&');  // 500,000 bytes escaped
  w.open("page");
  w.leaf("a", "before");
  w.leaf("plain", plain);
  w.leaf("metas", metas);
  w.leaf("b", "after & <after>");
  w.finish();
  std::string amps;
  for (int i = 0; i < 100'000; ++i) amps += "&amp;";
  CHECK(out ==
        "<page>\n"
        "  <a>before</a>\n"
        "  <plain>" + plain + "</plain>\n"
        "  <metas>" + amps + "</metas>\n"
        "  <b>after &amp; &lt;after&gt;</b>\n"
        "</page>\n");
}

TEST_CASE("every leaf carries what escaped() gives for its text, at its depth", "[xml]") {
  const std::vector<std::string> texts = {"", "plain", "a&b", "\xA5", "Иван", std::string("x\0y", 3), "'\"", "\t\n\r"};
  std::string out;
  std::string expected;
  XmlWriter w([&](std::string_view c) { out += c; });
  std::string indent;
  for (int depth = 0; depth < 40; ++depth) {
    w.open("e");
    expected += indent + "<e>\n";
    indent += "  ";
    for (const std::string& t : texts) {
      w.leaf("v", t);
      expected += indent + "<v>" + escaped(t) + "</v>\n";
    }
    w.leaf_with_attribute("d", "id", "<1>", "a&b");
    expected += indent + "<d id=\"&lt;1&gt;\">a&amp;b</d>\n";
  }
  w.finish();
  for (int depth = 39; depth >= 0; --depth) {
    indent.resize(indent.size() - 2);
    expected += indent + "</e>\n";
  }
  CHECK(out == expected);
  pugi::xml_document doc;
  CHECK(doc.load_string(out.c_str()));
}
