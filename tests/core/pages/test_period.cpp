#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/pages/period.hpp"

using namespace kolmi;
using pages::DefaultPeriod;
using pages::resolve_period;

namespace {
Seconds utc(const char* s) { return *parse_utc(s); }
}  // namespace

TEST_CASE("default periods are today and this month in the user's zone", "[pages][period]") {
  TimeZone tashkent("Asia/Tashkent");
  FixedClock clock(utc("2026-11-28 20:30:00"));  // 2026-11-29 01:30 in Tashkent
  auto today = resolve_period({std::nullopt, std::nullopt}, tashkent, clock, DefaultPeriod::today);
  CHECK(today.start_text == "2026-11-29 00:00:00");
  CHECK(today.end_text == "2026-11-29 23:59:59");
  CHECK(format_utc(today.from) == "2026-11-28 19:00:00");
  auto month = resolve_period({std::nullopt, std::nullopt}, tashkent, clock, DefaultPeriod::this_month);
  CHECK(month.start_text == "2026-11-01 00:00:00");
  CHECK(month.end_text == "2026-11-30 23:59:59");
}

TEST_CASE("a --till date is the end of that day, and times are inclusive to the second", "[pages][period]") {
  TimeZone utc_zone = TimeZone::utc();
  FixedClock clock(utc("2026-11-28 09:30:00"));
  auto p = resolve_period({"2026-11-01", "2026-11-02"}, utc_zone, clock, DefaultPeriod::today);
  CHECK(p.start_text == "2026-11-01 00:00:00");
  CHECK(p.end_text == "2026-11-02 23:59:59");
  auto q = resolve_period({"2026-11-01 10:00:00", "2026-11-01 10:00:05"}, utc_zone, clock, DefaultPeriod::today);
  CHECK((q.till - q.from).count() == 6);
  auto open_end = resolve_period({"2026-11-20", std::nullopt}, utc_zone, clock, DefaultPeriod::today);
  CHECK(open_end.end_text == "2026-11-28 23:59:59");
}

TEST_CASE("periods across a DST change keep local midnight", "[pages][period]") {
  TimeZone sofia("Europe/Sofia");  // clocks go back on 2026-10-25
  FixedClock clock(utc("2026-11-28 09:30:00"));
  auto p = resolve_period({"2026-10-25", "2026-10-25"}, sofia, clock, DefaultPeriod::today);
  CHECK(format_utc(p.from) == "2026-10-24 21:00:00");
  CHECK(format_utc(p.till) == "2026-10-25 22:00:00");  // a 25-hour day
  CHECK(p.end_text == "2026-10-25 23:59:59");
}

