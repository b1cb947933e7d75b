// Text repair for imports and listings: invalid UTF-8 and control
// characters become U+FFFD, valid text is kept byte for byte.
#include <catch2/catch.hpp>

#include <string>

#include "core/text/utf8_text.hpp"

using kolmi::text::count_characters;
using kolmi::text::repair_text;

TEST_CASE("repair_text keeps valid text, replaces control characters and invalid UTF-8", "[text]") {
  std::string out;
  CHECK_FALSE(repair_text("Иван € 日本 \xF0\x9F\x93\x9E", out).any());
  CHECK(out == "Иван € 日本 \xF0\x9F\x93\x9E");

  auto r = repair_text("a\x1B[31mb\x01" "c\x7F", out);
  CHECK(r.control);
  CHECK_FALSE(r.invalid_utf8);
  CHECK(out == "a\xEF\xBF\xBD[31mb\xEF\xBF\xBD" "c\xEF\xBF\xBD");

  r = repair_text("tab\there\nline", out);
  CHECK(r.control);
  CHECK(out == "tab\xEF\xBF\xBDhere\xEF\xBF\xBDline");

  r = repair_text("csi \xC2\x9B" "2J, nbsp \xC2\xA0", out);  // C1 CSI replaced, U+00A0 kept
  CHECK(r.control);
  CHECK(out == "csi \xEF\xBF\xBD" "2J, nbsp \xC2\xA0");

  r = repair_text("ab\xA5" "c", out);
  CHECK(r.invalid_utf8);
  CHECK_FALSE(r.control);
  CHECK(out == "ab\xEF\xBF\xBD" "c");

  r = repair_text(std::string("nul\0!", 5), out);
  CHECK(r.control);
  CHECK(out == "nul\xEF\xBF\xBD!");
}

TEST_CASE("repair_text can keep control characters, count_characters counts code points", "[text]") {
  std::string out;
  auto r = repair_text("a\x1B" "b\xFF", out, false);
  CHECK_FALSE(r.control);
  CHECK(r.invalid_utf8);
  CHECK(out == "a\x1B" "b\xEF\xBF\xBD");
  CHECK(count_characters("") == 0);
  CHECK(count_characters("abc") == 3);
  CHECK(count_characters("Иван €") == 6);
  CHECK(count_characters("\xEF\xBF\xBD") == 1);
}
