#include "core/store/sessions.hpp"

namespace kolmi::store {

void insert_session(Database& db, std::int64_t user_id, std::string_view token_hash,
                    std::string_view created_at, std::string_view expires_at) {
  Statement s =
      db.prepare("INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)");
  s.bind_all(user_id, token_hash, created_at, expires_at);
  s.run();
}

std::optional<SessionRow> find_session(Database& db, std::string_view token_hash) {
  Statement s = db.prepare("SELECT user_id, expires_at FROM sessions WHERE token_hash = ?");
  s.bind(1, token_hash);
  if (!s.step()) return std::nullopt;
  return SessionRow{s.int64(0), s.str(1)};
}

void delete_session(Database& db, std::string_view token_hash) {
  Statement s = db.prepare("DELETE FROM sessions WHERE token_hash = ?");
  s.bind(1, token_hash);
  s.run();
}

int delete_expired_sessions(Database& db, std::string_view now, std::optional<std::int64_t> user_id) {
  Statement s = db.prepare("DELETE FROM sessions WHERE expires_at <= ?1 AND (?2 IS NULL OR user_id = ?2)");
  s.bind(1, now);
  s.bind(2, user_id);
  s.run();
  return db.changes();
}

void delete_user_sessions(Database& db, std::int64_t user_id) {
  Statement s = db.prepare("DELETE FROM sessions WHERE user_id = ?");
  s.bind(1, user_id);
  s.run();
}

void delete_other_sessions(Database& db, std::int64_t user_id, const std::optional<std::string>& keep_hash) {
  if (!keep_hash) {
    delete_user_sessions(db, user_id);
    return;
  }
  // token_hash is never NULL, so <> says what SQLite's "IS NOT ?" did;
  // MariaDB has IS NOT only before NULL, TRUE and FALSE.
  Statement s = db.prepare("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?");
  s.bind_all(user_id, *keep_hash);
  s.run();
}

}  // namespace kolmi::store
