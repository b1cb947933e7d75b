#pragma once
// The missed calls page (examples/missed_calls.xml; spec "Missed calls" a
// and b): calls to the user's devices that were not answered
// (shared/spec/README.md decision 10) in a period, default today, oldest
// first, streamed from the database. missed_total counts the listed calls.
#include <cstdint>
#include <optional>
#include <string>

#include "core/pages/page_context.hpp"
#include "core/pages/period.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

struct MissedCallsRequest {
  std::optional<std::string> from{};  // --from, local; default today
  std::optional<std::string> till{};  // --till, local
  std::optional<std::string> period{};  // --period, instead of --from/--till
};

struct MissedCallsPage {
  Period period;
  std::int64_t missed_total = 0;
};

// Throws Error(usage) naming --from, --till or --period, Error(storage).
MissedCallsPage load_missed_calls_page(const PageContext& pc, const MissedCallsRequest& request);
void write_missed_calls_page(output::TreeWriter& w, const PageContext& pc, const MissedCallsPage& page);

// Loads and writes the page: what `kolmi missed-calls` prints, and what an
// action on a missed call (marking it processed) prints afterwards.
void produce_missed_calls_page(output::TreeWriter& w, const PageContext& pc, const MissedCallsRequest& request);

}  // namespace kolmi::pages
