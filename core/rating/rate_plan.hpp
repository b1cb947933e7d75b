#pragma once
// Pricing one call from one rate's details (MOR's aratedetails).
//
// THE RULES (shared/spec/domain.md "Pricing a call"; tests/core/rating/
// test_rate_plan.cpp works each one out by hand):
//  1. Applicable details: a detail applies when the call's start, on the wall
//     clock of the call's zone (UTC when none), lies inside its time-of-day
//     window [start_time, end_time] (both ends included; a window whose end is
//     before its start wraps past midnight, 22:00:00-05:59:59) and its daytype
//     matches: '' any day, 'WD' Monday-Friday, 'FD' Saturday and Sunday.
//     When every detail is all-day and any-day the clock is never consulted.
//     No applicable detail at all: the rate does not cover the call (no_rate).
//  2. Billable: billsec > 0 and, when grace_time > 0, billsec > grace_time.
//     A call that is not billable costs 0 and bills 0 seconds, but is rated.
//  3. Effective seconds S = max(billsec, min_time) for a billable call.
//  4. Intervals in order of `from` (then of their ids). Interval i covers
//     seconds [from, from + duration - 1], or [from, infinity) when
//     duration < 0, and is reached when S >= max(from, 1).
//     - 'minute': the seconds of [1, S] inside it, rounded UP to a multiple of
//       `round` (round <= 0 counts as 1), at price/60 per second; these
//       rounded seconds add to billed_seconds.
//     - 'event': its price once (from 0 or 1: a connection fee on every
//       billable call).
//  5. Exact sum, rounded once: minute parts accumulate as nanos x seconds in
//     128 bits; price = round_half_away(minute_sum / 60 + events). A currency
//     conversion (Conversion below) is folded into that same single rounding.
//  6. `rate` = price of the first applicable minute interval (0 if none),
//     converted like the price; reported for billable and free calls alike.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/time/clock.hpp"

namespace kolmi {
class TimeZone;
}

namespace kolmi::rating {

enum class DayType : std::uint8_t { any, workday, freeday };
enum class IntervalKind : std::uint8_t { minute, event };

inline constexpr std::int32_t kSecondsPerDay = 86'400;

// '' -> any, 'WD' -> workday, 'FD' -> freeday; nullopt for anything else.
std::optional<DayType> parse_day_type(std::string_view text);
// 'HH:MM:SS' (00:00:00-23:59:59) -> seconds since midnight; nullopt when malformed.
std::optional<std::int32_t> parse_time_of_day(std::string_view text);

// The wall-clock facts of a call's start that details depend on.
struct LocalMoment {
  std::int32_t second_of_day = 0;  // 0..86399
  bool free_day = false;           // Saturday or Sunday
};
// The moment of `start` on the wall clock of `zone` (UTC when nullptr).
LocalMoment local_moment(Seconds start, const TimeZone* zone);

// One aratedetails row.
struct Interval {
  std::int64_t from = 1;
  std::int64_t duration = -1;  // < 0: to the end of the call
  IntervalKind kind = IntervalKind::minute;
  std::int64_t round = 1;
  Decimal price;  // per minute ('minute') or once ('event')
  std::int32_t start_second = 0;
  std::int32_t end_second = kSecondsPerDay - 1;
  DayType day = DayType::any;

  bool any_time() const {
    return day == DayType::any && start_second == 0 && end_second >= kSecondsPerDay - 1;
  }
  bool applies_at(LocalMoment m) const;
};

// Converts prices by price x numerator / denominator (both positive), e.g.
// from a tariff's currency to the default currency: x rate(default) / rate(tariff).
struct Conversion {
  Decimal numerator = Decimal::from_units(1);
  Decimal denominator = Decimal::from_units(1);
  bool is_identity() const { return numerator == denominator; }
};

struct CallSeconds {
  std::int64_t billsec = 0;
  std::int64_t grace_time = 0;
};

struct Priced {
  Decimal rate;
  std::int64_t billed_seconds = 0;
  Decimal price;
};

// What RatePlan::price did, rule by rule, for an explanation (kolmi admin
// explain, kolmi admin rate). Filling it never changes the result.
struct IntervalStep {
  bool applies = true;   // rule 1: its window and day type cover the call's start
  bool reached = false;  // rule 4: the call is billable and S >= max(from, 1)
  Int128 seconds = 0;    // 'minute': seconds of [1, S] inside it
  Int128 billed = 0;     // 'minute': `seconds` rounded up to `round`
};

struct PlanTrace {
  LocalMoment moment;          // the start on the zone's wall clock (read only when time-dependent)
  bool time_dependent = false;
  bool billable = false;            // rule 2
  std::int64_t effective_seconds = 0;  // rule 3: S
  std::vector<IntervalStep> steps;     // one per intervals()[i]
  // Rule 5: the exact price in nano-units is numerator / denominator, before
  // the one rounding (the conversion already folded in).
  Int128 numerator = 0;
  Int128 denominator = 1;
};

class RatePlan {
 public:
  // Sorts the intervals by `from` (stable, so equal starts keep their order).
  RatePlan(std::vector<Interval> intervals, std::int64_t min_time);

  // True when some detail depends on the time of day or the day type, so the
  // caller must work out the call's LocalMoment.
  bool time_dependent() const { return time_dependent_; }

  // Prices the call by the rules above. `when` is only read when
  // time_dependent(). nullopt when no detail applies at that moment.
  // Throws std::overflow_error when the price does not fit a Decimal.
  // With `trace`, also records every rule's outcome there.
  std::optional<Priced> price(CallSeconds call, LocalMoment when = {}, const Conversion& conversion = {},
                              PlanTrace* trace = nullptr) const;

  const std::vector<Interval>& intervals() const { return intervals_; }
  std::int64_t min_time() const { return min_time_; }

 private:
  std::vector<Interval> intervals_;
  std::int64_t min_time_ = 0;
  bool time_dependent_ = false;
};

}  // namespace kolmi::rating
