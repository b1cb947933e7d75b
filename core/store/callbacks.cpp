#include "core/store/callbacks.hpp"

namespace kolmi::store {

std::optional<std::int64_t> insert_callback(Database& db, const NewCallback& c) {
  Statement s = db.prepare(
      "INSERT INTO callbacks (user_id, device_id, src, dst, created_at, status, reason) "
      "SELECT user_id, id, ?, ?, ?, ?, ? FROM devices WHERE id = ? AND user_id = ?");
  s.bind_all(c.src, c.dst, c.created_at, c.status, c.reason, c.device_id, c.user_id);
  s.run();
  if (db.changes() == 0) return std::nullopt;
  return db.last_insert_rowid();
}

void set_callback_file(Database& db, std::int64_t user_id, std::int64_t callback_id,
                       std::string_view call_file) {
  Statement s = db.prepare("UPDATE callbacks SET call_file = ? WHERE id = ? AND user_id = ?");
  s.bind_all(call_file, callback_id, user_id);
  s.run();
}

}  // namespace kolmi::store
