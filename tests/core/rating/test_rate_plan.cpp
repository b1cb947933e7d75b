// Pricing of one call from rate details. Every expected value is worked out
// by hand in the comment next to it; prices are compared as exact decimal text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/rating/rate_plan.hpp"
#include "core/time/datetime.hpp"

using namespace kolmi::rating;
using kolmi::Decimal;

namespace {

Decimal dec(std::string_view text) {
  return *Decimal::parse(text);
}

Interval minute(std::int64_t from, std::int64_t duration, std::int64_t round, std::string_view price) {
  Interval iv;
  iv.from = from;
  iv.duration = duration;
  iv.kind = IntervalKind::minute;
  iv.round = round;
  iv.price = dec(price);
  return iv;
}

Interval event(std::int64_t from, std::string_view price) {
  Interval iv = minute(from, 0, 1, price);
  iv.kind = IntervalKind::event;
  return iv;
}

Interval windowed(Interval iv, std::string_view start, std::string_view end, DayType day) {
  iv.start_second = *parse_time_of_day(start);
  iv.end_second = *parse_time_of_day(end);
  iv.day = day;
  return iv;
}

// price, billed seconds and rate as one string, so a failure shows all three.
std::string priced(const RatePlan& plan, std::int64_t billsec, std::int64_t grace = 0, LocalMoment when = {},
                   const Conversion& conv = {}) {
  auto p = plan.price(CallSeconds{billsec, grace}, when, conv);
  if (!p) return "unrated";
  return p->price.to_string() + " for " + std::to_string(p->billed_seconds) + "s at " + p->rate.to_string();
}

LocalMoment at(std::string_view utc) {
  return local_moment(*kolmi::parse_utc(utc), nullptr);
}

}  // namespace

TEST_CASE("RatePlan: billing increments 1/1, 6/6, 60/60", "[rating][plan]") {
  // 0.10 per minute = 100,000,000 nanos per 60 s.
  SECTION("1/1") {
    RatePlan plan({minute(1, -1, 1, "0.10")}, 0);
    // 61 s x 100,000,000 / 60 = 101,666,666.67 nanos -> 101,666,667 (half away from zero).
    CHECK(priced(plan, 61) == "0.101666667 for 61s at 0.1");
    // 1 s: 100,000,000 / 60 = 1,666,666.67 -> 1,666,667.
    CHECK(priced(plan, 1) == "0.001666667 for 1s at 0.1");
    CHECK(priced(plan, 60) == "0.1 for 60s at 0.1");
  }
  SECTION("6/6") {
    RatePlan plan({minute(1, -1, 6, "0.10")}, 0);
    // 61 s -> ceil(61/6) = 11 blocks = 66 s; 66 x 0.10 / 60 = 0.11.
    CHECK(priced(plan, 61) == "0.11 for 66s at 0.1");
    CHECK(priced(plan, 60) == "0.1 for 60s at 0.1");  // 10 blocks exactly
    CHECK(priced(plan, 1) == "0.01 for 6s at 0.1");   // 6 x 0.10 / 60
  }
  SECTION("60/60") {
    RatePlan plan({minute(1, -1, 60, "0.10")}, 0);
    CHECK(priced(plan, 61) == "0.2 for 120s at 0.1");  // 2 minutes
    CHECK(priced(plan, 60) == "0.1 for 60s at 0.1");
    CHECK(priced(plan, 1) == "0.1 for 60s at 0.1");
  }
  SECTION("a minute interval from 0 starts billing at second 1") {
    // [0, infinity) meets the call's seconds [1, 61]: 61 s, not 62.
    CHECK(priced(RatePlan({minute(0, -1, 1, "0.10")}, 0), 61) == "0.101666667 for 61s at 0.1");
  }
  SECTION("round 0 or negative counts as 1") {
    CHECK(priced(RatePlan({minute(1, -1, 0, "0.10")}, 0), 61) == "0.101666667 for 61s at 0.1");
    CHECK(priced(RatePlan({minute(1, -1, -5, "0.10")}, 0), 61) == "0.101666667 for 61s at 0.1");
  }
}

TEST_CASE("RatePlan: the price is rounded once, half away from zero", "[rating][plan]") {
  // 1 nano per minute: 30 s = 30/60 = 0.5 nano -> 1 nano; 29 s = 0.483 -> 0.
  RatePlan one({minute(1, -1, 1, "0.000000001")}, 0);
  CHECK(priced(one, 30) == "0.000000001 for 30s at 0.000000001");
  CHECK(priced(one, 29) == "0 for 29s at 0.000000001");
  // Two intervals of 30 s each at 1 nano per minute: 0.5 + 0.5 = exactly 1
  // nano. Rounding each interval on its own would give 1 + 1 = 2 nanos.
  RatePlan two({minute(1, 30, 1, "0.000000001"), minute(31, -1, 1, "0.000000001")}, 0);
  CHECK(priced(two, 60) == "0.000000001 for 60s at 0.000000001");
}

