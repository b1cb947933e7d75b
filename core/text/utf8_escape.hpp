#pragma once
// The one walk over text that the streaming writers share (XML, JSON, TSV):
// plain bytes are copied in runs, ASCII bytes the format must escape are
// replaced by their escape, well-formed multi-byte characters are copied
// unless the format rejects them, and every byte that starts no well-formed
// sequence becomes U+FFFD. So the output is always well-formed UTF-8, with
// one decoder (utf8_sequence) deciding what is well formed.
#include <string>
#include <string_view>

#include "core/text/utf8.hpp"

namespace kolmi::text {

// `escape(unsigned char c)` returns what an ASCII byte becomes, empty to
// keep it; `reject(char32_t cp)` is true for a character the format cannot
// carry (it becomes U+FFFD). Both are inlined: this runs per byte of every
// value a page writes.
template <typename Escape, typename Reject>
void append_escaped_utf8(std::string& out, std::string_view s, Escape escape, Reject reject) {
  std::size_t run = 0;  // start of the pending run of bytes copied as they are
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      const std::string_view replacement = escape(c);
      if (replacement.empty()) {
        ++i;
        continue;
      }
      out.append(s.data() + run, i - run);
      out += replacement;
      run = ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
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
