#include "core/actions/missed_call_actions.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/call_totals.hpp"
#include "core/store/missed_calls.hpp"

namespace kolmi::actions {

void process_missed_call(const pages::PageContext& pc, std::int64_t call_id) {
  store::Transaction tx(pc.db);
  store::count_missed_call_processed(pc.db, call_id, pc.user.id);  // the main page's missed_total
  if (!store::mark_missed_call_processed(pc.db, pc.user.id, call_id))
    throw not_found_error(fmt::format("no such missed call of yours: {}", call_id));
  tx.audit({.target_type = "call", .target_id = call_id});
  tx.commit();
}

}  // namespace kolmi::actions
