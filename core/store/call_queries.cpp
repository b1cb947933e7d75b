#include "core/store/call_queries.hpp"

#include "core/store/call_totals.hpp"

namespace kolmi::store {

// All three read the call totals (store/call_totals.hpp), so they cost the
// same whatever the number of calls.

CallTotals user_call_totals(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  CallTotals t;
  visit_call_groups(db, user_id, from, till, CallHalves::user_calls, {}, [&](const CallGroup& g) {
    t.count += g.calls;
    t.billsec += g.billsec;
  });
  return t;
}

std::int64_t missed_calls_between(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  std::int64_t n = 0;
  visit_call_groups(db, user_id, from, till, CallHalves::to_devices, {}, [&](const CallGroup& g) {
    if (g.outcome != CallOutcome::answered) n += g.calls;
  });
  return n;
}

std::int64_t unprocessed_missed_calls(Database& db, std::int64_t user_id) {
  return unprocessed_missed_total(db, user_id);
}

}  // namespace kolmi::store
