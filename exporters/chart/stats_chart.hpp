#pragma once
// The statistics chart's model (`kolmi stats export`): the stats page's
// by-date rows, oldest first, as three series (calls and minutes per day,
// ASR per day), the scales of their axes, and how often a day is labelled
// on the date axis. Computed once here, so the PDF and the SVG, which draw
// from it (chart/stats_chart_layout.hpp), show the same numbers.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pages/stats_page.hpp"
#include "exporters/chart/nice_scale.hpp"

namespace kolmi::exporters::chart {

struct ChartDay {
  std::string date;  // local 'YYYY-MM-DD'
  std::int64_t calls = 0;
  std::int64_t answered = 0;
  std::int64_t billsec = 0;

  // Talk time in minutes, unrounded (the bar's height).
  double minutes() const { return static_cast<double>(billsec) / 60.0; }
  // pages::asr_percent of the day (the page's calls_normative); nullopt on
  // a day without calls, where the ASR line has a gap rather than a 0.
  std::optional<std::int64_t> asr() const;
};

struct StatsChart {
  std::string start_date;  // the period's first and last local dates (the page's)
  std::string end_date;
  std::vector<ChartDay> days;  // the page's by_date, oldest first (up to today)
  std::int64_t calls = 0;      // sums over `days`
  std::int64_t answered = 0;
  std::int64_t billsec = 0;
  Scale calls_scale;    // counts: whole steps
  Scale minutes_scale;  // may have fractional steps (0.5 min)
  Scale asr_scale;      // 0..100 %

  bool has_calls() const { return calls > 0; }
};

// The model of `page`'s by-date rows.
StatsChart make_stats_chart(const pages::StatsPage& page);

// Every how many days a date label fits: the smallest of 1, 2, 3, 7, 14,
// 28, 56, 91, 182, 364 (then multiples of 364) whose run of slots
// (`slot_width` each) is at least `label_width` wide. `slot_width` <= 0:
// 1 (nothing to thin).
std::size_t label_every(double slot_width, double label_width);

}  // namespace kolmi::exporters::chart
