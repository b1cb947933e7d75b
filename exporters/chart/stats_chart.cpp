#include "exporters/chart/stats_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace kolmi::exporters::chart {

std::optional<std::int64_t> ChartDay::asr() const {
  if (calls <= 0) return std::nullopt;
  return pages::asr_percent(answered, calls);
}

StatsChart make_stats_chart(const pages::StatsPage& page) {
  StatsChart chart;
  chart.start_date = page.start_date;
  chart.end_date = page.end_date;
  chart.days.reserve(page.by_date.size());
  std::int64_t most_calls = 0;
  std::int64_t most_billsec = 0;
  // The page lists the newest day first; a chart reads left to right.
  for (auto it = page.by_date.rbegin(); it != page.by_date.rend(); ++it) {
    ChartDay day{std::string(it->date.data(), it->date.size()), it->calls, it->answered, it->billsec};
    chart.calls += day.calls;
    chart.answered += day.answered;
    chart.billsec += day.billsec;
    most_calls = std::max(most_calls, day.calls);
    most_billsec = std::max(most_billsec, day.billsec);
    chart.days.push_back(std::move(day));
  }
  chart.calls_scale = nice_scale(static_cast<double>(most_calls), 5, true);
  chart.minutes_scale = nice_scale(static_cast<double>(most_billsec) / 60.0, 5, false);
  chart.asr_scale = percent_scale();
  return chart;
}

std::size_t label_every(double slot_width, double label_width) {
  if (!(slot_width > 0)) return 1;
  // Days, a week, two and four weeks, then quarters and years: a label
  // every 7 days falls on the same weekday each time.
  constexpr std::array<std::size_t, 10> kSteps{1, 2, 3, 7, 14, 28, 56, 91, 182, 364};
  for (std::size_t k : kSteps) {
    if (static_cast<double>(k) * slot_width >= label_width) return k;
  }
  const auto years = static_cast<std::size_t>(std::ceil(label_width / (364 * slot_width)));
  return 364 * std::max<std::size_t>(1, years);
}

}  // namespace kolmi::exporters::chart
