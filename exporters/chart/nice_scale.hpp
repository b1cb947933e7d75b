#pragma once
// The value axis of a chart: from 0 up to the first multiple of a "nice"
// step (1, 2 or 5 times a power of ten) at or above the largest value, in
// about `target` steps, with the tick labels written once so that every
// renderer shows the same numbers. Pure arithmetic, no drawing.
#include <string>
#include <vector>

namespace kolmi::exporters::chart {

struct Tick {
  double value = 0;
  std::string label;  // the value with the scale's decimals, '.' as the mark
};

struct Scale {
  double top = 1;    // the axis ends here (the last tick)
  double step = 1;   // between two ticks
  int decimals = 0;  // of the labels: 1 for a step of 0.5, 0 for 5 or 50
  std::vector<Tick> ticks;  // 0, step, 2 step, ..., top

  // Where `value` lies on the axis, 0 at the bottom and 1 at the top
  // (values above the top or below 0 are clamped).
  double fraction(double value) const;
};

// The scale for values from 0 to `max`. `whole`: the values are counts,
// so the step is at least 1, and the axis reaches at least `target` (a day
// of 1 call is a fifth of the axis, not all of it: 0..5 in steps of 1). A
// `max` of 0, below 0 or not finite (an empty chart) is taken as 1 (0..1 in
// steps of 0.2; counts 0..5). `target` is clamped to 1..20.
Scale nice_scale(double max, int target = 5, bool whole = false);

// The fixed scale of a percentage: 0 to 100 in steps of 20.
Scale percent_scale();

}  // namespace kolmi::exporters::chart
