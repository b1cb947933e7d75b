#include <catch2/catch.hpp>

#include "core/time/civil_days.hpp"
#include "core/time/posix_tz_rule.hpp"

using namespace kolmi::tz;

namespace {

constexpr std::int64_t kHour = 3600;

std::int64_t utc(std::int64_t y, int m, int d, std::int64_t seconds = 0) {
  return days_from_civil(y, m, d) * 86'400 + seconds;
}

std::int32_t offset_at(const PosixTzRule& rule, std::int64_t t) {
  return rule.span_at(t, -(std::int64_t{1} << 40), std::int64_t{1} << 40).offset;
}

}  // namespace

TEST_CASE("civil day arithmetic", "[time][tzif]") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11'017);
  CHECK(days_from_civil(1969, 12, 31) == -1);
  CHECK(civil_year_of(-1) == 1969);
  CHECK(civil_year_of(days_from_civil(2400, 12, 31)) == 2400);
  CHECK(civil_year_of(days_from_civil(-400, 1, 1)) == -400);
  CHECK(weekday_of(0) == 4);                              // Thursday
  CHECK(weekday_of(days_from_civil(2026, 11, 29)) == 0);  // a Sunday
  CHECK(weekday_of(-1) == 3);
  CHECK(days_in_month(2100, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
}

TEST_CASE("POSIX TZ strings: standard time only", "[time][tzif]") {
  auto r = parse_posix_tz("EST5");
  REQUIRE(r);
  CHECK(r->std_offset == -5 * kHour);
  CHECK_FALSE(r->dst);
  CHECK(parse_posix_tz("<+0545>-5:45")->std_offset == 5 * kHour + 45 * 60);
  CHECK(parse_posix_tz("<-0930>9:30")->std_offset == -(9 * kHour + 30 * 60));
  CHECK(parse_posix_tz("UTC0")->std_offset == 0);
  CHECK(parse_posix_tz("<-00>0")->std_offset == 0);
  CHECK(parse_posix_tz("XXX+1:02:03")->std_offset == -(kHour + 2 * 60 + 3));
  CHECK(parse_posix_tz("<+14>-14")->std_offset == 14 * kHour);
  CHECK(parse_posix_tz("ABC24")->std_offset == -24 * kHour);
}

TEST_CASE("POSIX TZ strings: daylight time and its rules", "[time][tzif]") {
  auto ny = parse_posix_tz("EST5EDT,M3.2.0,M11.1.0");
  REQUIRE(ny);
  REQUIRE(ny->dst);
  CHECK(ny->dst->offset == -4 * kHour);  // one hour ahead by default
  CHECK(ny->dst->start.kind == RuleDay::Kind::month_week_day);
  CHECK(ny->dst->start.time == 2 * kHour);
  // 2050: DST from March 13 02:00 EST to November 6 02:00 EDT.
  CHECK(ny->dst->start.day_in(2050) == days_from_civil(2050, 3, 13));
  CHECK(ny->dst->end.day_in(2050) == days_from_civil(2050, 11, 6));
  CHECK(offset_at(*ny, utc(2050, 3, 13, 7 * kHour - 1)) == -5 * kHour);
  CHECK(offset_at(*ny, utc(2050, 3, 13, 7 * kHour)) == -4 * kHour);
  CHECK(offset_at(*ny, utc(2050, 11, 6, 6 * kHour - 1)) == -4 * kHour);
  CHECK(offset_at(*ny, utc(2050, 11, 6, 6 * kHour)) == -5 * kHour);
  const PosixTzRule::Span summer = ny->span_at(utc(2050, 7, 1), 0, std::int64_t{1} << 40);
  CHECK(summer.begin == utc(2050, 3, 13, 7 * kHour));
  CHECK(summer.end == utc(2050, 11, 6, 6 * kHour));

  // Week 5 is the last such weekday: Europe's last Sunday of March 2052 is the 31st.
  auto eu = parse_posix_tz("CET-1CEST,M3.5.0,M10.5.0/3");
  REQUIRE(eu);
  CHECK(eu->dst->start.day_in(2052) == days_from_civil(2052, 3, 31));
  CHECK(eu->dst->start.day_in(2051) == days_from_civil(2051, 3, 26));
  CHECK(eu->dst->end.time == 3 * kHour);

  // Southern hemisphere, 30-minute DST (Lord Howe).
  auto lh = parse_posix_tz("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0/3");
  REQUIRE(lh);
  CHECK(offset_at(*lh, utc(2100, 1, 1)) == 11 * kHour);
  CHECK(offset_at(*lh, utc(2100, 7, 1)) == 10 * kHour + 30 * 60);

  // Negative times (Nuuk: -1:00 on the last Saturday's clock) and times
  // past 24 hours (Gaza-style 50:00, Chile's 24:00).
  auto nuuk = parse_posix_tz("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
  REQUIRE(nuuk);
  CHECK(nuuk->dst->start.time == -kHour);
  // Last Sunday of March 2060 is the 28th; at -1:00 it is Saturday 23:00 at -02, 01:00 UTC.
  CHECK(offset_at(*nuuk, utc(2060, 3, 28, kHour - 1)) == -2 * kHour);
  CHECK(offset_at(*nuuk, utc(2060, 3, 28, kHour)) == -1 * kHour);
  auto gaza = parse_posix_tz("EET-2EEST,M3.4.4/50,M10.4.4/50");
  REQUIRE(gaza);
  CHECK(gaza->dst->start.time == 50 * kHour);
  CHECK(parse_posix_tz("<-04>4<-03>,M9.1.6/24,M4.1.6/24")->dst->end.time == 24 * kHour);
  CHECK(parse_posix_tz("XXX3YYY,M3.2.0/167,M11.1.0/-167")->dst->end.time == -167 * kHour);

  // Negative DST: Dublin's standard time is summer's, winter is "daylight".
  auto dublin = parse_posix_tz("IST-1GMT0,M10.5.0,M3.5.0/1");
  REQUIRE(dublin);
  CHECK(offset_at(*dublin, utc(2090, 1, 15)) == 0);
  CHECK(offset_at(*dublin, utc(2090, 7, 15)) == kHour);

  // Explicit daylight offset, Jn and n days.
  auto julian = parse_posix_tz("AAA3BBB1,J60/0,300/0");
  REQUIRE(julian);
  CHECK(julian->dst->offset == -kHour);
  CHECK(julian->dst->start.day_in(2024) == days_from_civil(2024, 3, 1));  // J60: March 1 even in a leap year
  CHECK(julian->dst->start.day_in(2023) == days_from_civil(2023, 3, 1));
  CHECK(julian->dst->end.day_in(2024) == days_from_civil(2024, 1, 1) + 300);  // n counts February 29
}

TEST_CASE("POSIX TZ strings: DST all year", "[time][tzif]") {
  // RFC 8536 §3.3.1's example: each end meets the next start.
  auto all_year = parse_posix_tz("EST5EDT,0/0,J365/25");
  REQUIRE(all_year);
  for (int y : {2040, 2041, 2100})
    for (int m : {1, 6, 12}) CHECK(offset_at(*all_year, utc(y, m, 1)) == -4 * kHour);
  CHECK(offset_at(*all_year, utc(2041, 1, 1, 5 * kHour)) == -4 * kHour);  // the seam
  const PosixTzRule::Span span = all_year->span_at(utc(2041, 1, 1, 5 * kHour), 0, std::int64_t{1} << 40);
  CHECK(span.begin < utc(2041, 1, 1, 5 * kHour));
  CHECK(span.end > utc(2041, 1, 1, 5 * kHour));
}

TEST_CASE("POSIX TZ strings: malformed ones are refused", "[time][tzif]") {
  for (const char* bad : {"",
                          "EST",                         // no offset
                          "ES5",                         // name too short
                          "<+1>-1",                      // quoted name too short
                          "<+01-1",                      // unclosed
                          "<+0!>-1",                     // bad character
                          "5",                           // no name
                          "EST25",                       // offset past 24 hours
                          "EST5:60",                     // minutes past 59
                          "EST5:3:",                     // dangling colon
                          "EST5 ",                       // trailing text
                          "EST5EDT",                     // daylight name without rule
                          "EST5EDT,M3.2.0",              // one date only
                          "EST5EDT,M3.2.0,",             // empty end
                          "EST5EDT,M13.2.0,M11.1.0",     // month 13
                          "EST5EDT,M0.2.0,M11.1.0",      // month 0
                          "EST5EDT,M3.6.0,M11.1.0",      // week 6
                          "EST5EDT,M3.0.0,M11.1.0",      // week 0
                          "EST5EDT,M3.2.7,M11.1.0",      // weekday 7
                          "EST5EDT,M3.2,M11.1.0",        // missing weekday
                          "EST5EDT,J0,J365",             // J counts from 1
                          "EST5EDT,J366,J365",           // past 365
                          "EST5EDT,366,0",               // n past 365
                          "EST5EDT,M3.2.0/168,M11.1.0",  // time past 167 hours
                          "EST5EDT,M3.2.0/,M11.1.0",     // empty time
                          "EST5EDT,M3.2.0,M11.1.0,",     // trailing comma
                          "EST5EDT,M3.2.0,M11.1.0x",     // trailing text
                          "EST5EDT4:99,M3.2.0,M11.1.0"}) {
    INFO(bad);
    CHECK_FALSE(parse_posix_tz(bad));
  }
}
