// The calendar arithmetic behind --period, on plain local day numbers.
#include <catch2/catch.hpp>

#include <date/date.h>

#include "core/time/period_words.hpp"

using namespace kolmi;

namespace {
std::int64_t day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / m / d}.time_since_epoch().count();
}
}  // namespace

TEST_CASE("period words name whole days around today", "[time][period]") {
  const std::int64_t saturday = day(2026, 11, 28);
  CHECK(period_days("today", saturday) == std::optional(DayRange{saturday, saturday + 1}));
  CHECK(period_days("yesterday", saturday) == std::optional(DayRange{saturday - 1, saturday}));
  CHECK(period_days("this-week", saturday) == std::optional(DayRange{day(2026, 11, 23), day(2026, 11, 30)}));
  CHECK(period_days("last-week", saturday) == std::optional(DayRange{day(2026, 11, 16), day(2026, 11, 23)}));
  CHECK(period_days("this-month", saturday) == std::optional(DayRange{day(2026, 11, 1), day(2026, 12, 1)}));
  CHECK(period_days("last-month", saturday) == std::optional(DayRange{day(2026, 10, 1), day(2026, 11, 1)}));
  // Weeks start on Monday: a Monday is its own week's first day, a Sunday its last.
  CHECK(period_days("this-week", day(2026, 11, 30))->first == day(2026, 11, 30));
  CHECK(period_days("this-week", day(2026, 11, 29))->first == day(2026, 11, 23));
  CHECK(period_days("last-month", day(2027, 1, 31)) == std::optional(DayRange{day(2026, 12, 1), day(2027, 1, 1)}));
}

TEST_CASE("period months and days, and what is not a period", "[time][period]") {
  const std::int64_t today = day(2026, 11, 28);
  CHECK(period_days("2024-02", today) == std::optional(DayRange{day(2024, 2, 1), day(2024, 3, 1)}));
  CHECK(period_days("2026-12", today) == std::optional(DayRange{day(2026, 12, 1), day(2027, 1, 1)}));
  CHECK(period_days("2026-10-25", today) == std::optional(DayRange{day(2026, 10, 25), day(2026, 10, 26)}));
  // The month after 9999-12 is a day number, never a date to write.
  CHECK(period_days("9999-12", today)->end == day(10000, 1, 1));
  for (const char* bad : {"", "Today", "TODAY", "tomorrow", "this_week", "thisweek", "2026-13", "2026-00",
                          "2026-1", "26-11", "2026-11-31", "2026-11-01 00:00:00", "2026-11-01T00:00:00",
                          "2026/11", "-2026-11", "2026-11 "}) {
    INFO(bad);
    CHECK_FALSE(period_days(bad, today));
  }
}
