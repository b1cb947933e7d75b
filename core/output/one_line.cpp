#include "core/output/one_line.hpp"

#include "core/text/utf8_escape.hpp"

namespace kolmi::output {

void append_one_line(std::string& out, std::string_view value) {
  text::append_escaped_utf8(
      out, value,
      [](unsigned char c) -> std::string_view {
        if (c == '\t' || c == '\n' || c == '\r') return " ";
        return c < 0x20 || c == 0x7F ? text::kReplacement : std::string_view{};
      },
      [](char32_t cp) { return cp >= 0x80 && cp <= 0x9F; });
}

}  // namespace kolmi::output
