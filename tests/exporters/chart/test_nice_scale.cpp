#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "exporters/chart/nice_scale.hpp"

using kolmi::exporters::chart::nice_scale;
using kolmi::exporters::chart::percent_scale;
using kolmi::exporters::chart::Scale;

namespace {
std::vector<std::string> labels(const Scale& s) {
  std::vector<std::string> out;
  for (const auto& t : s.ticks) out.push_back(t.label);
  return out;
}
}  // namespace

TEST_CASE("nice_scale: steps of 1, 2 or 5 times a power of ten, ending at or above the maximum", "[chart]") {
  CHECK(labels(nice_scale(12)) == std::vector<std::string>{"0", "5", "10", "15"});
  CHECK(labels(nice_scale(100)) == std::vector<std::string>{"0", "20", "40", "60", "80", "100"});
  CHECK(labels(nice_scale(7, 5, true)) == std::vector<std::string>{"0", "2", "4", "6", "8"});
  CHECK(labels(nice_scale(1234)) == std::vector<std::string>{"0", "500", "1000", "1500"});
  CHECK(nice_scale(1234).top == 1500);
  CHECK(nice_scale(1234).step == 500);
  // Exactly on a step: no extra step above.
  CHECK(nice_scale(10).top == 10);
  CHECK(nice_scale(50000).top == 50000);
}

TEST_CASE("nice_scale: fractional steps carry their decimals, without float noise", "[chart]") {
  const Scale s = nice_scale(0.3);
  CHECK(labels(s) == std::vector<std::string>{"0.0", "0.1", "0.2", "0.3"});
  CHECK(s.decimals == 1);
  CHECK(labels(nice_scale(2.2)) == std::vector<std::string>{"0.0", "0.5", "1.0", "1.5", "2.0", "2.5"});
  CHECK(nice_scale(0.07).decimals == 2);
}

TEST_CASE("nice_scale: counts step by whole numbers", "[chart]") {
  CHECK(labels(nice_scale(3, 5, true)) == std::vector<std::string>{"0", "1", "2", "3", "4", "5"});
  CHECK(labels(nice_scale(1, 5, true)) == std::vector<std::string>{"0", "1", "2", "3", "4", "5"});
  CHECK(labels(nice_scale(2, 2, true)) == std::vector<std::string>{"0", "1", "2"});
  CHECK(nice_scale(0.4, 5, true).step == 1);
  CHECK(labels(nice_scale(6, 5, true)) == std::vector<std::string>{"0", "2", "4", "6"});
}

TEST_CASE("nice_scale: an empty chart still has an axis", "[chart]") {
  for (double max : {0.0, -5.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
    const Scale counts = nice_scale(max, 5, true);
    CHECK(labels(counts) == std::vector<std::string>{"0", "1", "2", "3", "4", "5"});
    CHECK(nice_scale(max).top == Approx(1.0));
    CHECK(nice_scale(max).ticks.size() == 6);
  }
}

TEST_CASE("nice_scale: between 2 and 11 ticks for any maximum", "[chart]") {
  for (double max = 0.013; max < 1e7; max *= 1.37) {
    const Scale s = nice_scale(max);
    INFO(max);
    CHECK(s.ticks.size() >= 2);
    CHECK(s.ticks.size() <= 11);
    CHECK(s.top >= max);
    CHECK(s.top < max + s.step + 1e-9);
    CHECK(s.ticks.front().value == 0);
    CHECK(s.fraction(max) <= 1.0);
  }
}

TEST_CASE("Scale::fraction: 0 at the bottom, 1 at the top, clamped", "[chart]") {
  const Scale s = nice_scale(12);  // 0..15
  CHECK(s.fraction(0) == 0);
  CHECK(s.fraction(7.5) == Approx(0.5));
  CHECK(s.fraction(15) == 1);
  CHECK(s.fraction(30) == 1);
  CHECK(s.fraction(-1) == 0);
}

TEST_CASE("percent_scale: 0 to 100 in steps of 20", "[chart]") {
  CHECK(labels(percent_scale()) == std::vector<std::string>{"0", "20", "40", "60", "80", "100"});
}
