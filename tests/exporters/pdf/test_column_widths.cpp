// exporters/pdf/column_widths: the page's width shared out from the columns'
// natural widths (spare room to the growing columns, a common cap on the
// shrinkable ones when the page is too narrow).
#include <catch2/catch.hpp>

#include <numeric>
#include <vector>

#include "exporters/pdf/column_widths.hpp"

using kolmi::exporters::pdf::ColumnNeed;
using kolmi::exporters::pdf::fit_columns;

namespace {
float sum(const std::vector<float>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0f);
}
}  // namespace

TEST_CASE("column widths: spare room goes to the growing columns", "[pdf]") {
  const std::vector<float> w = fit_columns({{10, false, false}, {20, true, true}, {30, false, false}}, 100);
  REQUIRE(w.size() == 3);
  CHECK(w[0] == Approx(10));
  CHECK(w[1] == Approx(60));
  CHECK(w[2] == Approx(30));
  // Two growing columns share it equally.
  const std::vector<float> two = fit_columns({{10, false, true}, {20, false, false}, {30, false, true}}, 100);
  CHECK(two[0] == Approx(30));
  CHECK(two[1] == Approx(20));
  CHECK(two[2] == Approx(50));
}

TEST_CASE("column widths: without growing columns every column gets a share", "[pdf]") {
  const std::vector<float> w = fit_columns({{10}, {20}, {30}}, 90);
  CHECK(w[0] == Approx(20));
  CHECK(w[1] == Approx(30));
  CHECK(w[2] == Approx(40));
  // An exact fit changes nothing.
  const std::vector<float> exact = fit_columns({{10}, {20}, {30}}, 60);
  CHECK(exact == std::vector<float>{10, 20, 30});
}

TEST_CASE("column widths: too wide, the widest shrinkable column gives way first", "[pdf]") {
  // 100 fixed + 300 + 50 shrinkable on 300: only the 300 one is cut, to 150;
  // the narrow shrinkable column keeps its natural 50.
  const std::vector<float> w = fit_columns({{100}, {300, true}, {50, true}}, 300);
  CHECK(w[0] == Approx(100));
  CHECK(w[1] == Approx(150));
  CHECK(w[2] == Approx(50));
  CHECK(sum(w) == Approx(300));
}

TEST_CASE("column widths: when one cut is not enough, both share a common cap", "[pdf]") {
  // 100 fixed + 200 + 180 on 250: room 150 for the two, 75 each.
  const std::vector<float> w = fit_columns({{200, true}, {100}, {180, true}}, 250);
  CHECK(w[0] == Approx(75));
  CHECK(w[1] == Approx(100));
  CHECK(w[2] == Approx(75));
  CHECK(sum(w) == Approx(250));
}

TEST_CASE("column widths: numbers and money are never cut", "[pdf]") {
  // Nothing may shrink: the natural widths, the caller cuts.
  CHECK(fit_columns({{100}, {200}}, 150) == std::vector<float>{100, 200});
  // The fixed columns alone overflow: the shrinkable ones get nothing, the
  // fixed ones keep their widths.
  const std::vector<float> w = fit_columns({{100}, {80, true}, {200}}, 250);
  CHECK(w[0] == Approx(100));
  CHECK(w[1] == Approx(0));
  CHECK(w[2] == Approx(200));
  CHECK(fit_columns({}, 100).empty());
}
