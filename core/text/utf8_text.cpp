#include "core/text/utf8_text.hpp"

#include <algorithm>

namespace kolmi::text {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_control(unsigned char c) {
  return c < 0x20 || c == 0x7F;
}

// Length of the well-formed UTF-8 sequence of a non-ASCII lead byte at
// in[i]; 0 when it is not one.
std::size_t sequence_length(std::string_view in, std::size_t i) {
  const auto c = static_cast<unsigned char>(in[i]);
  const std::size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                          : c >= 0xE0 && c <= 0xEF ? 3
                          : c >= 0xF0 && c <= 0xF4 ? 4
                                                   : 0;
  if (len == 0 || i + len > in.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(in[i + k]) & 0xC0) != 0x80) return 0;
  }
  const auto c1 = static_cast<unsigned char>(in[i + 1]);
  if (len == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))) return 0;  // overlong, surrogates
  if (len == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))) return 0;  // overlong, > U+10FFFF
  return len;
}

}  // namespace

Repairs repair_text(std::string_view in, std::string& out, bool replace_controls) {
  // Nearly every imported field is printable ASCII: copy it whole.
  std::size_t i = 0;
  while (i < in.size() && static_cast<unsigned char>(in[i]) < 0x80 &&
         !(replace_controls && is_control(static_cast<unsigned char>(in[i])))) {
    ++i;
  }
  out.assign(in.data(), i);
  Repairs r;
  while (i < in.size()) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (replace_controls && is_control(c)) {
        out += kReplacement;
        r.control = true;
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t len = sequence_length(in, i);
    if (len == 0) {
      out += kReplacement;
      r.invalid_utf8 = true;
      ++i;
    } else if (replace_controls && c == 0xC2 && static_cast<unsigned char>(in[i + 1]) < 0xA0) {
      out += kReplacement;  // a C1 control: 0x9B is CSI on some terminals
      r.control = true;
      i += len;
    } else {
      out.append(in.data() + i, len);
      i += len;
    }
  }
  return r;
}

std::size_t count_characters(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(
      utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace kolmi::text
