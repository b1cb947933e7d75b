// Ids are never given twice (issue 13 item 6): migration 7 adds
// AUTOINCREMENT to every table whose ids reach a user or a script, keeping
// every row, id, index and reference of an older database.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "core/store/schema.hpp"
#include "core/store/table_rebuild.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using namespace kolmi::store;

namespace {

constexpr int kBeforeLastingIds = 6;  // the last version that reused ids

// One new row of each table, its unique values made from `n`; `user` and
// `device` exist.
const std::map<std::string, std::string> kInsert = {
    {"users", "INSERT INTO users (username, password) VALUES ('user' || ?1, 'x')"},
    {"devices", "INSERT INTO devices (name, user_id) VALUES ('dev' || ?1, ?2)"},
    {"calls", "INSERT INTO calls (calldate, uniqueid) VALUES ('2026-11-28 09:00:00', 'u' || ?1)"},
    {"payments", "INSERT INTO payments (user_id, date_added, amount) VALUES (?2, '2026-11-28 09:00:00', ?1)"},
    {"invoices",
     "INSERT INTO invoices (user_id, number, period_start, period_end, issue_date) "
     "VALUES (?2, 'INV' || ?1, '2026-10-01', '2026-10-31', '2026-11-01')"},
    {"callerids", "INSERT INTO callerids (cli, device_id, added_at) VALUES ('3706' || ?1, ?3, '2026-11-28')"},
    {"phonebooks",
     "INSERT INTO phonebooks (user_id, number, name, added) VALUES (?2, '3706' || ?1, 'n' || ?1, "
     "'2026-11-28')"},
    {"pdffaxes",
     "INSERT INTO pdffaxes (device_id, filename, receive_time) VALUES (?3, 'f' || ?1, '2026-11-28')"},
    {"callbacks",
     "INSERT INTO callbacks (user_id, device_id, src, dst, created_at, status) "
     "VALUES (?2, ?3, '3706' || ?1, '370', '2026-11-28 09:00:00', 'queued')"},
    {"actions",
     "INSERT INTO actions (date, user_id, user_login, action) VALUES ('2026-11-28', ?2, 'root', 'a' || ?1)"},
};

std::int64_t insert(Database& db, const std::string& table, std::int64_t n, std::int64_t user,
                    std::int64_t device) {
  const std::string& sql = kInsert.at(table);
  Statement s = db.prepare(sql);
  s.bind(1, n);
  if (sql.find("?2") != std::string::npos) s.bind(2, user);
  if (sql.find("?3") != std::string::npos) s.bind(3, device);
  s.run();
  return db.last_insert_rowid();
}

// Old data with gaps in its ids, and rows that refer to users and devices
// with ON DELETE CASCADE (sessions, callbacks): a rebuild with foreign keys
// on would delete them.
void add_old_data(Database& db) {
  db.exec(R"SQL(
    INSERT INTO currencies (id, name, exchange_rate) VALUES (1, 'USD', 1000000000);
    INSERT INTO users (id, username, password, first_name) VALUES (3, 'ann', 'x', 'Ann'), (17, 'bob', 'y', 'Bob');
    INSERT INTO devices (id, name, user_id, extension) VALUES (5, 'ann101', 3, '101'), (40, 'bob201', 17, '201');
    INSERT INTO sessions (id, user_id, token_hash, created_at, expires_at)
      VALUES (2, 17, 'h', '2026-11-28 00:00:00', '2026-12-28 00:00:00');
    INSERT INTO calls (id, calldate, src, dst, user_id, src_device_id, billsec, user_price, disposition)
      VALUES (9, '2026-11-01 10:00:00', '101', '370611', 3, 5, 60, 1000, 'ANSWERED'),
             (1000000, '2026-11-02 10:00:00', '201', '370612', 17, 40, 0, NULL, 'NO ANSWER');
    INSERT INTO payments (id, user_id, amount, date_added) VALUES (12, 3, 5000000000, '2026-11-03 00:00:00');
    INSERT INTO invoices (id, user_id, number, period_start, period_end, issue_date)
      VALUES (4, 17, 'INV4', '2026-10-01', '2026-10-31', '2026-11-01');
    INSERT INTO callerids (id, cli, device_id, added_at) VALUES (8, '37061111111', 40, '2026-11-01');
    INSERT INTO phonebooks (id, user_id, number, name, added) VALUES (15, 17, '37060000001', 'Mum', '2026-11-01'),
                                                                     (16, 3, '37060000002', 'Dad', '2026-11-02');
    INSERT INTO pdffaxes (id, device_id, filename, receive_time) VALUES (6, 5, 'a.pdf', '2026-11-04 00:00:00');
    INSERT INTO callbacks (id, user_id, device_id, src, dst, created_at, status, reason)
      VALUES (21, 17, 40, '37061234567', '37060000000', '2026-11-05 00:00:00', 'failed', 'no spool');
    INSERT INTO actions (id, date, user_id, user_login, action) VALUES (30, '2026-11-05 00:00:00', 3, 'ann', 'x');
  )SQL");
}

const std::initializer_list<std::string_view> kAllData = {"currencies", "users",    "devices",   "sessions",
                                                          "calls",      "payments", "invoices",  "callerids",
                                                          "phonebooks", "pdffaxes", "callbacks", "actions"};

// The schema as text, one entry per line: type, name, table, and the
// declaration with runs of blanks made one space.
std::vector<std::string> schema_of(Database& db) {
  std::vector<std::string> out;
  Statement s =
      db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
  static const std::regex blanks("\\s+");
  while (s.step())
    out.push_back(s.str(0) + "|" + s.str(1) + "|" + s.str(2) + "|" +
                  std::regex_replace(s.str(3), blanks, " "));
  return out;
}

}  // namespace

