// kolmi admin copy's core (store/database_copy, setup/copy_database): every
// table's rows, byte for byte, with ids, NULLs and id counters, into a new
// SQLite file or an empty MariaDB database, and nothing left behind when a
// copy fails.
//
// The MariaDB cases run on the private test server named by
// KOLMI_TEST_MARIADB_SOCKET (skipped without it, failed without it when
// KOLMI_TEST_MARIADB_REQUIRED=1), as tests/core/store/test_mariadb_backend.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <dirent.h>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/demo/demo.hpp"
#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "core/setup/copy_database.hpp"
#include "core/store/database_copy.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"
#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/server_database.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using store::Database;
using store::OpenMode;

namespace {

// Every row of every table of an SQLite database, as SQL literals (quote():
// text byte for byte, integers, NULL), sorted as text, and each
// AUTOINCREMENT table's sequence: equal dumps are equal databases.
std::vector<std::string> dump(Database& db) {
  std::vector<std::string> out;
  std::vector<std::string> tables = store::kolmi_data_tables();
  for (const std::string& table : tables) {
    std::vector<std::string> columns;
    auto c = db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    c.bind(1, table);
    while (c.step()) columns.push_back(c.str(0));
    REQUIRE_FALSE(columns.empty());
    std::string row_sql;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      row_sql += fmt::format("{}quote(\"{}\")", i == 0 ? "" : " || ',' || ", columns[i]);
    }
    auto s = db.prepare(fmt::format("SELECT {} AS r FROM \"{}\" ORDER BY r", row_sql, table));
    while (s.step()) out.push_back(table + "|" + s.str(0));
  }
  auto seq = db.prepare("SELECT name, seq FROM sqlite_sequence ORDER BY name");
  while (seq.step()) out.push_back(fmt::format("sqlite_sequence|{}|{}", seq.str(0), seq.int64(1)));
  return out;
}

std::int64_t count(Database& db, const std::string& sql) {
  auto s = db.prepare(sql);
  REQUIRE(s.step());
  return s.int64(0);
}

// A kolmi demo database (every kind of row kolmi writes) plus what a demo
// does not make: extreme money, NULLs, text that is not plain ASCII, and a
// sequence ahead of the largest id (the newest rows deleted).
std::string make_source(const test::ScratchDir& dir, bool invalid_utf8) {
  const std::string path = dir.file("source.db");
  FixedClock clock(parse_utc("2026-11-28 09:30:00").value());
  demo::DemoOptions options;
  options.calls = 700;  // several INSERT batches and a tail
  demo::create_demo_database(path, options, clock);
  Database db = store::open_kolmi_database(path);
  store::Transaction tx(db, store::WriteKind::schema);
  db.exec(
      "INSERT INTO payments (user_id, amount, currency, date_added, exchange_rate, comment) VALUES "
      "(2, 9223372036854775807, 'USD', '2026-11-01 00:00:00', NULL, 'most'), "
      "(2, -9223372036854775807, 'USD', '2026-11-02 00:00:00', 1000000000, 'least: ''quoted'' \\ back\nline')");
  db.exec(
      "INSERT INTO calls (calldate, src, dst, lastdata, user_price, prefix) VALUES "
      "('2026-11-27 10:00:00', '101', '4420', 'Ünïcödé 😀 \t tab', NULL, NULL)");
  if (invalid_utf8) {
    db.exec("INSERT INTO calls (calldate, src, dst, lastdata) VALUES ('2026-11-27 11:00:00', '101', '44', "
            "CAST(X'ff00fe41' AS TEXT))");
  }
  db.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (2, '1', 'gone', '2026-11-01 00:00:00')");
  db.exec("DELETE FROM phonebooks WHERE id = (SELECT max(id) FROM phonebooks)");
  tx.commit();
  return path;
}

using kolmi::test::ServerDatabase;

std::optional<std::string> test_socket() { return kolmi::test::mariadb_test_socket(); }

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = ::opendir(dir.c_str());
  REQUIRE(d != nullptr);
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

std::int64_t rows_of(const std::vector<store::TableCopy>& copied, const std::string& table) {
  for (const auto& t : copied) {
    if (t.table == table) return t.rows;
  }
  FAIL("no table " << table << " in the copy's report");
  return -1;
}

}  // namespace

