#pragma once
// Queries over a user's calls. A user's calls are their outgoing calls
// (calls.user_id) and the calls to their devices (calls.dst_device_id), as
// shared/spec/domain.md defines; each half uses its own index
// (calls_user_date, calls_dst_device_date) so the cost follows the user's
// calls, not the table. An internal call between two of the user's own
// devices is counted once.
#include <cstdint>

#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

struct CallTotals {
  std::int64_t count = 0;
  std::int64_t billsec = 0;  // talk time, seconds
};

// The user's calls (both directions) that started in [from, till).
CallTotals user_call_totals(Database& db, std::int64_t user_id, Seconds from, Seconds till);

// Missed calls: incoming to the user's devices, disposition not ANSWERED,
// started in [from, till).
std::int64_t missed_calls_between(Database& db, std::int64_t user_id, Seconds from, Seconds till);
// Missed calls not yet processed (calls.processed = 0), of any date.
std::int64_t unprocessed_missed_calls(Database& db, std::int64_t user_id);

}  // namespace kolmi::store
