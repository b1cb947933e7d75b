#include "core/store/initial_rows.hpp"

namespace kolmi::store {

void insert_usd_currency(Database& db) {
  db.exec(
      "INSERT INTO currencies (name, full_name, exchange_rate, active) "
      "VALUES ('USD', 'United States dollar', 1000000000, 1)");
}

void insert_first_admin(Database& db, std::string_view login, std::string_view password_hash,
                        std::string_view created_at) {
  auto add = db.prepare(
      "INSERT INTO users (username, password, usertype, first_name, last_name, currency_id, "
      "created_at) VALUES (?, ?, 'admin', 'System', 'Administrator', "
      "(SELECT id FROM currencies WHERE name = 'USD'), ?)");
  add.bind_all(login, password_hash, created_at);
  add.run();
}

void checkpoint_into_file(Database& db) {
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace kolmi::store
