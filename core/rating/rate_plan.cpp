#include "core/rating/rate_plan.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "core/time/datetime.hpp"

namespace kolmi::rating {

namespace {

bool two_digits(std::string_view s, std::size_t pos, int limit, int& out) {
  char a = s[pos];
  char b = s[pos + 1];
  if (a < '0' || a > '9' || b < '0' || b > '9') return false;
  out = (a - '0') * 10 + (b - '0');
  return out <= limit;
}

// Checked 128-bit arithmetic: rate details come from an outside table, so an
// absurd price or rounding must end in an error, never in undefined behaviour.
Int128 checked_add(Int128 a, Int128 b) {
  Int128 r = 0;
  if (__builtin_add_overflow(a, b, &r)) throw std::overflow_error("call price out of range");
  return r;
}
Int128 checked_mul(Int128 a, Int128 b) {
  Int128 r = 0;
  if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("call price out of range");
  return r;
}

// Seconds of [1, s] that interval `iv` covers; 0 when none.
Int128 covered_seconds(const Interval& iv, std::int64_t s) {
  Int128 first = std::max<std::int64_t>(iv.from, 1);
  Int128 last = iv.duration < 0 ? Int128{s} : std::min<Int128>(s, Int128{iv.from} + iv.duration - 1);
  return last >= first ? last - first + 1 : 0;
}

}  // namespace

std::optional<DayType> parse_day_type(std::string_view text) {
  if (text.empty()) return DayType::any;
  if (text == "WD") return DayType::workday;
  if (text == "FD") return DayType::freeday;
  return std::nullopt;
}

std::optional<std::int32_t> parse_time_of_day(std::string_view text) {
  int h = 0, m = 0, s = 0;
  if (text.size() != 8 || text[2] != ':' || text[5] != ':') return std::nullopt;
  if (!two_digits(text, 0, 23, h) || !two_digits(text, 3, 59, m) || !two_digits(text, 6, 59, s)) {
    return std::nullopt;
  }
  return h * 3600 + m * 60 + s;
}

LocalMoment local_moment(Seconds start, const TimeZone* zone) {
  Seconds wall = start;
  if (zone != nullptr) {
    // TimeZone exposes the wall clock as text only; reading that text back
    // as if it were UTC gives the local time on a zone-free time line.
    if (auto parsed = parse_utc(zone->format_local(start))) wall = *parsed;
  }
  std::int64_t t = wall.time_since_epoch().count();
  std::int64_t day = t / kSecondsPerDay - (t % kSecondsPerDay < 0 ? 1 : 0);  // floor
  LocalMoment m;
  m.second_of_day = static_cast<std::int32_t>(t - day * kSecondsPerDay);
  std::int64_t weekday = ((day % 7) + 7 + 4) % 7;  // 1970-01-01 was a Thursday; 0 = Sunday
  m.free_day = weekday == 0 || weekday == 6;
  return m;
}

bool Interval::applies_at(LocalMoment m) const {
  bool in_window = start_second <= end_second
                       ? m.second_of_day >= start_second && m.second_of_day <= end_second
                       : m.second_of_day >= start_second || m.second_of_day <= end_second;
  bool day_ok = day == DayType::any || (day == DayType::freeday) == m.free_day;
  return in_window && day_ok;
}

RatePlan::RatePlan(std::vector<Interval> intervals, std::int64_t min_time)
    : intervals_(std::move(intervals)), min_time_(min_time) {
  std::stable_sort(intervals_.begin(), intervals_.end(),
                   [](const Interval& a, const Interval& b) { return a.from < b.from; });
  time_dependent_ =
      std::any_of(intervals_.begin(), intervals_.end(), [](const Interval& iv) { return !iv.any_time(); });
}

std::optional<Priced> RatePlan::price(CallSeconds call, LocalMoment when, const Conversion& conversion,
                                      PlanTrace* trace) const {
  const bool billable = call.billsec > 0 && !(call.grace_time > 0 && call.billsec <= call.grace_time);
  const std::int64_t s = billable ? std::max(call.billsec, min_time_) : 0;
  if (trace != nullptr) {
    trace->moment = when;
    trace->time_dependent = time_dependent_;
    trace->billable = billable;
    trace->effective_seconds = s;
    trace->steps.assign(intervals_.size(), IntervalStep{});
  }

  bool any_applies = false;
  std::optional<Decimal> rate;
  Int128 minute_sum = 0;  // nanos per minute x seconds
  Int128 events = 0;      // nanos
  Int128 billed = 0;
  for (std::size_t i = 0; i < intervals_.size(); ++i) {
    const Interval& iv = intervals_[i];
    IntervalStep* step = trace != nullptr ? &trace->steps[i] : nullptr;
    if (time_dependent_ && !iv.applies_at(when)) {
      if (step != nullptr) step->applies = false;
      continue;
    }
    any_applies = true;
    if (iv.kind == IntervalKind::minute && !rate) rate = iv.price;
    if (!billable || s < std::max<std::int64_t>(iv.from, 1)) continue;
    if (step != nullptr) step->reached = true;
    if (iv.kind == IntervalKind::event) {
      events = checked_add(events, iv.price.nanos());
      continue;
    }
    Int128 seconds = covered_seconds(iv, s);
    Int128 unit = iv.round > 0 ? iv.round : 1;
    Int128 rounded = (seconds + unit - 1) / unit * unit;
    if (step != nullptr) {
      step->seconds = seconds;
      step->billed = rounded;
    }
    billed = checked_add(billed, rounded);
    minute_sum = checked_add(minute_sum, checked_mul(iv.price.nanos(), rounded));
  }
  if (!any_applies) return std::nullopt;
  if (billed > INT64_MAX) throw std::overflow_error("billed seconds out of range");

  // One rounding: (minute_sum / 60 + events) x numerator / denominator.
  Int128 total = checked_add(minute_sum, checked_mul(events, 60));
  Int128 divisor = 60;
  if (!conversion.is_identity()) {
    total = checked_mul(total, conversion.numerator.nanos());
    divisor = checked_mul(divisor, conversion.denominator.nanos());
  }
  if (trace != nullptr) {
    trace->numerator = total;
    trace->denominator = divisor;
  }
  Priced out;
  out.billed_seconds = static_cast<std::int64_t>(billed);
  out.price = Decimal::from_nanos(round_div(total, divisor));
  if (rate) {
    out.rate = conversion.is_identity() ? *rate : rate->mul_div(conversion.numerator, conversion.denominator);
  }
  return out;
}

}  // namespace kolmi::rating
