#include "exporters/chart/stats_chart_layout.hpp"

#include <algorithm>
#include <cstddef>

#include <fmt/format.h>

namespace kolmi::exporters::chart {

namespace {

using pages::Lang;
using pages::tr;

constexpr double kMargin = 36;
constexpr double kPlotLeft = kMargin + 36;                // room for the left axis' labels
constexpr double kPlotRight = kPageWidth - kMargin - 28;  // and for the ASR axis' at the right
constexpr double kPlotWidth = kPlotRight - kPlotLeft;

// The two panels' plot areas (top, bottom) and the date labels' baseline.
constexpr double kCallsTop = 140, kCallsBottom = 330;
constexpr double kMinutesTop = 364, kMinutesBottom = 540;
constexpr double kDateBaseline = kMinutesBottom + 12;

constexpr double kTickSize = 7;
constexpr double kDateLabelWidth = 30;  // "MM-DD" at 7 pt with room on both sides

constexpr Color kText{34, 34, 34};
constexpr Color kMuted{102, 102, 102};
constexpr Color kAxis{80, 80, 80};
constexpr Color kGrid{224, 224, 224};
constexpr Color kCallsColor{78, 121, 167};    // blue
constexpr Color kMinutesColor{89, 161, 79};   // green
constexpr Color kAsrColor{225, 87, 89};       // red

// Numbers as the user's language writes them: Russian puts a comma.
std::string localized(std::string number, Lang lang) {
  if (lang == Lang::ru) std::replace(number.begin(), number.end(), '.', ',');
  return number;
}

// A date axis label: "11-28" in English, "28.11" in Russian.
std::string day_label(const std::string& date, Lang lang) {
  if (date.size() < 10) return date;
  return lang == Lang::ru ? date.substr(8, 2) + "." + date.substr(5, 2) : date.substr(5, 5);
}

class Painter {
 public:
  explicit Painter(Drawing& d) : d_(d) {}

  void text(double x, double y, std::string s, double size, Anchor anchor, Color color, std::string role) {
    d_.shapes.emplace_back(Text{x, y, std::move(s), size, anchor, color, std::move(role)});
  }
  void line(double x1, double y1, double x2, double y2, double width, Color color) {
    d_.shapes.emplace_back(Line{x1, y1, x2, y2, width, color});
  }
  void rect(double x, double y, double w, double h, Color fill, DataRef data = {}) {
    d_.shapes.emplace_back(Rect{x, y, w, h, fill, std::move(data)});
  }
  void dot(double x, double y, double r, Color fill, DataRef data) {
    d_.shapes.emplace_back(Dot{x, y, r, fill, std::move(data)});
  }
  void polyline(std::vector<std::pair<double, double>> points, double width, Color color, DataRef data) {
    d_.shapes.emplace_back(Polyline{std::move(points), width, color, std::move(data)});
  }

