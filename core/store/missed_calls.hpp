#pragma once
// Writes to a user's missed calls (kolmi missed process); the counts are in
// store/call_queries, the list in store/call_list.
#include <cstdint>

#include "core/store/database.hpp"

namespace kolmi::store {

// Marks call `call_id` processed when it is a missed call (not ANSWERED) to
// one of the user's devices; false when no such call of the user's exists.
// A call already processed counts as found (SQLite counts a row the WHERE
// matched even when the value does not change).
bool mark_missed_call_processed(Database& db, std::int64_t user_id, std::int64_t call_id);

}  // namespace kolmi::store