TEST_CASE("a copy moves every table of the schema", "[store][copy]") {
  // The copy's list of tables is the schema's: every table of a migrated
  // SQLite database but SQLite's own.
  Database db = Database::open_memory();
  store::migrate(db);
  std::vector<std::string> tables;
  auto s = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  while (s.step()) tables.push_back(s.str(0));
  std::vector<std::string> copied = store::kolmi_data_tables();
  std::sort(copied.begin(), copied.end());
  CHECK(copied == tables);
}

TEST_CASE("SQLite to SQLite: every row byte for byte, ids, NULLs and counters", "[store][copy]") {
  test::ScratchDir dir{"kolmi-copy"};
  const std::string from = make_source(dir, /*invalid_utf8=*/true);
  Database source = store::open_kolmi_database(from);
  const std::string to = dir.file("sub/copy.db");
  std::vector<std::string> seen;
  const auto copied = setup::copy_database(
      source, {.location = to, .on_table = [&](const store::TableCopy& t) { seen.push_back(t.table); }});
  CHECK(seen == store::kolmi_data_tables());
  CHECK(rows_of(copied, "calls") == 702);
  CHECK(rows_of(copied, "call_user_totals") == count(source, "SELECT count(*) FROM call_user_totals"));

  // No file but the copy is left in its folder.
  CHECK(files_in(dir.file("sub")) == std::vector<std::string>{"copy.db"});
  Database target = store::open_kolmi_database(to);
  CHECK(dump(target) == dump(source));
  CHECK(store::schema_version(target) == store::latest_schema_version());

  // The newest phonebook entry was deleted in the source: its id is never given again.
  const std::int64_t next = count(source, "SELECT seq + 1 FROM sqlite_sequence WHERE name = 'phonebooks'");
  CHECK(next > count(source, "SELECT max(id) + 1 FROM phonebooks"));
  store::Transaction tx(target, store::WriteKind::schema);
  target.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (2, '2', 'new', '2026-11-28 00:00:00')");
  CHECK(target.last_insert_rowid() == next);
  tx.commit();
}

TEST_CASE("a copy never writes over a database", "[store][copy]") {
  test::ScratchDir dir{"kolmi-copy"};
  const std::string from = make_source(dir, false);
  Database source = store::open_kolmi_database(from);
  const std::string to = dir.write("taken.db", "somebody's file");
  try {
    setup::copy_database(source, {.location = to});
    FAIL("copied over an existing file");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    CHECK(std::string(e.what()) == to + " already exists; kolmi admin copy writes only a new database");
  }
  CHECK(test::query_text(source, "SELECT count(*) FROM calls") == "701");
  CHECK(files_in(dir.path()) == std::vector<std::string>{"source.db", "source.db-shm", "source.db-wal", "taken.db"});
}

TEST_CASE("a copy that fails half-way leaves no file", "[store][copy]") {
  test::ScratchDir dir{"kolmi-copy"};
  const std::string from = make_source(dir, false);
  Database source = store::open_kolmi_database(from);
  const std::string to = dir.file("out/copy.db");
  CHECK_THROWS_WITH(setup::copy_database(source, {.location = to,
                                                  .on_table =
                                                      [](const store::TableCopy& t) {
                                                        if (t.table == "calls") throw std::runtime_error("stop");
                                                      }}),
                    "stop");
  CHECK_FALSE(io::path_exists(to));
  CHECK(files_in(dir.file("out")).empty());  // the hidden file is gone too
}

TEST_CASE("a copy refuses a source whose table lacks a column of the schema", "[store][copy]") {
  test::ScratchDir dir{"kolmi-copy"};
  const std::string from = make_source(dir, false);
  Database source = store::open_kolmi_database(from);
  source.exec("ALTER TABLE payments DROP COLUMN comment");
  try {
    setup::copy_database(source, {.location = dir.file("copy.db")});
    FAIL("copied");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK(std::string(e.what()) == "copying table payments: " + from + " has no column comment");
  }
  CHECK_FALSE(io::path_exists(dir.file("copy.db")));
}

