#include "exporters/pdf/column_widths.hpp"

#include <algorithm>
#include <numeric>

namespace kolmi::exporters::pdf {

std::vector<float> fit_columns(const std::vector<ColumnNeed>& needs, float total) {
  std::vector<float> widths;
  widths.reserve(needs.size());
  float sum = 0;
  for (const ColumnNeed& n : needs) {
    widths.push_back(n.natural);
    sum += n.natural;
  }
  if (needs.empty()) return widths;
  if (sum <= total) {
    std::size_t growing = static_cast<std::size_t>(std::count_if(needs.begin(), needs.end(), [](const ColumnNeed& n) { return n.grows; }));
    const bool all = growing == 0;
    if (all) growing = needs.size();
    const float share = (total - sum) / static_cast<float>(growing);
    for (std::size_t i = 0; i < needs.size(); ++i) {
      if (all || needs[i].grows) widths[i] += share;
    }
    return widths;
  }
  // Too wide: find the cap c such that fixed + sum(min(natural, c)) over the
  // shrinkable columns == total, by walking their naturals from the widest.
  float fixed = 0;
  std::vector<float> shrinkable;
  for (const ColumnNeed& n : needs) {
    if (n.shrinkable) {
      shrinkable.push_back(n.natural);
    } else {
      fixed += n.natural;
    }
  }
  if (shrinkable.empty()) return widths;  // nothing may give: the caller cuts
  std::sort(shrinkable.begin(), shrinkable.end(), std::greater<>());
  const float room = std::max(0.0f, total - fixed);
  float cap = 0;
  float below = std::accumulate(shrinkable.begin(), shrinkable.end(), 0.0f);  // sum of those under the cap
  for (std::size_t k = 0; k < shrinkable.size(); ++k) {
    // Columns 0..k are capped at `cap`, the rest keep their natural widths.
    below -= shrinkable[k];
    cap = (room - below) / static_cast<float>(k + 1);
    const float next = k + 1 < shrinkable.size() ? shrinkable[k + 1] : 0.0f;
    if (cap >= next) break;
  }
  cap = std::max(cap, 0.0f);
  for (std::size_t i = 0; i < needs.size(); ++i) {
    if (needs[i].shrinkable) widths[i] = std::min(needs[i].natural, cap);
  }
  return widths;
}

}  // namespace kolmi::exporters::pdf
