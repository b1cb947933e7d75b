#include "core/store/user_logins.hpp"

namespace kolmi::store {

std::optional<std::int64_t> find_user_id(Database& db, std::string_view username) {
  Statement s = db.prepare("SELECT id FROM users WHERE username = ?");
  s.bind(1, username);
  if (!s.step()) return std::nullopt;
  return s.int64(0);
}

void replace_password_hash(Database& db, std::int64_t user_id, std::string_view new_hash,
                           std::string_view old_hash) {
  Statement s = db.prepare("UPDATE users SET password = ? WHERE id = ? AND password = ?");
  s.bind_all(new_hash, user_id, old_hash);
  s.run();
}

void record_login(Database& db, std::int64_t user_id, std::string_view now) {
  // SQLite evaluates every right-hand side on the old row, so the previous
  // login becomes the one before this.
  Statement s =
      db.prepare("UPDATE users SET previous_login_at = last_login_at, last_login_at = ? WHERE id = ?");
  s.bind_all(now, user_id);
  s.run();
}

}  // namespace kolmi::store
