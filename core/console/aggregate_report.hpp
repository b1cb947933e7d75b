#pragma once
// `kolmi admin report` (issue 15 item 3, MOR's aggregate statistics): the
// request as typed, checked before anything is printed, and the report it
// makes: one line per group of calls, keys nested in the one fixed order
// user > device > provider > destination > group > day > hour (whatever
// order --by lists them in), each with exact sums, and the totals.
//
// The groups come from store/aggregate_report's one GROUP BY; here they are
// folded onto the report's wall clock (--tz) and their keys named. Figures
// (ASR, ACD, money in the report's currency) are made from the exact sums
// by console/report_figures, each rounded once.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/aggregate_report.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

// In nesting order.
enum class ReportDimension { user, device, provider, destination, group, day, hour };

struct ReportRequest {
  std::string by;  // --by: a comma-separated list of dimension words
  std::optional<std::string> from, till, period;  // default: this month
  std::string time_zone = "UTC";
  std::optional<std::string> user;      // login or id
  std::optional<std::string> provider;  // name or id
  std::optional<std::string> dst;       // number pattern (call_search's call_glob)
  std::optional<std::string> currency;  // code; default: the default currency
};

// --by's words in nesting order, each once. Throws Error(usage) "--by: ..."
// naming an unknown or empty word.
std::vector<ReportDimension> parse_report_dimensions(std::string_view by);

// The --by word of a dimension ("destination").
std::string_view dimension_word(ReportDimension d);

// The column names a dimension adds, in order ("prefix", "destination").
std::vector<std::string_view> dimension_columns(ReportDimension d);

struct ReportLine {
  std::vector<std::string> keys;  // one per column of the dimensions
  store::ReportSums sums;
};

// How amounts in the default currency become the report's currency:
// amount * to_rate / from_rate, as store::Currencies::convert, but rounded
// once, straight to the report's digits.
struct ReportMoney {
  std::string currency;  // code
  int digits = 2;        // Nice_Number_Digits
  Decimal to_rate = Decimal::from_units(1);
  Decimal from_rate = Decimal::from_units(1);
};

struct Report {
  std::vector<ReportDimension> dimensions;
  std::vector<std::string_view> key_columns;  // dimension_columns of each, in order
  std::string time_zone;
  std::string period_from, period_till;  // local 'YYYY-MM-DD HH:MM:SS', the last second included
  ReportMoney money;
  std::vector<ReportLine> lines;  // sorted by keys in nesting order
  store::ReportSums total;
};

// Throws Error(usage) for a bad --by, period, zone, pattern or currency and
// for an unknown --user or --provider (naming the option); Error(storage).
Report load_report(store::Database& db, const Clock& clock, const ReportRequest& request);

// The stretches of constant UTC offset of `zone` covering [first, last]
// (instants), as store::ReportStretch for grouping by `time` (day, hour or
// day_hour). Exposed for tests.
std::vector<store::ReportStretch> report_stretches(std::string_view zone, Seconds first, Seconds last,
                                                   store::ReportTime time);

}  // namespace kolmi::console
