#include "exporters/file_names.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace kolmi::exporters {

std::string safe_name_part(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '/' || c == '\\' || c == ' ' || u < 0x20 || u == 0x7F) c = '_';
  }
  if (std::all_of(out.begin(), out.end(), [](char c) { return c == '.'; })) return "_";
  return out;
}

std::string rates_file_name(std::string_view username, std::string_view currency, ExportFormat format) {
  return fmt::format("Rates-Personal-{}-{}.{}", safe_name_part(username), safe_name_part(currency),
                     extension(format));
}

std::string calls_file_name(std::string_view username, std::string_view first_day, std::string_view last_day,
                            std::string_view currency, ExportFormat format) {
  return fmt::format("Calls-{}-{}-{}-{}.{}", safe_name_part(username),
                     safe_name_part(first_day.substr(0, 10)), safe_name_part(last_day.substr(0, 10)),
                     safe_name_part(currency), extension(format));
}

std::string stats_file_name(std::string_view username, std::string_view first_day, std::string_view last_day,
                            std::string_view extension) {
  return fmt::format("Stats-{}-{}-{}.{}", safe_name_part(username), safe_name_part(first_day.substr(0, 10)),
                     safe_name_part(last_day.substr(0, 10)), extension);
}

}  // namespace kolmi::exporters
