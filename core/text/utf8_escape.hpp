#pragma once
// The one walk over text that the streaming writers share (XML, JSON, TSV):
// plain bytes are copied in runs, ASCII bytes the format must escape are
// replaced by their escape, well-formed multi-byte characters are copied
// unless the format rejects them, and every byte that starts no well-formed
// sequence becomes U+FFFD. So the output is always well-formed UTF-8, with
// one decoder (utf8_sequence) deciding what is well formed.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/text/utf8.hpp"

namespace kolmi::text {

// The bytes `escape` keeps as they are: ASCII bytes it returns nothing
// for (bytes from 0x80 on start multi-byte characters and are decoded).
template <typename Escape>
constexpr std::array<bool, 256> kept_bytes() {
  std::array<bool, 256> kept{};
  for (int c = 0; c < 0x80; ++c) kept[static_cast<std::size_t>(c)] = Escape{}(static_cast<unsigned char>(c)).empty();
  return kept;
}

// `escape(unsigned char c)` returns what an ASCII byte becomes, empty to
// keep it; `reject(char32_t cp)` is true for a character the format cannot
// carry (it becomes U+FFFD). `escape` is a captureless lambda, made into a
// table of the bytes it keeps at compile time: this runs per byte of every
// value a page writes, and most values are runs of plain ASCII.
template <typename Escape, typename Reject>
void append_escaped_utf8(std::string& out, std::string_view s, Escape escape, Reject reject) {
  static constexpr std::array<bool, 256> kKept = kept_bytes<Escape>();
  std::size_t run = 0;  // start of the pending run of bytes copied as they are
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    while (i < n && kKept[static_cast<unsigned char>(s[i])]) ++i;
    if (i == n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    out.append(s.data() + run, i - run);
    if (c < 0x80) {
      out += escape(c);
      run = ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) {
      out += kReplacement;
      ++i;
    } else if (reject(cp)) {
      out += kReplacement;
      i += len;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
    run = i;
  }
  out.append(s.data() + run, i - run);
}

// U+FFFE and U+FFFF: not characters, refused by XML 1.0 (and so by kolmi's
// JSON, which carries the same text).
inline bool is_noncharacter(char32_t cp) { return cp == 0xFFFE || cp == 0xFFFF; }

}  // namespace kolmi::text
