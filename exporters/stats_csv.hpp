#pragma once
// `kolmi stats export --format csv`: the statistics chart's numbers as a
// table, one row per day, oldest first (the chart's order), with the stats
// page's by-date columns and values:
//   date;calls_count;answered;duration;billsec;avg_time;calls_normative
// (duration and avg_time in minutes with one decimal, calls_normative the
// ASR in percent), with the CSV options of the other exports.
#include "exporters/chart/stats_chart.hpp"
#include "exporters/csv_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

inline constexpr std::string_view kStatsCsvHeader[] = {"date",    "calls_count", "answered",       "duration",
                                                       "billsec", "avg_time",    "calls_normative"};

// Throws what `sink` throws.
void write_stats_csv(const chart::StatsChart& chart, const ByteSink& sink, const CsvOptions& options);

}  // namespace kolmi::exporters
