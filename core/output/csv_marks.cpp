#include "core/output/csv_marks.hpp"

namespace kolmi::output {

std::optional<char> csv_separator_of(std::string_view text) {
  if (text == "tab" || text == "\\t") return '\t';
  if (text.size() != 1) return std::nullopt;
  const char c = text[0];
  const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (alnum || c == '"' || c == '.' || c == '\r' || c == '\n' || static_cast<unsigned char>(c) >= 0x80) {
    return std::nullopt;
  }
  return c;
}

std::optional<char> csv_decimal_of(std::string_view text) {
  if (text != "." && text != ",") return std::nullopt;
  return text[0];
}

}  // namespace kolmi::output
