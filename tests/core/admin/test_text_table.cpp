// Operators' listings never print a raw control character: a name with an
// escape sequence (from an import or MOR's own database) cannot drive the
// terminal, and the columns still line up.
#include <catch2/catch.hpp>

#include <string>

#include "core/admin/text_table.hpp"

using namespace kolmi::admin;

TEST_CASE("text table: control characters are replaced, line breaks become spaces", "[admin]") {
  const std::string table =
      render_table({"id", "name", "x"}, {{"1", "Evil\x1B]0;owned\x07", "a"}, {"2", "two\nlines\x01", "b"}});
  CHECK(table ==
        "id  name            x\n"
        "1   Evil\xEF\xBF\xBD]0;owned\xEF\xBF\xBD  a\n"
        "2   two lines\xEF\xBF\xBD      b\n");
  for (char c : table) {
    const auto b = static_cast<unsigned char>(c);
    CHECK((b >= 0x20 || b == '\n'));
    CHECK(b != 0x7F);
  }
}

TEST_CASE("text table: invalid UTF-8 is replaced, Cyrillic lines up by characters", "[admin]") {
  CHECK(render_table({"name", "n"}, {{"Иван", "1"}, {"bad\xFF", "2"}}) ==
        "name  n\n"
        "Иван  1\n"
        "bad\xEF\xBF\xBD  2\n");
}
