#include "core/store/missed_calls.hpp"

namespace kolmi::store {

bool mark_missed_call_processed(Database& db, std::int64_t user_id, std::int64_t call_id) {
  Statement mark = db.prepare(
      "UPDATE calls SET processed = 1 "
      "WHERE id = ? AND disposition <> 'ANSWERED' "
      "AND dst_device_id IN (SELECT id FROM devices WHERE user_id = ?)");
  mark.bind_all(call_id, user_id);
  mark.run();
  return db.changes() != 0;
}

}  // namespace kolmi::store
