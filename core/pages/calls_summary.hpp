#pragma once
// `kolmi calls --summary`: the totals of the calls the calls page lists for
// the same filters (calls, answered, talk time, price) in one record, in
// every output format. The price is the exact sum of the prices the page's
// data formats carry (each call converted into the page's currency), so a
// script that adds up the rows gets the same number; the XML shows it
// rounded once, to Nice_Number_Digits.
#include <cstdint>

#include "core/decimal.hpp"
#include "core/output/tree_writer.hpp"
#include "core/pages/calls_page.hpp"

namespace kolmi::pages {

struct CallsSummary {
  std::int64_t calls = 0;
  std::int64_t answered = 0;
  std::int64_t billsec = 0;
  std::int64_t unrated = 0;  // outgoing calls without a price, left out of the sum
  Decimal price;             // exact, in page.currency
};

// Reads every call of `page` once. Throws Error(storage), also when the sum
// would not fit (no real period comes near: 9 billion units).
CallsSummary sum_calls(const PageContext& pc, const CallsPage& page);
void write_calls_summary(output::TreeWriter& w, const PageContext& pc, const CallsPage& page,
                         const CallsSummary& summary);

}  // namespace kolmi::pages