TEST_CASE("bad periods are usage errors naming the option", "[pages][period]") {
  TimeZone z = TimeZone::utc();
  FixedClock clock(utc("2026-11-28 09:30:00"));
  auto message = [&](std::optional<std::string_view> f, std::optional<std::string_view> t) {
    try {
      resolve_period({f, t}, z, clock, DefaultPeriod::today);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("2026-02-30", std::nullopt) ==
        "--from: '2026-02-30' is not a time (use YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)");
  CHECK(message(std::nullopt, "yesterday").starts_with("--till: 'yesterday' is not a time"));
  // Only the documented forms: no ISO 'T', no fractions, zones or short forms.
  CHECK(message("2026-11-01T10:00:00", std::nullopt) ==
        "--from: '2026-11-01T10:00:00' is not a time (use YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)");
  CHECK(message(std::nullopt, "2026-11-01T10:00:00").starts_with("--till: '2026-11-01T10:00:00' is not a time"));
  CHECK(message("2026-11-01 10:00", std::nullopt).starts_with("--from:"));
  CHECK(message("2026-11-01 10:00:00Z", std::nullopt).starts_with("--from:"));
  CHECK(message("2026-11-01 10:00:00.5", std::nullopt).starts_with("--from:"));
  CHECK(message("2026-11-1", std::nullopt).starts_with("--from:"));
  CHECK(message(" 2026-11-01", std::nullopt).starts_with("--from:"));
  CHECK(message("2026-11-28 25:00:00", std::nullopt).starts_with("--from:"));
  CHECK(message("2026-11-10", "2026-11-09").starts_with("--from (2026-11-10 00:00:00) must be before --till"));
}

TEST_CASE("a --till of 9999-12-31 is the end of that day in any zone, bounds kept in year 9999",
          "[pages][period]") {
  FixedClock clock(utc("2026-11-28 09:30:00"));
  for (const char* zone_name : {"UTC", "America/New_York", "Pacific/Kiritimati"}) {
    INFO(zone_name);
    TimeZone zone(zone_name);
    auto p = resolve_period({"2026-11-01", "9999-12-31"}, zone, clock, DefaultPeriod::today);
    CHECK(p.start_text == "2026-11-01 00:00:00");
    CHECK(p.end_text == "9999-12-31 23:59:59");  // what was asked
    // Stored as text compared as strings: never past the last second of 9999.
    CHECK(format_utc(p.till) <= "9999-12-31 23:59:59");
    CHECK(format_utc(p.till).size() == 19);
  }
  TimeZone new_york("America/New_York");
  // Wholly past 9999-12-31 23:59:59 UTC: an empty period, not year 10000.
  auto late =
      resolve_period({"9999-12-31 20:00:00", "9999-12-31 22:00:00"}, new_york, clock, DefaultPeriod::today);
  CHECK(late.start_text == "9999-12-31 20:00:00");
  CHECK(format_utc(late.from) == "9999-12-31 23:59:59");
  CHECK(late.from == late.till);
}

namespace {
// The period of `word` in `zone` at `now` (UTC), as its UTC bounds.
pages::Period period_of(const char* word, const char* zone_name, const char* now) {
  FixedClock clock(utc(now));
  return resolve_period({std::nullopt, std::nullopt, word}, TimeZone(zone_name), clock, DefaultPeriod::today);
}
std::string usage_message(const pages::PeriodInput& in) {
  FixedClock clock(utc("2026-11-28 09:30:00"));
  try {
    resolve_period(in, TimeZone::utc(), clock, DefaultPeriod::today);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("period words against a pinned clock in the user's zone", "[pages][period]") {
  // 2026-11-28 09:30 UTC is Saturday 14:30 in Tashkent (UTC+5, no DST).
  const char* now = "2026-11-28 09:30:00";
  struct Case {
    const char* word;
    const char* start;
    const char* end;
  };
  for (const Case& c : {Case{"today", "2026-11-28 00:00:00", "2026-11-28 23:59:59"},
                        Case{"yesterday", "2026-11-27 00:00:00", "2026-11-27 23:59:59"},
                        Case{"this-week", "2026-11-23 00:00:00", "2026-11-29 23:59:59"},  // Monday to Sunday
                        Case{"last-week", "2026-11-16 00:00:00", "2026-11-22 23:59:59"},
                        Case{"this-month", "2026-11-01 00:00:00", "2026-11-30 23:59:59"},
                        Case{"last-month", "2026-10-01 00:00:00", "2026-10-31 23:59:59"},
                        Case{"2026-02", "2026-02-01 00:00:00", "2026-02-28 23:59:59"},
                        Case{"2024-02", "2024-02-01 00:00:00", "2024-02-29 23:59:59"},
                        Case{"2026-10-25", "2026-10-25 00:00:00", "2026-10-25 23:59:59"}}) {
    INFO(c.word);
    auto p = period_of(c.word, "Asia/Tashkent", now);
    CHECK(p.start_text == c.start);
    CHECK(p.end_text == c.end);
    CHECK(p.from == TimeZone("Asia/Tashkent").to_utc(c.start));
  }
  // The zone decides the day: at 20:30 UTC it is already Sunday in Tashkent.
  auto late = period_of("today", "Asia/Tashkent", "2026-11-28 20:30:00");
  CHECK(late.start_text == "2026-11-29 00:00:00");
  CHECK(format_utc(late.from) == "2026-11-28 19:00:00");
  // On a Sunday this-week is the week that began six days ago; on a Monday, today.
  CHECK(period_of("this-week", "UTC", "2026-11-29 23:00:00").start_text == "2026-11-23 00:00:00");
  CHECK(period_of("this-week", "UTC", "2026-11-30 00:00:00").start_text == "2026-11-30 00:00:00");
  // last-month in January is December of the year before.
  CHECK(period_of("last-month", "UTC", "2027-01-15 12:00:00").start_text == "2026-12-01 00:00:00");
}

TEST_CASE("a period across a DST change is whole local days", "[pages][period]") {
  // Europe/Vilnius: clocks go back an hour at 04:00 local on Sunday 2026-10-25.
  auto week = period_of("last-week", "Europe/Vilnius", "2026-10-28 10:00:00");
  CHECK(week.start_text == "2026-10-19 00:00:00");
  CHECK(week.end_text == "2026-10-25 23:59:59");
  CHECK(format_utc(week.from) == "2026-10-18 21:00:00");  // EEST, UTC+3
  CHECK(format_utc(week.till) == "2026-10-25 22:00:00");  // EET, UTC+2
  CHECK((week.till - week.from).count() == 169 * 3600);
  auto october = period_of("2026-10", "Europe/Vilnius", "2026-11-28 09:30:00");
  CHECK((october.till - october.from).count() == (31 * 24 + 1) * 3600);
  auto change_day = period_of("2026-10-25", "Europe/Vilnius", "2026-11-28 09:30:00");
  CHECK((change_day.till - change_day.from).count() == 25 * 3600);
  // Spring forward: the week of 2026-03-29 is an hour short.
  auto spring = period_of("this-week", "Europe/Vilnius", "2026-03-29 12:00:00");
  CHECK((spring.till - spring.from).count() == 167 * 3600);
}

TEST_CASE("period refuses other words, and --from or --till beside it", "[pages][period]") {
  CHECK(usage_message({std::nullopt, std::nullopt, "Today"}) ==
        "--period: 'Today' is not a period (use today, yesterday, this-week, last-week, this-month, "
        "last-month, YYYY-MM or YYYY-MM-DD)");
  for (const char* bad : {"", "tomorrow", "this_week", "2026-13", "2026-1", "2026-02-30", "2026-11-01 10:00:00"}) {
    INFO(bad);
    CHECK(usage_message({std::nullopt, std::nullopt, bad}).starts_with("--period: '"));
  }
  CHECK(usage_message({"2026-11-01", std::nullopt, "today"}).starts_with("--period cannot be used with --from"));
  CHECK(usage_message({std::nullopt, "2026-11-01", "today"}).starts_with("--period cannot be used with --till"));
}

TEST_CASE("a till alone is from the start of that day", "[pages][period]") {
  FixedClock clock(utc("2026-11-28 09:30:00"));
  TimeZone tashkent("Asia/Tashkent");
  auto past = resolve_period({std::nullopt, "2026-11-20"}, tashkent, clock, DefaultPeriod::today);
  CHECK(past.start_text == "2026-11-20 00:00:00");
  CHECK(past.end_text == "2026-11-20 23:59:59");
  auto to_a_time = resolve_period({std::nullopt, "2026-12-05 15:00:00"}, tashkent, clock, DefaultPeriod::today);
  CHECK(to_a_time.start_text == "2026-12-05 00:00:00");
  CHECK(to_a_time.end_text == "2026-12-05 15:00:00");
  auto stats = resolve_period({std::nullopt, "2026-10-20"}, tashkent, clock, DefaultPeriod::this_month);
  CHECK(stats.start_text == "2026-10-20 00:00:00");
}
