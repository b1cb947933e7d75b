#include "core/text/utf8_text.hpp"

#include <algorithm>

#include "core/text/utf8.hpp"

namespace kolmi::text {

namespace {

bool is_control(unsigned char c) {
  return c < 0x20 || c == 0x7F;
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
    char32_t cp = 0;
    const std::size_t len = utf8_sequence(in, i, cp);  // the one well-formedness rule
    if (len == 0) {
      out += kReplacement;
      r.invalid_utf8 = true;
      ++i;
    } else if (replace_controls && cp >= 0x80 && cp < 0xA0) {
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
