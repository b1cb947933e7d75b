#pragma once
// The periods people say (--period): today, yesterday, this-week,
// last-week, this-month, last-month, a month 'YYYY-MM' or a day
// 'YYYY-MM-DD'. Pure calendar arithmetic on local day numbers, so it knows
// nothing of zones or clocks: the caller gives today's local day and turns
// the days into instants with TimeZone::start_of_local_day, which is what
// keeps a week across a DST change seven local days (167 or 169 hours).
#include <cstdint>
#include <optional>
#include <string_view>

namespace kolmi {

// Whole local days [first, end), as days since 1970-01-01.
struct DayRange {
  std::int64_t first = 0;
  std::int64_t end = 0;  // exclusive: the day after the last
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

// The words, in the order help texts list them.
inline constexpr std::string_view kPeriodWords[] = {"today",      "yesterday",  "this-week",
                                                     "last-week",  "this-month", "last-month"};

// The days `period` names, `today` being the local day it is now. Weeks
// are ISO weeks, Monday to Sunday. nullopt for anything else (other
// spellings, upper case, impossible dates such as 2026-02-30, 2026-13).
std::optional<DayRange> period_days(std::string_view period, std::int64_t today);

}  // namespace kolmi
