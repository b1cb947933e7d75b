#include "cli/id_option.hpp"

#include <string>

#include "core/text/id_number.hpp"

namespace kolmi::cli {

namespace {
// An empty string when `value` is an id (rewritten in canonical decimal),
// else the reason; CLI11 prefixes the option's name ("--device: ...").
std::string check_id(std::string& value, bool or_all) {
  if (or_all && value == "all") return {};
  const auto id = text::parse_id(value);
  if (!id) return text::not_an_id(value, or_all);
  value = std::to_string(*id);
  return {};
}
}  // namespace

CLI::Validator id_number() {
  return CLI::Validator([](std::string& value) { return check_id(value, false); }, "ID");
}

CLI::Validator all_or_id_number() {
  return CLI::Validator([](std::string& value) { return check_id(value, true); }, "all|ID");
}

}  // namespace kolmi::cli
