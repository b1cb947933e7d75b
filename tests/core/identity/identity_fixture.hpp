#pragma once
// A migrated in-memory database with users, a pinned clock and no login
// failure delay, shared by the identity tests.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/identity/password.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::test {

inline Seconds utc(std::string_view text) {
  return parse_utc(text).value();
}

struct IdentityFixture {
  store::Database db = store::Database::open_memory();
  FixedClock clock{utc("2024-03-01 12:00:00")};

  IdentityFixture() {
    store::migrate(db);
    store::set_confline(db, store::conf::kLoginFailureDelayMs, "0");
  }

  // Inserts a user whose stored password is `stored` as given (a hash).
  std::int64_t add_user_hash(std::string_view login, std::string_view stored,
                             std::string_view usertype = "user", bool blocked = false) {
    store::Statement s =
        db.prepare("INSERT INTO users (username, password, usertype, blocked) VALUES (?, ?, ?, ?)");
    s.bind_all(login, stored, usertype, blocked ? 1 : 0);
    s.run();
    return db.last_insert_rowid();
  }

  // Inserts a user with a cheap (minimal-cost) hash of `password`.
  std::int64_t add_user(std::string_view login, std::string_view password, std::string_view usertype = "user",
                        bool blocked = false) {
    return add_user_hash(login, identity::hash_password(password, identity::KdfCost::minimal), usertype,
                         blocked);
  }

  std::optional<std::string> column(std::string_view sql, std::int64_t id) {
    store::Statement s = db.prepare(sql);
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return s.opt_str(0);
  }

  std::int64_t count(std::string_view sql) {
    store::Statement s = db.prepare(sql);
    s.step();
    return s.int64(0);
  }
};

}  // namespace kolmi::test
