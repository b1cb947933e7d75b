#pragma once
// The period filter of the calls, missed calls, faxes and stats pages:
// --from and --till typed in the user's time zone, as 'YYYY-MM-DD' or
// 'YYYY-MM-DD HH:MM:SS'. A bare --till date means the end of that day.
// Defaults (shared/spec/README.md decision 11): today, or the current month
// for stats.
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

enum class DefaultPeriod { today, this_month };

struct Period {
  Seconds from{};   // inclusive, UTC
  Seconds till{};   // exclusive, UTC
  std::string start_text;  // local 'YYYY-MM-DD HH:MM:SS' of from
  std::string end_text;    // local 'YYYY-MM-DD HH:MM:SS' of the last second
};

// Throws Error(usage) naming --from or --till for a malformed or impossible
// date, and when --from is after --till.
Period resolve_period(std::optional<std::string_view> from, std::optional<std::string_view> till,
                      const TimeZone& zone, const Clock& clock, DefaultPeriod fallback);

}  // namespace kolmi::pages
