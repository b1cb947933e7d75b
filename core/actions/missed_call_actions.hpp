#pragma once
// Process a missed call (spec "Missed calls" c): the user marks one of their
// missed calls handled (calls.processed = 1), which takes it out of the main
// page's missed_total.
#include <cstdint>

#include "core/pages/page_context.hpp"

namespace kolmi::actions {

// Marks call `call_id` processed when it is a missed call of pc.user: a
// call to one of the user's devices whose disposition is not ANSWERED
// (shared/spec/README.md decision 10, the rule of the missed calls page),
// checked by the UPDATE itself. Marking a processed call again succeeds.
// Throws Error(not_found) "no such missed call of yours: ID" for a missing
// call, another user's, an answered one or one the user made to someone
// else, and then nothing changes. Error(storage).
void process_missed_call(const pages::PageContext& pc, std::int64_t call_id);

}  // namespace kolmi::actions
