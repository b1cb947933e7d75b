// Values shown in error messages: one line, escaped, at most 64 characters.
#include <catch2/catch.hpp>

#include <string>

#include "core/text/message_text.hpp"

using kolmi::text::one_line;
using kolmi::text::shown;

namespace {
std::size_t chars(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
}  // namespace

TEST_CASE("shown keeps plain text and multibyte characters", "[text]") {
  CHECK(shown("abc 123") == "abc 123");
  CHECK(shown("Vilnius \xC5\xBE\xC4\x97 \xF0\x9F\x93\x9E") == "Vilnius \xC5\xBE\xC4\x97 \xF0\x9F\x93\x9E");
  CHECK(shown("") == "");
}

TEST_CASE("shown escapes newlines, ESC and other control bytes", "[text]") {
  CHECK(shown("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(shown("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(shown(std::string("nul\0x", 5)) == "nul\\x00x");
  CHECK(shown("del\x7f") == "del\\x7f");
  CHECK(shown("back\\slash") == "back\\\\slash");  // so \n typed is not a newline shown
}

TEST_CASE("shown escapes C1 controls, line separators and bidi overrides", "[text]") {
  CHECK(shown("csi\xC2\x9B"
              "2J") == "csi\\u009b2J");
  CHECK(shown("a\xE2\x80\xA8"
              "b") == "a\\u2028b");
  CHECK(shown("\xE2\x80\xAE"
              "txt") == "\\u202etxt");
}

TEST_CASE("shown shows invalid UTF-8 bytes as hex escapes", "[text]") {
  CHECK(shown("caf\xE9") == "caf\\xe9");
  CHECK(shown("\xC0\xAF") == "\\xc0\\xaf");           // overlong '/'
  CHECK(shown("\xED\xA0\x80") == "\\xed\\xa0\\x80");  // a surrogate
  CHECK(shown("\xE2\x82") == "\\xe2\\x82");           // truncated
}

TEST_CASE("shown cuts after 64 characters with an ellipsis", "[text]") {
  CHECK(shown(std::string(64, 'a')) == std::string(64, 'a'));
  CHECK(shown(std::string(65, 'a')) == std::string(64, 'a') + "\xE2\x80\xA6");
  const std::string big(128 * 1024, 'x');
  const std::string s = shown(big);
  CHECK(chars(s) == 65);
  CHECK(s.size() == 64 + 3);
}

TEST_CASE("shown never cuts inside a character or an escape", "[text]") {
  // 63 ASCII then a 2-byte character: 64 characters, kept whole.
  std::string v = std::string(63, 'a') + "\xC5\xBE" + "tail";
  CHECK(shown(v) == std::string(63, 'a') + "\xC5\xBE\xE2\x80\xA6");
  // 62 ASCII then "\n" (2 characters shown) fits; then "\x1b" (4) does not.
  v = std::string(62, 'a') + "\n\x1b";
  CHECK(shown(v) == std::string(62, 'a') + "\\n\xE2\x80\xA6");
  v = std::string(63, 'a') + "\x1b";
  CHECK(shown(v) == std::string(63, 'a') + "\xE2\x80\xA6");
}

TEST_CASE("one_line escapes a whole message but keeps its backslashes", "[text]") {
  CHECK(one_line("--name: 'a\nb' is bad") == "--name: 'a\\nb' is bad");
  CHECK(one_line("already \\n escaped") == "already \\n escaped");
  CHECK(one_line("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
}

TEST_CASE("one_line cuts a long message in the middle", "[text]") {
  const std::string message =
      "--calls: " + std::string(128 * 1024, '9') + "\n is out of range (see kolmi --help)";
  const std::string line = one_line(message);
  CHECK(chars(line) <= 300);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.rfind("--calls: 999", 0) == 0);
  CHECK(line.find("\xE2\x80\xA6") != std::string::npos);
  CHECK(line.size() > 200);
  CHECK(line.substr(line.size() - 18) == "(see kolmi --help)");
  CHECK(one_line(std::string(300, 'a')) == std::string(300, 'a'));
}
