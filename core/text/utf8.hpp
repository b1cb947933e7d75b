#pragma once
// UTF-8 decoding shared by everything that must not pass malformed text on
// (error messages, CSV cells): one well-formedness rule (no overlong forms,
// no surrogates, nothing past U+10FFFF), in one place.
#include <cstddef>
#include <string_view>

namespace kolmi::text {

// U+FFFD REPLACEMENT CHARACTER, encoded.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The length (2 to 4) of the well-formed multi-byte sequence starting at
// s[i], storing its code point in `cp`; 0 when s[i] starts none (an ASCII
// byte included: callers handle those first, on their fast path).
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp);

}  // namespace kolmi::text
