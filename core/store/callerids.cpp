#include "core/store/callerids.hpp"

namespace kolmi::store {

std::optional<std::int64_t> insert_callerid(Database& db, std::int64_t user_id, std::int64_t device_id,
                                            std::string_view cli, std::string_view description,
                                            std::string_view added_at) {
  Statement add = db.prepare(
      "INSERT INTO callerids (cli, device_id, description, added_at) "
      "SELECT ?, id, ?, ? FROM devices WHERE id = ? AND user_id = ? "
      "ON CONFLICT (device_id, cli) DO NOTHING");
  add.bind_all(cli, description, added_at, device_id, user_id);
  add.run();
  const std::int64_t id = db.last_insert_rowid();
  if (db.changes() == 0) return std::nullopt;
  return id;
}

}  // namespace kolmi::store
