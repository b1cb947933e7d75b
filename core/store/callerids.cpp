#include "core/store/callerids.hpp"

namespace kolmi::store {

std::optional<std::int64_t> insert_callerid(Database& db, std::int64_t user_id, std::int64_t device_id,
                                            std::string_view cli, std::string_view description,
                                            std::string_view added_at) {
  // A CLI the device has already is no insert (not an error), said in
  // words both back-ends speak: the write transaction (one writer at a
  // time on both) keeps the check and the insert together, and the unique
  // key (device_id, cli) stays the last guard.
  Statement add = db.prepare(
      "INSERT INTO callerids (cli, device_id, description, added_at) "
      "SELECT ?, id, ?, ? FROM devices WHERE id = ? AND user_id = ? "
      "AND NOT EXISTS (SELECT 1 FROM callerids WHERE device_id = ? AND cli = ?)");
  add.bind_all(cli, description, added_at, device_id, user_id, device_id, cli);
  add.run();
  const std::int64_t id = db.last_insert_rowid();
  if (db.changes() == 0) return std::nullopt;
  return id;
}

}  // namespace kolmi::store
