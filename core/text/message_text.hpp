#pragma once
// Values inside error messages. A message is one line on a terminal: a
// value typed by a user or read from data must not bring a newline, an
// escape sequence or 128 KB with it. `shown` is applied where a message is
// composed with a value; `one_line` is the last safety net where messages
// are printed (cli/run.cpp), for messages composed elsewhere (CLI11's).
//
// Escapes, in both: \n \r \t, other C0 controls and DEL as \xNN (ESC is
// \x1b), C1 controls and the Unicode line/paragraph separators and bidi
// overrides as \uNNNN, each byte of malformed UTF-8 as \xNN. Everything
// else, multi-byte characters included, is kept as it is.
#include <cstddef>
#include <string>
#include <string_view>

namespace kolmi::text {

// The most characters of a value `shown` keeps, escapes counted as written.
inline constexpr std::size_t kShownChars = 64;
// The most characters of a whole message `one_line` keeps.
inline constexpr std::size_t kMessageChars = 300;

// `value` escaped (a backslash as \\ too, so escapes are unambiguous) and
// cut after `max_chars` characters at a character boundary, "…" added when
// cut. Never throws but bad_alloc.
std::string shown(std::string_view value, std::size_t max_chars = kShownChars);

// `message` escaped (backslashes kept: the message's values are already
// shown()) and, past `max_chars` characters, cut in the middle with "…" so
// its start (the option) and its end (the hint) both survive.
std::string one_line(std::string_view message, std::size_t max_chars = kMessageChars);

}  // namespace kolmi::text
