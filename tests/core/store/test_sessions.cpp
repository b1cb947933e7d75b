// The sessions table's SQL (store/sessions) on both back-ends: a new
// password ends the user's other sessions, keeping the one in use.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/store/sessions.hpp"
#include "tests/support/server_database.hpp"

using namespace kolmi;

namespace {

void check_other_sessions(store::Database& db) {
  store::Statement add = db.prepare("INSERT INTO users (id, username, password) VALUES (?, ?, 'x')");
  add.bind_all(1, "ann").run();
  add.bind_all(2, "bob").run();
  const auto session = [&](std::int64_t user, const std::string& hash) {
    store::insert_session(db, user, hash, "2026-11-28 09:00:00", "2026-12-28 09:00:00");
  };
  session(1, "a1");
  session(1, "a2");
  session(1, "a3");
  session(2, "b1");

  store::delete_other_sessions(db, 1, std::string("a2"));
  CHECK(!store::find_session(db, "a1"));
  CHECK(store::find_session(db, "a2"));
  CHECK(!store::find_session(db, "a3"));
  CHECK(store::find_session(db, "b1"));  // another user's stays

  store::delete_other_sessions(db, 1, std::nullopt);  // no session in use: all of them
  CHECK(!store::find_session(db, "a2"));
  CHECK(store::find_session(db, "b1"));
}

}  // namespace

TEST_CASE("sessions: a new password ends the user's other sessions", "[store]") {
  store::Database db = store::Database::open_memory();
  store::migrate(db);
  check_other_sessions(db);
}

TEST_CASE("sessions on MariaDB: a new password ends the user's other sessions", "[store][mariadb]") {
  auto socket = test::mariadb_test_socket();
  if (!socket) return;
  test::ServerDatabase server(*socket);
  store::Database db = server.open();
  store::migrate(db);
  check_other_sessions(db);
}
