#include "core/store/callback_list.hpp"

namespace kolmi::store {

void for_each_callback(Database& db, const CallbackFilter& filter,
                       const std::function<void(const CallbackRow&)>& visit) {
  // One statement: the optional filters are "?N IS NULL OR ..." with bound
  // values. A user's requests come through callbacks_user_time; all users'
  // are few (one per request a person typed), so a scan is fine.
  Statement s = db.prepare(
      "SELECT c.id, c.created_at, c.user_id, u.username, c.device_id, d.name, c.src, c.dst, c.status, "
      "c.reason, c.call_file FROM callbacks c JOIN users u ON u.id = c.user_id "
      "JOIN devices d ON d.id = c.device_id "
      "WHERE c.created_at >= ?1 AND c.created_at < ?2 AND (?3 IS NULL OR c.user_id = ?3) "
      "AND (?4 IS NULL OR c.status = ?4) ORDER BY c.created_at, c.id");
  s.bind(1, filter.from).bind(2, filter.till).bind(3, filter.user_id).bind(4, filter.stored_status);
  s.stream();  // MariaDB: row by row; `visit` must not use the database (Statement::stream)
  CallbackRow r;
  while (s.step()) {
    r.id = s.int64(0);
    r.created_at = s.text(1);
    r.user_id = s.int64(2);
    r.login = s.text(3);
    r.device_id = s.int64(4);
    r.device_name = s.text(5);
    r.src = s.text(6);
    r.dst = s.text(7);
    r.status = s.text(8);
    r.reason = s.text(9);
    r.call_file = s.text(10);
    visit(r);
  }
}

}  // namespace kolmi::store
