#include "cli/period_options.hpp"

#include <fmt/format.h>

#include "core/pages/period.hpp"

namespace kolmi::cli {

namespace {
std::optional<std::string> given(const CLI::App* cmd, const std::string& name) {
  const CLI::Option* option = cmd->get_option(name);
  if (option->count() == 0) return std::nullopt;
  return option->as<std::string>();
}
}  // namespace

void add_period_options(CLI::App* cmd, const PeriodHelp& help) {
  const std::string form =
      help.dates_only ? "YYYY-MM-DD" : "YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS'";
  cmd->add_option("--from")
      ->type_name(help.dates_only ? "DATE" : "TIME")
      ->description(fmt::format("Start of the period, {} in {} (default: {})", form, help.zone, help.from_default));
  cmd->add_option("--till")
      ->type_name(help.dates_only ? "DATE" : "TIME")
      ->description(fmt::format("End of the period, {}; a date means its end; {} (default: {})", form,
                                help.till_alone, help.till_default));
  cmd->add_option("--period")
      ->type_name("PERIOD")
      ->description(fmt::format("Instead of --from/--till: {} in {} (weeks start on Monday)",
                                pages::period_forms(), help.zone));
}

PeriodValues period_values(const CLI::App* cmd) {
  return {given(cmd, "--from"), given(cmd, "--till"), given(cmd, "--period")};
}

}  // namespace kolmi::cli