TEST_CASE("RatePlan: minimal time", "[rating][plan]") {
  RatePlan plan({minute(1, -1, 1, "0.10")}, 60);
  CHECK(priced(plan, 10) == "0.1 for 60s at 0.1");    // max(10, 60) = 60 s -> 0.10
  CHECK(priced(plan, 75) == "0.125 for 75s at 0.1");  // 75 x 0.10 / 60 = 0.125
  CHECK(priced(plan, 0) == "0 for 0s at 0.1");        // not billable: min time does not apply
}

TEST_CASE("RatePlan: connection fee and later events", "[rating][plan]") {
  SECTION("event at 1") {
    RatePlan plan({event(1, "0.05"), minute(1, -1, 1, "0.10")}, 0);
    CHECK(priced(plan, 30) == "0.1 for 30s at 0.1");  // 0.05 + 30 x 0.10 / 60 = 0.05 + 0.05
    // 0.05 + 1,666,666.67 nanos: 50,000,000 + 1,666,666.67 = 51,666,666.67 -> 0.051666667
    CHECK(priced(plan, 1) == "0.051666667 for 1s at 0.1");
    CHECK(priced(plan, 0) == "0 for 0s at 0.1");  // no fee on a call of 0 s
  }
  SECTION("event at 0 is a connection fee too") {
    RatePlan plan({minute(1, -1, 1, "0.10"), event(0, "0.05")}, 0);
    CHECK(priced(plan, 30) == "0.1 for 30s at 0.1");
  }
  SECTION("event at 61 is charged once the call passes a minute") {
    RatePlan plan({minute(1, -1, 60, "0.10"), event(61, "0.02")}, 0);
    CHECK(priced(plan, 60) == "0.1 for 60s at 0.1");    // not reached
    CHECK(priced(plan, 61) == "0.22 for 120s at 0.1");  // 2 minutes 0.20 + 0.02
  }
  SECTION("events alone: rate 0, billed 0") {
    RatePlan plan({event(1, "0.30")}, 0);
    CHECK(priced(plan, 200) == "0.3 for 0s at 0");
  }
}

TEST_CASE("RatePlan: grace time", "[rating][plan]") {
  RatePlan plan({event(1, "0.05"), minute(1, -1, 1, "0.10")}, 60);
  CHECK(priced(plan, 5, 5) == "0 for 0s at 0.1");  // billsec <= grace: free, fee included
  CHECK(priced(plan, 3, 5) == "0 for 0s at 0.1");  // grace wins over the 60 s minimal time
  // 6 s > 5: billable; S = max(6, 60) = 60 -> 0.05 + 0.10 = 0.15
  CHECK(priced(plan, 6, 5) == "0.15 for 60s at 0.1");
  // grace 0 means none: 1 s is billable (min time 60) -> 0.15
  CHECK(priced(plan, 1, 0) == "0.15 for 60s at 0.1");
}

TEST_CASE("RatePlan: first 30 s in one block, then by 6 s", "[rating][plan]") {
  RatePlan plan({minute(31, -1, 6, "0.06"), minute(1, 30, 30, "0.12")}, 0);  // any order in
  // 10 s: first interval 10 s -> 30 s; second not reached. 30 x 0.12 / 60 = 0.06
  CHECK(priced(plan, 10) == "0.06 for 30s at 0.12");
  CHECK(priced(plan, 30) == "0.06 for 30s at 0.12");
  // 31 s: 30 s at 0.12 + 1 s -> 6 s at 0.06:
  // (120,000,000 x 30 + 60,000,000 x 6) / 60 = 3,960,000,000 / 60 = 66,000,000
  CHECK(priced(plan, 31) == "0.066 for 36s at 0.12");
  // 45 s: 30 s + (15 s -> 18 s): (3,600,000,000 + 1,080,000,000) / 60 = 78,000,000
  CHECK(priced(plan, 45) == "0.078 for 48s at 0.12");
}

TEST_CASE("RatePlan: time-of-day windows", "[rating][plan]") {
  RatePlan plan({windowed(minute(1, -1, 60, "0.20"), "08:00:00", "19:59:59", DayType::any),
                 windowed(minute(1, -1, 60, "0.05"), "20:00:00", "07:59:59", DayType::any)},
                0);
  REQUIRE(plan.time_dependent());
  // 60 s at the rate of the window holding the start (UTC here).
  CHECK(priced(plan, 60, 0, at("2024-06-03 09:00:00")) == "0.2 for 60s at 0.2");
  CHECK(priced(plan, 60, 0, at("2024-06-03 22:00:00")) == "0.05 for 60s at 0.05");
  CHECK(priced(plan, 60, 0, at("2024-06-03 07:59:59")) == "0.05 for 60s at 0.05");
  CHECK(priced(plan, 60, 0, at("2024-06-03 08:00:00")) == "0.2 for 60s at 0.2");
  CHECK(priced(plan, 60, 0, at("2024-06-03 19:59:59")) == "0.2 for 60s at 0.2");
  CHECK(priced(plan, 60, 0, at("2024-06-03 20:00:00")) == "0.05 for 60s at 0.05");
  CHECK(priced(plan, 60, 0, at("2024-06-03 00:00:00")) == "0.05 for 60s at 0.05");
}

