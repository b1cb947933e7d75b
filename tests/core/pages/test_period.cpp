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
  auto today = resolve_period(std::nullopt, std::nullopt, tashkent, clock, DefaultPeriod::today);
  CHECK(today.start_text == "2026-11-29 00:00:00");
  CHECK(today.end_text == "2026-11-29 23:59:59");
  CHECK(format_utc(today.from) == "2026-11-28 19:00:00");
  auto month = resolve_period(std::nullopt, std::nullopt, tashkent, clock, DefaultPeriod::this_month);
  CHECK(month.start_text == "2026-11-01 00:00:00");
  CHECK(month.end_text == "2026-11-30 23:59:59");
}

TEST_CASE("a --till date is the end of that day, and times are inclusive to the second", "[pages][period]") {
  TimeZone utc_zone = TimeZone::utc();
  FixedClock clock(utc("2026-11-28 09:30:00"));
  auto p = resolve_period("2026-11-01", "2026-11-02", utc_zone, clock, DefaultPeriod::today);
  CHECK(p.start_text == "2026-11-01 00:00:00");
  CHECK(p.end_text == "2026-11-02 23:59:59");
  auto q = resolve_period("2026-11-01 10:00:00", "2026-11-01 10:00:05", utc_zone, clock, DefaultPeriod::today);
  CHECK((q.till - q.from).count() == 6);
  auto open_end = resolve_period("2026-11-20", std::nullopt, utc_zone, clock, DefaultPeriod::today);
  CHECK(open_end.end_text == "2026-11-28 23:59:59");
}

TEST_CASE("periods across a DST change keep local midnight", "[pages][period]") {
  TimeZone sofia("Europe/Sofia");  // clocks go back on 2026-10-25
  FixedClock clock(utc("2026-11-28 09:30:00"));
  auto p = resolve_period("2026-10-25", "2026-10-25", sofia, clock, DefaultPeriod::today);
  CHECK(format_utc(p.from) == "2026-10-24 21:00:00");
  CHECK(format_utc(p.till) == "2026-10-25 22:00:00");  // a 25-hour day
  CHECK(p.end_text == "2026-10-25 23:59:59");
}

TEST_CASE("bad periods are usage errors naming the option", "[pages][period]") {
  TimeZone z = TimeZone::utc();
  FixedClock clock(utc("2026-11-28 09:30:00"));
  auto message = [&](std::optional<std::string_view> f, std::optional<std::string_view> t) {
    try {
      resolve_period(f, t, z, clock, DefaultPeriod::today);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("2026-02-30", std::nullopt).starts_with("--from: '2026-02-30' is not a date"));
  CHECK(message(std::nullopt, "yesterday").starts_with("--till: 'yesterday' is not a date"));
  CHECK(message("2026-11-28 25:00:00", std::nullopt).starts_with("--from:"));
  CHECK(message("2026-11-10", "2026-11-09").starts_with("--from (2026-11-10 00:00:00) must be before --till"));
}

TEST_CASE("a --till of 9999-12-31 is the end of that day in any zone, bounds kept in year 9999",
          "[pages][period]") {
  FixedClock clock(utc("2026-11-28 09:30:00"));
  for (const char* zone_name : {"UTC", "America/New_York", "Pacific/Kiritimati"}) {
    INFO(zone_name);
    TimeZone zone(zone_name);
    auto p = resolve_period("2026-11-01", "9999-12-31", zone, clock, DefaultPeriod::today);
    CHECK(p.start_text == "2026-11-01 00:00:00");
    CHECK(p.end_text == "9999-12-31 23:59:59");  // what was asked
    // Stored as text compared as strings: never past the last second of 9999.
    CHECK(format_utc(p.till) <= "9999-12-31 23:59:59");
    CHECK(format_utc(p.till).size() == 19);
  }
  TimeZone new_york("America/New_York");
  // Wholly past 9999-12-31 23:59:59 UTC: an empty period, not year 10000.
  auto late =
      resolve_period("9999-12-31 20:00:00", "9999-12-31 22:00:00", new_york, clock, DefaultPeriod::today);
  CHECK(late.start_text == "9999-12-31 20:00:00");
  CHECK(format_utc(late.from) == "9999-12-31 23:59:59");
  CHECK(late.from == late.till);
}
