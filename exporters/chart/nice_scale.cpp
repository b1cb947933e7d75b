#include "exporters/chart/nice_scale.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace kolmi::exporters::chart {

namespace {

// `count` steps of mantissa x 10^exponent; the values are computed from
// integers each time, so no error accumulates along the axis.
Scale make_scale(int mantissa, int exponent, long count) {
  Scale s;
  const double unit = std::pow(10.0, exponent);
  s.step = mantissa * unit;
  s.decimals = std::max(0, -exponent);
  for (long i = 0; i <= count; ++i) {
    const double value = static_cast<double>(i * mantissa) * unit;
    s.ticks.push_back({value, fmt::format("{:.{}f}", value, s.decimals)});
  }
  s.top = s.ticks.back().value;
  return s;
}

}  // namespace

double Scale::fraction(double value) const {
  if (!(top > 0) || !(value > 0)) return 0;
  return std::min(1.0, value / top);
}

Scale nice_scale(double max, int target, bool whole) {
  target = std::clamp(target, 1, 20);
  if (!std::isfinite(max) || max <= 0) max = 1;
  if (whole) max = std::max(max, static_cast<double>(target));
  const double raw = max / target;
  int exponent = static_cast<int>(std::floor(std::log10(raw)));
  const double f = raw / std::pow(10.0, exponent);
  int mantissa = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  if (mantissa == 10) {
    mantissa = 1;
    ++exponent;
  }
  if (whole && exponent < 0) {
    mantissa = 1;
    exponent = 0;
  }
  const double step = mantissa * std::pow(10.0, exponent);
  // A relative tolerance, so 0.3 / 0.1 = 2.9999999999999996 is 3 steps.
  const long count = std::max(1L, static_cast<long>(std::ceil(max / step - 1e-9)));
  return make_scale(mantissa, exponent, count);
}

Scale percent_scale() {
  return make_scale(2, 1, 5);
}

}  // namespace kolmi::exporters::chart
