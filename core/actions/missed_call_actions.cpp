#include "core/actions/missed_call_actions.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/call_totals.hpp"

namespace kolmi::actions {

void process_missed_call(const pages::PageContext& pc, std::int64_t call_id) {
  store::Transaction tx(pc.db);
  store::count_missed_call_processed(pc.db, call_id, pc.user.id);  // the main page's missed_total
  store::Statement mark = pc.db.prepare(
      "UPDATE calls SET processed = 1 "
      "WHERE id = ? AND disposition <> 'ANSWERED' "
      "AND dst_device_id IN (SELECT id FROM devices WHERE user_id = ?)");
  mark.bind_all(call_id, pc.user.id);
  mark.run();
  // SQLite counts a row the WHERE matched even when processed was already 1.
  if (pc.db.changes() == 0) throw not_found_error(fmt::format("no such missed call of yours: {}", call_id));
  tx.audit({.target_type = "call", .target_id = call_id});
  tx.commit();
}

}  // namespace kolmi::actions
