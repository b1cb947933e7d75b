#pragma once
// --from, --till and --period, registered the same way on every command
// that takes a period (calls, missed-calls, stats, faxes, admin rerate) and
// read back as "given or not" (nullopt: the command's default), including
// by the subcommands that reach their parent's options (calls export,
// missed-calls process). The values are checked by core (pages/period.hpp)
// before any output, so one rule and one message serve every command.
#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace kolmi::cli {

struct PeriodHelp {
  std::string_view zone;          // whose zone the times are in: "your time zone", "--tz"
  std::string_view from_default;  // "today"
  std::string_view till_default;  // "the end of today"
  bool dates_only = false;        // stats: days, no times of day
  // What --till without --from selects (the pages: that day; rerate,
  // whose default is every call: every call up to then).
  std::string_view till_alone = "alone, that day";
};

// Adds --from, --till and --period to `cmd`.
void add_period_options(CLI::App* cmd, const PeriodHelp& help);

struct PeriodValues {
  std::optional<std::string> from, till, period;
};

// The values given to `cmd`'s period options (added by add_period_options).
PeriodValues period_values(const CLI::App* cmd);

}  // namespace kolmi::cli
