// MOR's subscription rules in one invoice month, against amounts computed
// by hand: a monthly fee prorated by day over 28-, 30- and 31-day months,
// subscriptions starting and ending mid-month, one-time fees inside and
// outside the month, fees by the day.
#include <catch2/catch.hpp>

#include "core/billing/subscription_charge.hpp"
#include "core/time/civil_days.hpp"

using kolmi::Decimal;
using namespace kolmi::billing;

namespace {

std::int64_t day(int y, int m, int d) { return kolmi::tz::days_from_civil(y, m, d); }

LocalDays month(int y, int m) {
  const int next_y = m == 12 ? y + 1 : y;
  const int next_m = m == 12 ? 1 : m + 1;
  return {.first = day(y, m, 1), .end = day(next_y, next_m, 1)};
}

Decimal dec(const char* text) { return *Decimal::parse(text); }

SubscriptionTerms monthly(const char* price, std::int64_t start, std::optional<std::int64_t> end = std::nullopt) {
  return {.servicetype = "periodic_fee", .periodtype = "month", .price = dec(price), .start_day = start, .end_day = end};
}

}  // namespace

TEST_CASE("a monthly fee over a whole month is its price, whatever the month's length", "[billing]") {
  for (auto [y, m, days] : {std::tuple{2026, 2, 28}, std::tuple{2028, 2, 29}, std::tuple{2026, 9, 30},
                            std::tuple{2026, 10, 31}}) {
    const auto c = charge_in_period(monthly("4.99", day(2025, 1, 15)), month(y, m));
    REQUIRE(c);
    CHECK(c->quantity == days);
    CHECK(c->amount == dec("4.99"));
  }
}

TEST_CASE("a monthly fee starting mid-month: price x days / days of the month, rounded once", "[billing]") {
  // Starts on the 15th: 2026-02 (28 days) 14 days; 2026-09 (30) 16 days; 2026-10 (31) 17 days.
  auto c = charge_in_period(monthly("4.99", day(2026, 2, 15)), month(2026, 2));
  REQUIRE(c);
  CHECK(c->quantity == 14);
  CHECK(c->amount == dec("2.495"));  // 4.99 x 14 / 28, exact
  c = charge_in_period(monthly("4.99", day(2026, 9, 15)), month(2026, 9));
  REQUIRE(c);
  CHECK(c->quantity == 16);
  CHECK(c->amount == dec("2.661333333"));  // 79.84 / 30 = 2.66133333333.., rounded once to nano-units
  c = charge_in_period(monthly("4.99", day(2026, 10, 15)), month(2026, 10));
  REQUIRE(c);
  CHECK(c->quantity == 17);
  CHECK(c->amount == dec("2.736451613"));  // 84.83 / 31 = 2.7364516129.., rounded half away from zero
}

TEST_CASE("a monthly fee ending mid-month counts its last day, and one starting and ending inside both", "[billing]") {
  // Ends on 2026-10-10 (10 days of 31).
  auto c = charge_in_period(monthly("15", day(2026, 1, 1), day(2026, 10, 10)), month(2026, 10));
  REQUIRE(c);
  CHECK(c->quantity == 10);
  CHECK(c->amount == dec("4.838709677"));  // 150 / 31 = 4.83870967741..
  // 2026-09-11 to 2026-09-20: 10 days of 30.
  c = charge_in_period(monthly("3", day(2026, 9, 11), day(2026, 9, 20)), month(2026, 9));
  REQUIRE(c);
  CHECK(c->quantity == 10);
  CHECK(c->amount == dec("1"));
  // One day: the same start and end day.
  c = charge_in_period(monthly("31", day(2026, 10, 5), day(2026, 10, 5)), month(2026, 10));
  REQUIRE(c);
  CHECK(c->quantity == 1);
  CHECK(c->amount == dec("1"));
}

TEST_CASE("a subscription outside the month charges nothing", "[billing]") {
  CHECK_FALSE(charge_in_period(monthly("5", day(2026, 11, 1)), month(2026, 10)));               // starts after
  CHECK_FALSE(charge_in_period(monthly("5", day(2026, 1, 1), day(2026, 9, 30)), month(2026, 10)));  // ended before
  CHECK_FALSE(charge_in_period(monthly("5", day(2026, 10, 9), day(2026, 10, 8)), month(2026, 10)));  // ends before it starts
}

TEST_CASE("a one-time fee is charged once, in the month it starts", "[billing]") {
  SubscriptionTerms setup{.servicetype = "one_time_fee", .periodtype = "month", .price = dec("10"),
                          .start_day = day(2026, 10, 20), .end_day = day(2026, 10, 21)};
  const auto inside = charge_in_period(setup, month(2026, 10));
  REQUIRE(inside);
  CHECK(inside->quantity == 1);
  CHECK(inside->amount == dec("10"));
  CHECK_FALSE(charge_in_period(setup, month(2026, 9)));
  CHECK_FALSE(charge_in_period(setup, month(2026, 11)));
  setup.end_day = std::nullopt;  // no end: still once
  CHECK_FALSE(charge_in_period(setup, month(2026, 12)));
}

TEST_CASE("a fee by the day costs its price per day charged, and a flat rate is charged as a monthly fee",
          "[billing]") {
  const auto daily = charge_in_period({.servicetype = "periodic_fee", .periodtype = "day", .price = dec("0.25"),
                                       .start_day = day(2026, 10, 22)},
                                      month(2026, 10));
  REQUIRE(daily);
  CHECK(daily->quantity == 10);
  CHECK(daily->amount == dec("2.5"));
  const auto flat = charge_in_period({.servicetype = "flat_rate", .periodtype = "month", .price = dec("15"),
                                      .start_day = day(2026, 9, 21)},
                                     month(2026, 9));
  REQUIRE(flat);
  CHECK(flat->amount == dec("5"));  // 15 x 10 / 30
}
