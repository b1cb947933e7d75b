#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/time/datetime.hpp"

using namespace kolmi;

namespace {
Seconds utc(const char* s) { return *parse_utc(s); }
}  // namespace

TEST_CASE("UTC text round-trips and rejects impossible dates", "[time]") {
  CHECK(format_utc(utc("2026-11-28 01:45:18")) == "2026-11-28 01:45:18");
  CHECK(format_utc(utc("2026-11-28")) == "2026-11-28 00:00:00");
  CHECK_FALSE(parse_utc("2026-02-30 00:00:00"));
  CHECK_FALSE(parse_utc("2026-13-01"));
  CHECK_FALSE(parse_utc("2026-11-28 24:00:00"));
  CHECK_FALSE(parse_utc("28.11.2026"));
  CHECK_FALSE(parse_utc(""));
}

TEST_CASE("typed times take only the documented forms, CDRs may use T", "[time]") {
  CHECK_FALSE(parse_utc("2026-11-01T10:00:00"));
  CHECK_FALSE(parse_utc("2026-11-01 10:00"));
  CHECK_FALSE(parse_utc("2026-11-01 10:00:00Z"));
  CHECK_FALSE(parse_utc("2026-11-01 10:00:00.000"));
  CHECK_FALSE(parse_utc("2026-11-01 "));
  CHECK(parse_utc_or_iso("2026-11-01T10:00:00") == parse_utc("2026-11-01 10:00:00"));
  CHECK(parse_utc_or_iso("2026-11-01 10:00:00") == parse_utc("2026-11-01 10:00:00"));
  CHECK_FALSE(parse_utc_or_iso("2026-11-01t10:00:00"));
  CHECK_THROWS_AS(TimeZone::utc().to_utc("2026-11-01T10:00:00"), Error);
}

TEST_CASE("local day numbers and their starts", "[time]") {
  TimeZone tashkent("Asia/Tashkent");
  const std::int64_t day = tashkent.local_day(utc("2026-11-28 20:30:00"));  // 01:30 on the 29th there
  CHECK(tashkent.local_day(utc("2026-11-28 18:59:59")) == day - 1);
  CHECK(format_utc(tashkent.start_of_local_day(day)) == "2026-11-28 19:00:00");
  TimeZone sofia("Europe/Sofia");
  const std::int64_t change = sofia.local_day(utc("2026-10-25 12:00:00"));
  CHECK((sofia.start_of_local_day(change + 1) - sofia.start_of_local_day(change)).count() == 25 * 3600);
}

TEST_CASE("local times in a user's zone", "[time]") {
  TimeZone tashkent("Asia/Tashkent");  // UTC+5, no DST
  CHECK(tashkent.format_local(utc("2026-11-28 20:00:00")) == "2026-11-29 01:00:00");
  CHECK(format_utc(tashkent.to_utc("2026-11-29 01:00:00")) == "2026-11-28 20:00:00");
  CHECK(format_utc(tashkent.start_of_day(utc("2026-11-28 20:00:00"))) == "2026-11-28 19:00:00");
  CHECK(format_utc(tashkent.start_of_month(utc("2026-11-30 20:00:00"))) == "2026-11-30 19:00:00");
  CHECK_THROWS_AS(TimeZone("Mars/Olympus"), Error);
}

TEST_CASE("days across a DST change", "[time]") {
  TimeZone sofia("Europe/Sofia");  // EEST -> EET on 2026-10-25 04:00 local
  // The day of the change lasts 25 hours.
  Seconds start = sofia.start_of_day(utc("2026-10-25 12:00:00"));
  Seconds next = sofia.start_of_next_day(utc("2026-10-25 12:00:00"));
  CHECK(format_utc(start) == "2026-10-24 21:00:00");
  CHECK(format_utc(next) == "2026-10-25 22:00:00");
  CHECK((next - start).count() == 25 * 3600);
  // Spring forward: 03:30 on 2026-03-29 does not exist; it maps past the gap.
  CHECK(format_utc(sofia.to_utc("2026-03-29 03:30:00")) == "2026-03-29 01:00:00");
  // Fall back: 03:30 on 2026-10-25 happens twice; the earlier one is taken.
  CHECK(format_utc(sofia.to_utc("2026-10-25 03:30:00")) == "2026-10-25 00:30:00");
  CHECK(format_utc(sofia.start_of_next_month(utc("2026-10-25 12:00:00"))) == "2026-10-31 22:00:00");
}

TEST_CASE("the start of the day after 9999-12-31 is an instant, not a date", "[time]") {
  // Computed on time points: "10000-01-01" would be no date to parse.
  TimeZone utc_zone = TimeZone::utc();
  const Seconds last_day = *parse_utc("9999-12-31 12:00:00");
  CHECK(utc_zone.start_of_next_day(last_day) == *parse_utc("9999-12-31 23:59:59") + std::chrono::seconds{1});
  CHECK(utc_zone.start_of_next_month(last_day) == utc_zone.start_of_next_day(last_day));
  TimeZone new_york("America/New_York");
  CHECK(new_york.start_of_next_day(last_day) ==
        *parse_utc("9999-12-31 23:59:59") + std::chrono::seconds{1} + std::chrono::hours{5});
}
