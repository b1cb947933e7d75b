#pragma once
// The totals a document about the calls page's calls shows before the list
// (the calls PDF's summary): the same totals as `kolmi calls --summary`
// (pages/calls_summary), plus the spend per destination and the sum of the
// prices as the rows show them (each rounded), so the document can say when
// its total, rounded once, differs from that. One pass over the calls; the
// sums are exact integer sums of nano-units, never re-added floats.
#include <cstdint>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/pages/calls_page.hpp"
#include "core/pages/calls_summary.hpp"

namespace kolmi::pages {

struct DestinationSpend {
  std::string name;  // destinations.name; "" for calls without one
  std::int64_t calls = 0;
  std::int64_t billsec = 0;
  Decimal price;  // exact sum, in the page's currency
};

struct CallsBreakdown {
  CallsSummary totals;  // equal to sum_calls() for the same page
  // Every destination the calls have, the largest spend first (then by name).
  std::vector<DestinationSpend> destinations;
  // The sum of each rated call's price rounded to `digits` (what the rows show).
  Decimal rounded_rows;
  // The longest caller and callee numbers (in characters), for column widths.
  std::string longest_src;
  std::string longest_dst;
};

// Reads every call of `page` once. Throws Error(storage), also when a sum
// would not fit (9 billion units).
CallsBreakdown break_down_calls(const PageContext& pc, const CallsPage& page, int digits);

}  // namespace kolmi::pages
