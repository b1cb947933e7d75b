#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "chart_fixture.hpp"
#include "exporters/chart/stats_chart.hpp"
#include "exporters/chart/stats_chart_layout.hpp"

using namespace kolmi::exporters::chart;
using kolmi::pages::Lang;
using kolmi::test::long_stats_page;
using kolmi::test::stats_page;

namespace {

std::vector<Rect> bars(const Drawing& d, const std::string& series) {
  std::vector<Rect> out;
  for (const Shape& s : d.shapes) {
    if (const auto* r = std::get_if<Rect>(&s); r && r->data.series == series) out.push_back(*r);
  }
  return out;
}

std::vector<Text> texts(const Drawing& d, const std::string& role) {
  std::vector<Text> out;
  for (const Shape& s : d.shapes) {
    if (const auto* t = std::get_if<Text>(&s); t && t->role == role) out.push_back(*t);
  }
  return out;
}

std::vector<Dot> dots(const Drawing& d, const std::string& series) {
  std::vector<Dot> out;
  for (const Shape& s : d.shapes) {
    if (const auto* t = std::get_if<Dot>(&s); t && t->data.series == series && !t->data.date.empty()) out.push_back(*t);
  }
  return out;
}

const StatsChart kChart = make_stats_chart(stats_page({{"2026-11-01", 4, 2, 150},
                                                       {"2026-11-02", 0, 0, 0},
                                                       {"2026-11-03", 10, 10, 1800},
                                                       {"2026-11-04", 1, 0, 0}}));

}  // namespace

TEST_CASE("make_stats_chart: the page's days oldest first, sums, scales and ASR", "[chart]") {
  REQUIRE(kChart.days.size() == 4);
  CHECK(kChart.days.front().date == "2026-11-01");
  CHECK(kChart.days.back().date == "2026-11-04");
  CHECK(kChart.calls == 15);
  CHECK(kChart.answered == 12);
  CHECK(kChart.billsec == 1950);
  CHECK(kChart.start_date == "2026-11-01");
  CHECK(kChart.end_date == "2026-11-04");
  CHECK(kChart.calls_scale.top == 10);
  CHECK(kChart.minutes_scale.top == 30);  // 1800 s
  CHECK(kChart.asr_scale.top == 100);
  CHECK(kChart.days[0].asr() == 50);
  CHECK_FALSE(kChart.days[1].asr().has_value());  // no calls: no ASR, not 0
  CHECK(kChart.days[3].asr() == 0);
  CHECK(kChart.days[0].minutes() == Approx(2.5));
  CHECK(kChart.has_calls());
}

TEST_CASE("label_every: labels thin out as the days' slots narrow", "[chart]") {
  CHECK(label_every(40, 30) == 1);
  CHECK(label_every(23, 30) == 2);
  CHECK(label_every(10, 30) == 3);
  CHECK(label_every(5, 30) == 7);
  CHECK(label_every(1.9, 30) == 28);
  CHECK(label_every(0.05, 30) == 728);
  CHECK(label_every(0, 30) == 1);
}

