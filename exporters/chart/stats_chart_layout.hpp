#pragma once
// Where everything of the statistics chart goes on an A4 landscape page:
// a heading (the page's name, the user, the period and its time zone, the
// period's totals), a legend, and two panels over one date axis: calls per
// day as bars with the ASR per day as a line on a 0-100 % axis at the
// right, and minutes per day as bars. Bars are as wide as the plot allows
// (a slot per day), date labels thin out on long periods, and a period
// without calls keeps its axes with a note. Words in the user's language.
#include <string>

#include "core/pages/i18n.hpp"
#include "exporters/chart/chart_drawing.hpp"
#include "exporters/chart/stats_chart.hpp"

namespace kolmi::exporters::chart {

struct ChartInfo {
  std::string full_name{};  // the user's first and last name; may be empty
  std::string zone{};       // the IANA name the dates are in
  pages::Lang lang = pages::Lang::en;
};

inline constexpr double kPageWidth = 841.89;   // A4 landscape, points
inline constexpr double kPageHeight = 595.276;

Drawing layout_stats_chart(const StatsChart& chart, const ChartInfo& info);

}  // namespace kolmi::exporters::chart