TEST_CASE("SQLite to MariaDB and back: the same database, counters continuing", "[store][copy][mariadb]") {
  const auto socket = test_socket();
  if (!socket) return;
  test::ScratchDir dir{"kolmi-copy"};
  const std::string from = make_source(dir, /*invalid_utf8=*/false);
  Database source = store::open_kolmi_database(from);
  ServerDatabase server(*socket);

  const auto up = setup::copy_database(source, {.location = server.url()});
  CHECK(rows_of(up, "calls") == 701);
  {
    Database db = store::open_kolmi_database(server.url());  // marked: a kolmi database
    CHECK(count(db, "SELECT count(*) FROM calls") == 701);
    CHECK(count(db, "SELECT max(amount) FROM payments") == std::numeric_limits<std::int64_t>::max());
    CHECK(test::query_text(db, "SELECT lastdata FROM calls WHERE prefix IS NULL AND src = '101' AND dst = '4420'") ==
          "Ünïcödé 😀 \t tab");
  }
  // A copy into it again is refused: it holds a kolmi database now.
  try {
    setup::copy_database(source, {.location = server.url()});
    FAIL("copied over a kolmi database");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    CHECK_THAT(e.what(), Catch::Contains("already holds a kolmi database"));
  }

  const std::string back = dir.file("back.db");
  {
    Database db = store::open_kolmi_database(server.url());
    setup::copy_database(db, {.location = back});
  }
  Database round = store::open_kolmi_database(back);
  CHECK(dump(round) == dump(source));

  // On the server, new rows continue after the source's counters: the
  // deleted newest phonebook id is not given again, calls go on after max(id).
  Database db = store::open_kolmi_database(server.url());
  store::Transaction tx(db, store::WriteKind::schema);
  db.exec("INSERT INTO phonebooks (user_id, number, name, added) VALUES (2, '2', 'new', '2026-11-28 00:00:00')");
  CHECK(db.last_insert_rowid() == count(source, "SELECT seq + 1 FROM sqlite_sequence WHERE name = 'phonebooks'"));
  db.exec("INSERT INTO calls (calldate) VALUES ('2026-11-28 00:00:00')");
  CHECK(db.last_insert_rowid() == count(source, "SELECT seq + 1 FROM sqlite_sequence WHERE name = 'calls'"));
  tx.commit();
}

TEST_CASE("a copy into MariaDB that fails drops what it made", "[store][copy][mariadb]") {
  const auto socket = test_socket();
  if (!socket) return;
  test::ScratchDir dir{"kolmi-copy"};

  SECTION("a value the server's column cannot hold (invalid UTF-8 in a CDR field)") {
    const std::string from = make_source(dir, /*invalid_utf8=*/true);
    Database source = store::open_kolmi_database(from);
    ServerDatabase server(*socket);
    try {
      setup::copy_database(source, {.location = server.url()});
      FAIL("copied");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::storage);
      CHECK_THAT(e.what(), Catch::StartsWith("copying table calls: "));
    }
    Database db = server.open();
    CHECK_FALSE(store::mariadb_has_tables(db));
  }
  SECTION("stopped half-way") {
    const std::string from = make_source(dir, false);
    Database source = store::open_kolmi_database(from);
    ServerDatabase server(*socket);
    CHECK_THROWS_WITH(setup::copy_database(source, {.location = server.url(),
                                                    .on_table =
                                                        [](const store::TableCopy& t) {
                                                          if (t.table == "users") throw std::runtime_error("stop");
                                                        }}),
                      "stop");
    Database db = server.open();
    CHECK_FALSE(store::mariadb_has_tables(db));
  }
  SECTION("killed half-way: an unmarked schema, named as such by the next copy") {
    const std::string from = make_source(dir, false);
    Database source = store::open_kolmi_database(from);
    ServerDatabase server(*socket);
    {
      Database db = server.open();
      store::create_unmarked_mariadb_schema(db);  // what a copy killed after its first table leaves
    }
    try {
      setup::copy_database(source, {.location = server.url()});
      FAIL("copied");
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::action_failed);
      CHECK_THAT(e.what(), Catch::Contains("holds an unfinished copy"));
    }
    CHECK_THROWS_WITH(store::open_kolmi_database(server.url()), Catch::Contains("not a kolmi database"));
  }
}