TEST_CASE("the AUTOINCREMENT migration (7) keeps every row and id of an older database", "[store][schema]") {
  test::ScratchDir dir;
  Database db = Database::open(dir.file("old.db"), OpenMode::create);
  migrate(db, kBeforeLastingIds);
  REQUIRE(schema_version(db) == kBeforeLastingIds);
  add_old_data(db);
  const auto before = test::dump_tables(db, kAllData);

  // Up to this migration: later ones add columns (calls.cdr_hash, schema 9).
  migrate(db, kBeforeLastingIds + 1);
  CHECK(schema_version(db) == kBeforeLastingIds + 1);
  CHECK(test::dump_tables(db, kAllData) == before);  // sessions and callbacks too: no cascade ran
  CHECK(test::query_rows(db, "PRAGMA foreign_key_check", 1).empty());
  CHECK(test::query_int(db, "PRAGMA foreign_keys") == 1);  // on again after the rebuild
  // Each sequence starts at the largest id present.
  CHECK(test::query_rows(db, "SELECT name, seq FROM sqlite_sequence ORDER BY name", 2) ==
        std::vector<std::string>{"actions|30", "callbacks|21", "callerids|8", "calls|1000000", "devices|40",
                                 "invoices|4", "payments|12", "pdffaxes|6", "phonebooks|16", "users|17"});
  // Still the same references: deleting a user cascades to their sessions.
  db.exec(
      "DELETE FROM callbacks WHERE user_id = 17; DELETE FROM callerids; DELETE FROM phonebooks WHERE user_id "
      "= 17;"
      "DELETE FROM invoices; DELETE FROM devices WHERE user_id = 17");
  db.exec("DELETE FROM users WHERE id = 17");
  CHECK(test::query_int(db, "SELECT count(*) FROM sessions") == 0);
  CHECK_THROWS(db.exec("DELETE FROM users WHERE id = 3"));  // devices, payments refer to ann
}

TEST_CASE("a migrated database has a fresh database's schema, with AUTOINCREMENT the only change",
          "[store][schema]") {
  test::ScratchDir dir;
  Database old = Database::open(dir.file("old.db"), OpenMode::create);
  migrate(old, kBeforeLastingIds);
  add_old_data(old);
  std::vector<std::string> v6 = schema_of(old);
  migrate(old, kBeforeLastingIds + 1);
  Database fresh = Database::open_memory();
  migrate(fresh, kBeforeLastingIds + 1);
  const std::vector<std::string> migrated = schema_of(old);
  CHECK(migrated == schema_of(fresh));

  // Against version 6: the same tables, indexes (partial ones included) and
  // references, word for word, each listed table's key now AUTOINCREMENT,
  // plus SQLite's sqlite_sequence.
  std::vector<std::string> expected;
  for (std::string line : v6) {
    for (const char* table : {"users", "devices", "calls", "payments", "invoices", "callerids", "phonebooks",
                              "pdffaxes", "callbacks", "actions"}) {
      const std::string head = std::string("table|") + table + "|" + table + "|";
      if (line.rfind(head, 0) == 0) {
        const std::string key = "id INTEGER PRIMARY KEY,";
        const auto at = line.find(key);
        REQUIRE(at != std::string::npos);
        line.insert(at + key.size() - 1, " AUTOINCREMENT");
      }
    }
    expected.push_back(line);
  }
  expected.push_back("table|sqlite_sequence|sqlite_sequence|CREATE TABLE sqlite_sequence(name,seq)");
  std::sort(expected.begin(), expected.end());
  std::vector<std::string> sorted = migrated;
  std::sort(sorted.begin(), sorted.end());
  CHECK(sorted == expected);
  CHECK(test::query_int(old, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%kolmi_rebuild%'") == 0);
}

TEST_CASE("an id is never given twice, even after the newest row is deleted", "[store][schema]") {
  test::TestDatabase t;
  const std::int64_t user = t.add_user({.login = "owner"});
  const std::int64_t device = t.add_device({.user_id = user, .name = "d"});
  for (const auto& [table, sql] : kInsert) {
    INFO(table);
    insert(t.db, table, 1, user, device);
    const std::int64_t newest = insert(t.db, table, 2, user, device);
    t.db.exec("DELETE FROM " + table + " WHERE id = " + std::to_string(newest));
    CHECK(insert(t.db, table, 3, user, device) > newest);
  }
}

TEST_CASE("a table rebuild refuses a table without an id key, and does nothing twice", "[store][schema]") {
  auto db = Database::open_memory();
  migrate(db);
  CHECK_THROWS(add_autoincrement(db, "no_such_table"));
  db.exec("CREATE TABLE t (name TEXT PRIMARY KEY, v INTEGER)");
  CHECK_THROWS(add_autoincrement(db, "t"));
  const auto schema = schema_of(db);
  add_autoincrement(db, "users");  // already done by the migration
  CHECK(schema_of(db) == schema);
}
