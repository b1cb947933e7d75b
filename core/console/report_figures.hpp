#pragma once
// The figures of one line of `kolmi admin report`, made from its exact sums
// and each rounded once: ASR and margin in percent and billed minutes with
// two decimals, ACD in whole seconds, money converted into the report's
// currency and rounded straight to its digits (amount x to_rate / from_rate,
// one rounding, half away from zero). Profit is the converted difference of
// the exact sums, so it can differ from revenue - cost as shown by one unit
// of the last digit. Shared by the listing and the CSV and PDF exports.
#include <cstdint>
#include <string>

#include "core/console/aggregate_report.hpp"
#include "core/decimal.hpp"

namespace kolmi::console {

struct ReportFigures {
  std::int64_t calls = 0;
  std::int64_t answered = 0;
  std::int64_t billsec = 0;
  std::string asr_percent;     // answered / calls, "66.67"; "" without calls
  std::string acd_seconds;     // billsec / answered, "45"; "" without answered calls
  std::string billed_minutes;  // billed seconds / 60, "12.50"
  Decimal revenue, cost, profit;  // rounded to money.digits
  std::string margin_percent;  // profit / revenue (exact, default currency), "-3.10"; "" without revenue
};

// Throws std::overflow_error for sums beyond Decimal's range.
ReportFigures report_figures(const store::ReportSums& sums, const ReportMoney& money);

}  // namespace kolmi::console
