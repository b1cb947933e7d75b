#include "core/store/call_queries.hpp"

#include "core/time/datetime.hpp"

namespace kolmi::store {

CallTotals user_call_totals(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  // Two index range scans; the second skips calls already counted as the
  // user's outgoing ones (internal calls between their own devices).
  Statement s = db.prepare(R"SQL(
    SELECT count(*), COALESCE(sum(billsec), 0) FROM (
      SELECT billsec FROM calls
       WHERE user_id = ?1 AND calldate >= ?2 AND calldate < ?3
      UNION ALL
      SELECT billsec FROM calls
       WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = ?1)
         AND calldate >= ?2 AND calldate < ?3
         AND (user_id IS NULL OR user_id <> ?1)) AS both_halves
  )SQL");
  s.bind_all(user_id, format_utc(from), format_utc(till));
  s.step();
  return CallTotals{s.int64(0), s.int64(1)};
}

std::int64_t missed_calls_between(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  Statement s = db.prepare(R"SQL(
    SELECT count(*) FROM calls
     WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = ?1)
       AND calldate >= ?2 AND calldate < ?3 AND disposition <> 'ANSWERED'
  )SQL");
  s.bind_all(user_id, format_utc(from), format_utc(till));
  s.step();
  return s.int64(0);
}

std::int64_t unprocessed_missed_calls(Database& db, std::int64_t user_id) {
  Statement s = db.prepare(R"SQL(
    SELECT count(*) FROM calls
     WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = ?1)
       AND disposition <> 'ANSWERED' AND processed = 0
  )SQL");
  s.bind(1, user_id);
  s.step();
  return s.int64(0);
}

}  // namespace kolmi::store
