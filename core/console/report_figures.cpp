#include "core/console/report_figures.hpp"

#include <algorithm>

namespace kolmi::console {

namespace {

constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

// A ratio x 100 with two decimals, rounded once: "66.67".
std::string percent(Int128 part, Int128 whole) {
  if (whole == 0) return {};
  if (whole < 0) {
    part = -part;
    whole = -whole;
  }
  return Decimal::from_nanos(round_div(part * 10'000, whole) * kPow10[7]).to_fixed(2);
}

// An amount in nano-units of the default currency in the report's
// currency, rounded once to its digits.
Decimal converted(Int128 nanos, const ReportMoney& m) {
  const int digits = std::clamp(m.digits, 0, Decimal::kScaleDigits);
  const std::int64_t unit = kPow10[Decimal::kScaleDigits - digits];
  const std::int64_t q = round_div(nanos * m.to_rate.nanos(), Int128(m.from_rate.nanos()) * unit);
  return Decimal::from_nanos(q).mul_div(unit, 1);
}

}  // namespace

ReportFigures report_figures(const store::ReportSums& s, const ReportMoney& money) {
  ReportFigures f;
  f.calls = s.calls;
  f.answered = s.answered;
  f.billsec = s.billsec;
  f.asr_percent = percent(s.answered, s.calls);
  if (s.answered > 0) f.acd_seconds = std::to_string(round_div(s.billsec, s.answered));
  f.billed_minutes = Decimal::from_nanos(round_div(Int128(s.billed_seconds) * 100, 60) * kPow10[7]).to_fixed(2);
  f.revenue = converted(s.revenue, money);
  f.cost = converted(s.cost, money);
  f.profit = converted(s.revenue - s.cost, money);
  f.margin_percent = percent(s.revenue - s.cost, s.revenue);
  return f;
}

}  // namespace kolmi::console
