#include <catch2/catch.hpp>

#include "core/time/datetime.hpp"
#include "core/time/local_time_formatter.hpp"

using namespace kolmi;

namespace {
Seconds utc(const char* s) {
  return *parse_utc(s);
}
}  // namespace

TEST_CASE("the local time formatter writes exactly what format_local writes", "[calls][time]") {
  // Zones with DST both ways, a half-hour DST (Lord Howe), a fixed offset, UTC.
  for (const char* name : {"Europe/Sofia", "America/New_York", "Australia/Lord_Howe", "Asia/Tashkent", "UTC",
                           "Asia/Kathmandu"}) {
    TimeZone zone(name);
    LocalTimeFormatter f(zone);
    LocalTimeFormatter::Buffer buf{};
    INFO(name);
    // Every 17 minutes and 13 seconds through 2026, in order, then a few
    // jumps backwards and far away so the cached span is left both ways.
    for (Seconds t = utc("2026-01-01 00:00:00"); t < utc("2027-01-01 00:00:00");
         t += std::chrono::seconds{1033}) {
      REQUIRE(std::string(f.format(t, buf)) == zone.format_local(t));
    }
    for (const char* s :
         {"2026-03-29 00:59:59", "2026-03-29 01:00:00", "1999-12-31 23:59:59", "2026-10-25 00:59:59",
          "2026-10-25 01:00:00", "2041-07-01 12:00:00", "1970-01-01 00:00:00", "1969-12-31 23:59:59"}) {
      INFO(s);
      CHECK(std::string(f.format(utc(s), buf)) == zone.format_local(utc(s)));
    }
  }
}

TEST_CASE("local days follow the wall clock across a DST change", "[calls][time]") {
  TimeZone sofia("Europe/Sofia");  // 2026-10-25: 04:00 EEST becomes 03:00 EET; that day has 25 hours
  LocalTimeFormatter f(sofia);
  std::array<char, 10> day{};
  const std::int64_t d25 = f.local_day(utc("2026-10-24 21:00:00"));  // 00:00:00 local
  CHECK(LocalTimeFormatter::day_text(d25, day) == "2026-10-25");
  CHECK(f.local_day(utc("2026-10-24 20:59:59")) == d25 - 1);
  CHECK(f.local_day(utc("2026-10-25 21:59:59")) == d25);      // 23:59:59 EET
  CHECK(f.local_day(utc("2026-10-25 22:00:00")) == d25 + 1);  // next midnight
  CHECK(LocalTimeFormatter::day_text(0, day) == "1970-01-01");
  CHECK(LocalTimeFormatter::day_text(-1, day) == "1969-12-31");
}
