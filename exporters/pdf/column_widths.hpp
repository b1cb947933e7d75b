#pragma once
// Column widths from the content: each column asks for the width of its
// widest text (measured by the caller) and, when the page has room, gets it
// plus a share of what is left; when it has not, the columns that may shrink
// (free text such as destination names) give up width, the widest first, so
// numbers, dates and money are never cut while text has room elsewhere.
// Pure arithmetic, tested on its own.
#include <vector>

namespace kolmi::exporters::pdf {

struct ColumnNeed {
  float natural = 0;        // the widest text plus padding, points
  bool shrinkable = false;  // may be narrower than `natural` (its text is then cut)
  bool grows = false;       // takes a share of spare room
};

// Widths adding up to `total` (when the non-shrinkable columns fit in it):
//  - everything fits: each column gets its natural width, and the spare room
//    goes in equal shares to the columns that grow (to all when none does);
//  - it does not: shrinkable columns are cut down to a common cap, the
//    largest cap that makes the sum fit (the widest lose first, narrow ones
//    keep their natural width).
std::vector<float> fit_columns(const std::vector<ColumnNeed>& needs, float total);

}  // namespace kolmi::exporters::pdf
