#pragma once
// A migrated in-memory database with users, a clock pinned at 2024-03-01
// 12:00 UTC and no login failure delay, shared by the identity tests.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/identity/password.hpp"
#include "core/store/conflines.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/test_database.hpp"

namespace kolmi::test {

inline Seconds utc(std::string_view text) {
  return parse_utc(text).value();
}

struct IdentityFixture : TestDatabase {
  IdentityFixture() {
    clock.set(utc("2024-03-01 12:00:00"));
    store::set_confline(db, store::conf::kLoginFailureDelayMs, "0");
  }

  // Inserts a user whose stored password is `stored` as given (a hash).
  std::int64_t add_user_hash(std::string_view login, std::string_view stored,
                             std::string_view usertype = "user", bool blocked = false) {
    return TestDatabase::add_user({.login = std::string(login),
                                   .password = std::string(stored),
                                   .usertype = std::string(usertype),
                                   .blocked = blocked});
  }

  // Inserts a user with a cheap (minimal-cost) hash of `password`.
  std::int64_t add_user(std::string_view login, std::string_view password, std::string_view usertype = "user",
                        bool blocked = false) {
    return add_user_hash(login, hashed(password), usertype, blocked);
  }

  std::optional<std::string> column(std::string_view sql, std::int64_t id) {
    store::Statement s = db.prepare(sql);
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return s.opt_str(0);
  }

  std::int64_t count(std::string_view sql) { return query_int(db, sql); }
};

}  // namespace kolmi::test
