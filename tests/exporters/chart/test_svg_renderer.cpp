#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "chart_fixture.hpp"
#include "exporters/chart/stats_chart.hpp"
#include "exporters/chart/stats_chart_layout.hpp"
#include "exporters/chart/svg_renderer.hpp"

using namespace kolmi::exporters::chart;
using kolmi::test::long_stats_page;
using kolmi::test::stats_page;

namespace {

std::string svg_of(const kolmi::pages::StatsPage& page, const ChartInfo& info) {
  std::string out;
  write_svg(layout_stats_chart(make_stats_chart(page), info), [&](std::string_view b) { out += b; });
  return out;
}

struct Parsed {
  pugi::xml_document doc;
  explicit Parsed(const std::string& svg) {
    const pugi::xml_parse_result r = doc.load_string(svg.c_str());
    INFO(r.description());
    REQUIRE(r);
  }
  pugi::xpath_node_set all(const char* xpath) const { return doc.select_nodes(xpath); }
};

}  // namespace

TEST_CASE("SVG: a well-formed document with one bar per day and series, in order", "[chart]") {
  const auto page = stats_page(
      {{"2026-11-01", 4, 2, 150}, {"2026-11-02", 0, 0, 0}, {"2026-11-03", 10, 10, 1800}, {"2026-11-04", 1, 0, 0}});
  const std::string svg = svg_of(page, {.full_name = "Andrey Mazunin", .zone = "UTC"});
  Parsed p(svg);
  const pugi::xml_node root = p.doc.document_element();
  CHECK(std::string(root.name()) == "svg");
  CHECK(std::string(root.attribute("xmlns").value()) == "http://www.w3.org/2000/svg");
  CHECK(std::string(root.attribute("viewBox").value()) == "0 0 841.89 595.28");
  CHECK(std::string(root.child_value("title")) == "Detailed statistics \u2014 Andrey Mazunin");

  const auto calls = p.all("//*[local-name()='rect'][@class='bar calls']");
  const auto minutes = p.all("//*[local-name()='rect'][@class='bar minutes']");
  REQUIRE(calls.size() == 4);
  REQUIRE(minutes.size() == 4);
  std::vector<std::string> dates, values;
  std::vector<double> heights;
  for (const auto& n : calls) {
    dates.emplace_back(n.node().attribute("data-date").value());
    values.emplace_back(n.node().attribute("data-value").value());
    heights.push_back(n.node().attribute("height").as_double());
  }
  CHECK(dates == std::vector<std::string>{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"});
  CHECK(values == std::vector<std::string>{"4", "0", "10", "1"});
  CHECK(heights[0] == Approx(heights[2] * 0.4).margin(0.01));
  CHECK(heights[1] == 0);
  CHECK(heights[3] == Approx(heights[2] * 0.1).margin(0.01));
  CHECK(p.all("//*[local-name()='circle'][@class='dot asr']").size() == 3);
  CHECK(p.all("//*[local-name()='polyline'][@class='line asr']").size() == 1);  // 11-03 and 11-04 joined
  std::vector<std::string> legend;
  for (const auto& n : p.all("//*[local-name()='text'][@class='legend']")) legend.emplace_back(n.node().child_value());
  CHECK(legend == std::vector<std::string>{"Calls", "Minutes", "ASR, %"});
}

TEST_CASE("SVG: text from the data is escaped", "[chart]") {
  const std::string svg = svg_of(stats_page({}), {.full_name = "A & B <x> \"q\" \x01", .zone = "UTC"});
  CHECK(svg.find("A &amp; B &lt;x&gt; &quot;q&quot;") != std::string::npos);
  Parsed p(svg);
  CHECK(std::string(p.doc.document_element().child_value("title")) == "Detailed statistics \u2014 A & B <x> \"q\" \uFFFD");
  CHECK(p.all("//*[local-name()='text'][@class='note']").size() == 2);
}

TEST_CASE("SVG: a year of days", "[chart]") {
  Parsed p(svg_of(long_stats_page(365), {.zone = "UTC"}));
  CHECK(p.all("//*[local-name()='rect'][@class='bar calls']").size() == 365);
  CHECK(p.all("//*[local-name()='rect'][@class='bar minutes']").size() == 365);
}
