#pragma once
// Text from outside (CDR files, rate decks, database rows) made safe to
// store and print: invalid UTF-8 and control characters replaced with
// U+FFFD, and lengths counted in characters as MySQL's varchar(N) counts
// them. Generic: knows nothing of billing.
#include <cstddef>
#include <string>
#include <string_view>

namespace kolmi::text {

// What repair_text replaced.
struct Repairs {
  bool invalid_utf8 = false;  // bytes that are not well-formed UTF-8
  bool control = false;       // C0 controls (tab and line breaks too), DEL, C1 controls
  bool any() const { return invalid_utf8 || control; }
};

// Copies `in` to `out` (reusing its storage), replacing every invalid UTF-8
// byte (overlong, surrogate, truncated, > U+10FFFF) and every control
// character (U+0000-U+001F, U+007F, U+0080-U+009F) with U+FFFD. Control
// characters are kept when `replace_controls` is false.
Repairs repair_text(std::string_view in, std::string& out, bool replace_controls = true);

// Characters (code points) of well-formed UTF-8 text: the bytes that are
// not continuation bytes.
std::size_t count_characters(std::string_view utf8);

}  // namespace kolmi::text
