#include "core/output/format.hpp"

namespace kolmi::output {

std::string_view format_name(Format format) { return kFormatNames[static_cast<unsigned>(format)]; }

std::optional<Format> parse_format(std::string_view name) {
  for (unsigned i = 0; i < std::size(kFormatNames); ++i) {
    if (kFormatNames[i] == name) return static_cast<Format>(i);
  }
  return std::nullopt;
}

std::string Formats::names() const {
  std::string out;
  for (unsigned i = 0; i < std::size(kFormatNames); ++i) {
    if (!has(static_cast<Format>(i))) continue;
    if (!out.empty()) out += ", ";
    out += kFormatNames[i];
  }
  return out;
}

}  // namespace kolmi::output
