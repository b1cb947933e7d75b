#pragma once
// `kolmi admin report` as a tree for the output contract:
// <report> with the currency, zone and period, then <lines><line>...: one
// line per group (its key columns, then the figures of
// console/report_figures), the last one the totals (its first key column
// "Total", the others empty). The row formats print the lines, totals
// included, one row each.
#include "core/console/aggregate_report.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::console {

// The figure columns after the key columns.
inline constexpr std::string_view kReportFigureColumns[] = {
    "calls", "answered", "asr_percent", "acd_seconds", "billsec", "billed_minutes",
    "revenue", "cost", "profit", "margin_percent"};

// Throws std::overflow_error as report_figures does (before the first line
// is written only when the totals overflow, which are checked first).
void write_report(output::TreeWriter& w, const Report& report);

}  // namespace kolmi::console