TEST_CASE("layout: one bar per day and series, heights proportional to the values", "[chart]") {
  const Drawing d = layout_stats_chart(kChart, {.full_name = "Andrey Mazunin", .zone = "Europe/Sofia"});
  const auto calls = bars(d, "calls");
  const auto minutes = bars(d, "minutes");
  REQUIRE(calls.size() == 4);
  REQUIRE(minutes.size() == 4);
  std::vector<std::string> values;
  for (const Rect& r : calls) values.push_back(r.data.value);
  CHECK(values == std::vector<std::string>{"4", "0", "10", "1"});
  values.clear();
  for (const Rect& r : minutes) values.push_back(r.data.value);
  CHECK(values == std::vector<std::string>{"2.5", "0.0", "30.0", "0.0"});
  // Left to right, same width, standing on one baseline.
  for (std::size_t i = 1; i < calls.size(); ++i) {
    CHECK(calls[i].x > calls[i - 1].x);
    CHECK(calls[i].width == Approx(calls[0].width));
    CHECK(calls[i].y + calls[i].height == Approx(calls[0].y + calls[0].height));
  }
  // 10 calls reach the top of a 0..10 axis; 4 calls are 0.4 of it.
  CHECK(calls[0].height == Approx(calls[2].height * 0.4));
  CHECK(calls[1].height == 0);
  CHECK(minutes[0].height == Approx(minutes[2].height * 2.5 / 30));
  // The ASR: dots on days with calls only, at 50 %, 100 %, 0 %.
  const auto asr = dots(d, "asr");
  REQUIRE(asr.size() == 3);
  CHECK(asr[0].data.date == "2026-11-01");
  CHECK(asr[1].data.value == "100");
  CHECK(asr[1].y < asr[0].y);
  CHECK(asr[2].y > asr[0].y);
  // Title, period, legend.
  CHECK(texts(d, "title").at(0).text == "Detailed statistics \u2014 Andrey Mazunin");
  CHECK(texts(d, "period").at(0).text == "Period: 2026-11-01 \u2014 2026-11-04 (Europe/Sofia)");
  CHECK(texts(d, "totals").at(0).text.find("Calls: 15") != std::string::npos);
  std::vector<std::string> legend;
  for (const Text& t : texts(d, "legend")) legend.push_back(t.text);
  CHECK(legend == std::vector<std::string>{"Calls", "Minutes", "ASR, %"});
  CHECK(texts(d, "note").empty());
  // Every shape on the page.
  for (const Rect& r : calls) {
    CHECK(r.x >= 0);
    CHECK(r.x + r.width <= d.width);
  }
}

TEST_CASE("layout: the user's language", "[chart]") {
  const Drawing d = layout_stats_chart(kChart, {.full_name = "Андрей", .zone = "Europe/Moscow", .lang = Lang::ru});
  CHECK(texts(d, "title").at(0).text == "Подробная статистика \u2014 Андрей");
  std::vector<std::string> legend;
  for (const Text& t : texts(d, "legend")) legend.push_back(t.text);
  CHECK(legend == std::vector<std::string>{"Звонки", "Минуты", "ASR (дозвон), %"});
  CHECK(texts(d, "date").at(0).text == "01.11");
  // Decimal comma on the minutes axis (0, 5, 10... here whole, so look at the totals).
  CHECK(texts(d, "totals").at(0).text.find("32,5") != std::string::npos);
}

TEST_CASE("layout: a period without calls keeps its axes and says so", "[chart]") {
  for (const auto& page : {stats_page({}), stats_page({{"2026-11-01"}, {"2026-11-02"}})}) {
    const StatsChart chart = make_stats_chart(page);
    CHECK_FALSE(chart.has_calls());
    const Drawing d = layout_stats_chart(chart, {.zone = "UTC"});
    CHECK(texts(d, "note").size() == 2);
    CHECK(texts(d, "note")[0].text == "No calls in this period");
    CHECK(bars(d, "calls").size() == chart.days.size());
    CHECK(dots(d, "asr").empty());
    CHECK(texts(d, "tick").size() == 6 + 6 + 6);  // 0..5 calls, 0..1 minutes, 0..100 %
    CHECK(texts(d, "title").at(0).text == "Detailed statistics");
  }
}

TEST_CASE("layout: a year is 365 readable bars with labels that do not overlap", "[chart]") {
  const StatsChart chart = make_stats_chart(long_stats_page(365));
  const Drawing d = layout_stats_chart(chart, {.zone = "UTC"});
  const auto calls = bars(d, "calls");
  REQUIRE(calls.size() == 365);
  const double left = calls.front().x;
  const double right = calls.back().x + calls.back().width;
  CHECK(right - left > 600);  // the plot's width is used
  CHECK(right <= d.width - 36);
  CHECK(calls.front().width > 1);
  for (std::size_t i = 1; i < calls.size(); ++i) CHECK(calls[i].x >= calls[i - 1].x + calls[i - 1].width);
  const auto dates = texts(d, "date");
  CHECK(dates.size() >= 10);
  CHECK(dates.size() <= 20);
  for (std::size_t i = 1; i < dates.size(); ++i) CHECK(dates[i].x - dates[i - 1].x >= 30);
  CHECK(dates[0].text == "01-01");
  CHECK(dates[1].text == "01-29");
}
