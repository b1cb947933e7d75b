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