 private:
  Drawing& d_;
};

// One panel's frame: horizontal grid lines and the labels of `scale` at the
// left (or, with `right`, the labels of `right` at the right edge), the
// axes, and the panel's name above it.
void draw_frame(Painter& p, double top, double bottom, const Scale& scale, const Scale* right,
                const std::string& name, const std::string& right_name, Lang lang) {
  const double height = bottom - top;
  p.text(kPlotLeft, top - 8, name, 9.5, Anchor::start, kText, "panel");
  if (right != nullptr) p.text(kPlotRight, top - 8, right_name, 9.5, Anchor::end, kAsrColor, "panel");
  for (const Tick& t : scale.ticks) {
    const double y = bottom - height * scale.fraction(t.value);
    if (t.value > 0) p.line(kPlotLeft, y, kPlotRight, y, 0.5, kGrid);
    p.line(kPlotLeft - 3, y, kPlotLeft, y, 0.75, kAxis);
    p.text(kPlotLeft - 5, y + 2.5, localized(t.label, lang), kTickSize, Anchor::end, kMuted, "tick");
  }
  if (right != nullptr) {
    for (const Tick& t : right->ticks) {
      const double y = bottom - height * right->fraction(t.value);
      p.line(kPlotRight, y, kPlotRight + 3, y, 0.75, kAxis);
      p.text(kPlotRight + 5, y + 2.5, localized(t.label, lang), kTickSize, Anchor::start, kAsrColor, "tick");
    }
    p.line(kPlotRight, top, kPlotRight, bottom, 0.75, kAxis);
  }
  p.line(kPlotLeft, top, kPlotLeft, bottom, 0.75, kAxis);
  p.line(kPlotLeft, bottom, kPlotRight, bottom, 0.75, kAxis);
}

// A bar per day, even a day of 0 (a bar of no height): one per day and
// series, whatever the values.
template <typename Value, typename Shown>
void draw_bars(Painter& p, const StatsChart& chart, double top, double bottom, const Scale& scale,
               const char* series, Color color, Value value, Shown shown) {
  const std::size_t n = chart.days.size();
  if (n == 0) return;
  const double slot = kPlotWidth / static_cast<double>(n);
  const double width = slot * (slot >= 6 ? 0.7 : 0.8);
  for (std::size_t i = 0; i < n; ++i) {
    const ChartDay& day = chart.days[i];
    const double h = (bottom - top) * scale.fraction(value(day));
    const double x = kPlotLeft + slot * static_cast<double>(i) + (slot - width) / 2;
    p.rect(x, bottom - h, width, h, color, {series, day.date, shown(day)});
  }
}

// The ASR line: a dot on each day with calls, joined through consecutive
// such days; a day without calls has no ASR, so the line breaks there.
void draw_asr(Painter& p, const StatsChart& chart) {
  const std::size_t n = chart.days.size();
  if (n == 0) return;
  const double slot = kPlotWidth / static_cast<double>(n);
  const double radius = std::clamp(slot * 0.25, 0.8, 2.2);
  const double height = kCallsBottom - kCallsTop;
  std::vector<std::pair<double, double>> run;
  std::vector<Dot> dots;
  auto end_run = [&] {
    if (run.size() > 1) p.polyline(run, 1.25, kAsrColor, {"asr", "", ""});
    run.clear();
  };
  for (std::size_t i = 0; i < n; ++i) {
    const ChartDay& day = chart.days[i];
    const auto asr = day.asr();
    if (!asr) {
      end_run();
      continue;
    }
    const double x = kPlotLeft + slot * (static_cast<double>(i) + 0.5);
    const double y = kCallsBottom - height * chart.asr_scale.fraction(static_cast<double>(*asr));
    run.emplace_back(x, y);
    dots.push_back(Dot{x, y, radius, kAsrColor, {"asr", day.date, std::to_string(*asr)}});
  }
  end_run();
  for (Dot& d : dots) p.dot(d.x, d.y, d.radius, d.fill, std::move(d.data));
}

// Date ticks under both panels, labels under the lower one, every
// label_every() days so that labels never overlap.
void draw_dates(Painter& p, const StatsChart& chart, Lang lang) {
  const std::size_t n = chart.days.size();
  if (n == 0) return;
  const double slot = kPlotWidth / static_cast<double>(n);
  const std::size_t every = label_every(slot, kDateLabelWidth);
  for (std::size_t i = 0; i < n; i += every) {
    const double x = kPlotLeft + slot * (static_cast<double>(i) + 0.5);
    p.line(x, kCallsBottom, x, kCallsBottom + 3, 0.75, kAxis);
    p.line(x, kMinutesBottom, x, kMinutesBottom + 3, 0.75, kAxis);
    p.text(x, kDateBaseline, day_label(chart.days[i].date, lang), kTickSize, Anchor::middle, kMuted, "date");
  }
}

void draw_legend(Painter& p, Lang lang) {
  const double baseline = 104;
  double x = kMargin;
  // Advances estimated from the text's length (DejaVu Sans averages about
  // 0.6 em): the legend need not be measured to the point.
  auto advance = [](const std::string& s, double size) {
    std::size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    return static_cast<double>(chars) * size * 0.62 + 22;
  };
  for (const auto& [key, color] : {std::pair{"Calls", kCallsColor}, std::pair{"Minutes", kMinutesColor}}) {
    const std::string label(tr(lang, key));
    p.rect(x, baseline - 8, 10, 9, color, {"legend", "", key == std::string_view("Calls") ? "calls" : "minutes"});
    p.text(x + 14, baseline, label, 9, Anchor::start, kText, "legend");
    x += 14 + advance(label, 9);
  }
  const std::string asr(tr(lang, "ASR, %"));
  p.line(x, baseline - 3.5, x + 12, baseline - 3.5, 1.25, kAsrColor);
  p.dot(x + 6, baseline - 3.5, 2.2, kAsrColor, {"legend", "", "asr"});
  p.text(x + 16, baseline, asr, 9, Anchor::start, kText, "legend");
}

}  // namespace

Drawing layout_stats_chart(const StatsChart& chart, const ChartInfo& info) {
  const Lang lang = info.lang;
  Drawing d;
  d.width = kPageWidth;
  d.height = kPageHeight;
  d.title = std::string(tr(lang, "Detailed statistics"));
  if (!info.full_name.empty()) d.title += " \u2014 " + info.full_name;
  Painter p(d);

  p.text(kMargin, kMargin + 16, d.title, 16, Anchor::start, kText, "title");
  p.text(kMargin, 70,
         fmt::format("{}: {} \u2014 {} ({})", tr(lang, "Period"), chart.start_date, chart.end_date, info.zone), 9,
         Anchor::start, kMuted, "period");
  p.text(kMargin, 84,
         fmt::format("{}: {}    {}: {}    ASR: {} %    {}: {}", tr(lang, "Calls"), chart.calls,
                     tr(lang, "Answered calls"), chart.answered, pages::asr_percent(chart.answered, chart.calls),
                     tr(lang, "Minutes"), localized(pages::minutes_text(chart.billsec), lang)),
         9, Anchor::start, kMuted, "totals");
  draw_legend(p, lang);

  draw_frame(p, kCallsTop, kCallsBottom, chart.calls_scale, &chart.asr_scale, std::string(tr(lang, "Calls per day")),
             std::string(tr(lang, "ASR, %")), lang);
  draw_frame(p, kMinutesTop, kMinutesBottom, chart.minutes_scale, nullptr, std::string(tr(lang, "Minutes per day")),
             {}, lang);

  draw_bars(
      p, chart, kCallsTop, kCallsBottom, chart.calls_scale, "calls", kCallsColor,
      [](const ChartDay& day) { return static_cast<double>(day.calls); },
      [](const ChartDay& day) { return std::to_string(day.calls); });
  draw_bars(
      p, chart, kMinutesTop, kMinutesBottom, chart.minutes_scale, "minutes", kMinutesColor,
      [](const ChartDay& day) { return day.minutes(); },
      [](const ChartDay& day) { return pages::minutes_text(day.billsec); });
  draw_asr(p, chart);
  draw_dates(p, chart, lang);

  if (!chart.has_calls()) {
    const std::string note(tr(lang, "No calls in this period"));
    const double mid = (kPlotLeft + kPlotRight) / 2;
    p.text(mid, (kCallsTop + kCallsBottom) / 2, note, 11, Anchor::middle, kMuted, "note");
    p.text(mid, (kMinutesTop + kMinutesBottom) / 2, note, 11, Anchor::middle, kMuted, "note");
  }
  return d;
}

}  // namespace kolmi::exporters::chart