TEST_CASE("RatePlan: work days and free days", "[rating][plan]") {
  RatePlan plan({windowed(minute(1, -1, 1, "0.10"), "00:00:00", "23:59:59", DayType::workday),
                 windowed(minute(1, -1, 1, "0.02"), "00:00:00", "23:59:59", DayType::freeday)},
                0);
  REQUIRE(plan.time_dependent());
  CHECK(priced(plan, 60, 0, at("2024-05-31 23:59:59")) == "0.1 for 60s at 0.1");    // Friday
  CHECK(priced(plan, 60, 0, at("2024-06-01 00:00:00")) == "0.02 for 60s at 0.02");  // Saturday
  CHECK(priced(plan, 60, 0, at("2024-06-02 12:00:00")) == "0.02 for 60s at 0.02");  // Sunday
  CHECK(priced(plan, 60, 0, at("2024-06-03 00:00:00")) == "0.1 for 60s at 0.1");    // Monday

  RatePlan weekdays_only({windowed(minute(1, -1, 1, "0.10"), "00:00:00", "23:59:59", DayType::workday)}, 0);
  CHECK(priced(weekdays_only, 60, 0, at("2024-06-01 10:00:00")) == "unrated");  // Saturday
  CHECK(priced(weekdays_only, 0, 0, at("2024-06-01 10:00:00")) == "unrated");
}

TEST_CASE("RatePlan: all-day details never need the clock", "[rating][plan]") {
  RatePlan plan({event(1, "0.01"), minute(1, -1, 1, "0.10")}, 0);
  CHECK_FALSE(plan.time_dependent());
  RatePlan fd({windowed(minute(1, -1, 1, "0.10"), "00:00:00", "23:59:59", DayType::freeday)}, 0);
  CHECK(fd.time_dependent());
  RatePlan night({windowed(minute(1, -1, 1, "0.10"), "00:00:00", "07:59:59", DayType::any)}, 0);
  CHECK(night.time_dependent());
}

TEST_CASE("RatePlan: no details means no price", "[rating][plan]") {
  CHECK(priced(RatePlan({}, 0), 60) == "unrated");
}

TEST_CASE("RatePlan: currency conversion is folded into the single rounding", "[rating][plan]") {
  RatePlan plan({minute(1, -1, 1, "0.10")}, 0);
  // EUR at 0.85 per USD; a EUR price in USD is x 1 / 0.85.
  Conversion eur{Decimal::from_units(1), dec("0.85")};
  // 100,000,000 x 61 x 1,000,000,000 / (60 x 850,000,000) = 119,607,843.14 -> 119,607,843.
  // (Rounding twice would give 101,666,667 / 0.85 = 119,607,843.5 -> ...844.)
  // rate: 100,000,000 / 0.85 = 117,647,058.8 -> 117,647,059.
  CHECK(priced(plan, 61, 0, {}, eur) == "0.119607843 for 61s at 0.117647059");
}

TEST_CASE("local_moment: second of day and free days", "[rating][plan]") {
  auto m = at("1970-01-01 00:00:00");  // a Thursday
  CHECK(m.second_of_day == 0);
  CHECK_FALSE(m.free_day);
  m = at("2024-06-01 12:34:56");  // a Saturday; 12 x 3600 + 34 x 60 + 56 = 45,296
  CHECK(m.second_of_day == 45'296);
  CHECK(m.free_day);
  m = at("1969-12-31 23:59:59");  // before the epoch: a Wednesday
  CHECK(m.second_of_day == 86'399);
  CHECK_FALSE(m.free_day);
  CHECK(at("1969-12-27 10:00:00").free_day);  // a Saturday

  // 2024-06-02 22:30 UTC, a Sunday, is Monday 01:30 in Vilnius (UTC+3 in summer).
  kolmi::TimeZone vilnius("Europe/Vilnius");
  auto local = local_moment(*kolmi::parse_utc("2024-06-02 22:30:00"), &vilnius);
  CHECK(local.second_of_day == 5'400);
  CHECK_FALSE(local.free_day);
}

TEST_CASE("parse_time_of_day and parse_day_type", "[rating][plan]") {
  CHECK(parse_time_of_day("00:00:00") == 0);
  CHECK(parse_time_of_day("23:59:59") == 86'399);
  CHECK(parse_time_of_day("08:30:15") == 30'615);  // 8 x 3600 + 30 x 60 + 15
  CHECK_FALSE(parse_time_of_day("24:00:00"));
  CHECK_FALSE(parse_time_of_day("8:00:00"));
  CHECK_FALSE(parse_time_of_day("08:00"));
  CHECK_FALSE(parse_time_of_day("08:60:00"));
  CHECK_FALSE(parse_time_of_day("ab:cd:ef"));
  CHECK(parse_day_type("") == DayType::any);
  CHECK(parse_day_type("WD") == DayType::workday);
  CHECK(parse_day_type("FD") == DayType::freeday);
  CHECK_FALSE(parse_day_type("SA"));
}
