// The MariaDB back-end through the store's public types, on the private test
// server (tests/support/server_database.hpp). Every test gets a fresh
// database of its own, dropped afterwards.
#include <catch2/catch.hpp>

#include <optional>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/setup/init_database.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"
#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/server_database.hpp"

using kolmi::Decimal;
using kolmi::Error;
using kolmi::ExitCode;
using kolmi::store::Database;
using kolmi::store::Dialect;
using kolmi::store::OpenMode;
using kolmi::store::ReadSnapshot;
using kolmi::store::Statement;
using kolmi::store::Transaction;
using kolmi::test::ServerDatabase;

namespace {

using kolmi::test::mariadb_url;

std::optional<std::string> test_socket() { return kolmi::test::mariadb_test_socket(); }

std::string url_of(const std::string& socket, const std::string& database) { return mariadb_url(socket, database); }

std::int64_t count(Database& db, const std::string& table) {
  Statement s = db.prepare("SELECT count(*) FROM " + table);
  s.step();
  return s.int64(0);
}

// The storage error's message `f` throws, checking its exit code (5).
template <typename F>
std::string storage_failure(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::storage);
    return e.what();
  }
  FAIL("no error");
  return "";
}

}  // namespace

TEST_CASE("MariaDB: kolmi's schema is made at the current version", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  CHECK(db.dialect() == Dialect::mariadb);
  CHECK(kolmi::store::schema_version(db) == 0);
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(kolmi::store::application_id(db) == kolmi::store::kApplicationId);
  CHECK(count(db, "calls") == 0);
  // A second migrate changes nothing.
  kolmi::store::migrate(db);
  CHECK(count(db, "kolmi_schema") == 1);
  // Text longer than a VARCHAR is refused (STRICT_ALL_TABLES), never cut.
  Statement too_long = db.prepare("INSERT INTO directions (name, code) VALUES ('x', ?)");
  too_long.bind(1, std::string(17, 'A'));
  CHECK(storage_failure([&] { too_long.run(); }).find("Data too long") != std::string::npos);
  // A long TEXT value comes back whole.
  Statement conf = db.prepare("INSERT INTO conflines (name, value) VALUES ('long', ?)");
  const std::string long_text(60000, 'q');  // TEXT holds up to 64 KiB
  conf.bind(1, long_text);
  conf.run();
  Statement back = db.prepare("SELECT value FROM conflines WHERE name = 'long'");
  REQUIRE(back.step());
  CHECK(back.str(0) == long_text);
}

TEST_CASE("MariaDB: a database of schema 8 gets the calls' duplicate key, and a rerun finishes it",
          "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  // Back to what schema 8 made: no cdr_hash, a plain index on uniqueid.
  db.exec("ALTER TABLE calls DROP INDEX calls_identity, DROP COLUMN cdr_hash, ADD INDEX calls_uniqueid (uniqueid)");
  db.exec("UPDATE kolmi_schema SET version = 8");
  // Two calls of one uniqueid (different calls), and a copy of the first.
  for (const char* billsec : {"60", "61", "60"}) {
    db.exec(std::string("INSERT INTO calls (calldate, uniqueid, src, dst, billsec, duration, disposition) VALUES "
                        "('2026-11-27 10:00:00', '1700000000.5', '101', '4420', ") +
            billsec + ", 65, 'ANSWERED')");
  }
  auto scalar = [&](const std::string& sql) {
    Statement s = db.prepare(sql);
    REQUIRE(s.step());
    return s.int64(0);
  };
  auto has_index = [&](const char* name) {
    return scalar(std::string("SELECT count(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                              "AND table_name = 'calls' AND index_name = '") +
                  name + "'") > 0;
  };
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(count(db, "calls") == 3);  // nothing deleted
  CHECK(scalar("SELECT count(*) FROM calls WHERE cdr_hash IS NULL") == 1);
  CHECK(scalar("SELECT id FROM calls WHERE cdr_hash IS NULL") == 3);  // the later copy
  CHECK(scalar("SELECT count(DISTINCT cdr_hash) FROM calls") == 2);
  CHECK(scalar("SELECT count(*) FROM actions WHERE action = 'schema 9' AND target_type = 'calls' "
               "AND data LIKE '1 calls kept outside the duplicate key%ids 3'") == 1);
  CHECK(has_index("calls_identity"));
  CHECK_FALSE(has_index("calls_uniqueid"));
  // The same hashes as SQLite's migration and kolmi's writer give.
  auto sqlite = Database::open_memory();
  kolmi::store::migrate(sqlite, 8);
  sqlite.exec(
      "INSERT INTO calls (calldate, uniqueid, src, dst, billsec, duration, disposition) VALUES "
      "('2026-11-27 10:00:00', '1700000000.5', '101', '4420', 60, 65, 'ANSWERED')");
  kolmi::store::migrate(sqlite);
  Statement sqlite_hash = sqlite.prepare("SELECT cdr_hash FROM calls");
  REQUIRE(sqlite_hash.step());
  CHECK(scalar("SELECT cdr_hash FROM calls WHERE id = 1") == sqlite_hash.int64(0));
  // The key refuses a second copy of the first call.
  CHECK_THROWS_AS(db.exec("INSERT INTO calls (calldate, uniqueid, cdr_hash) SELECT calldate, uniqueid, cdr_hash "
                          "FROM calls WHERE id = 1"),
                  Error);
  // Cut short after the key was made (the old index and the version left):
  // the next run finishes, changing nothing else.
  db.exec("ALTER TABLE calls ADD INDEX calls_uniqueid (uniqueid)");
  db.exec("UPDATE kolmi_schema SET version = 8");
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK_FALSE(has_index("calls_uniqueid"));
  CHECK(scalar("SELECT count(*) FROM actions") == 1);
  CHECK(scalar("SELECT count(*) FROM calls WHERE cdr_hash IS NULL") == 1);
}

TEST_CASE("MariaDB: a database of schema 11 gets invoicedetails and invoices.number_seq, and a rerun finishes it",
          "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  // Back to what schema 11 made.
  db.exec("DROP TABLE invoicedetails");
  db.exec("ALTER TABLE invoices DROP COLUMN number_seq");
  db.exec("UPDATE kolmi_schema SET version = 11");
  db.exec("INSERT INTO users (id, username, password) VALUES (1, 'ann', 'x')");
  db.exec("INSERT INTO invoices (user_id, number, period_start, period_end, issue_date) VALUES "
          "(1, 'A1', '2026-10-01 00:00:00', '2026-10-31 23:59:59', '2026-11-01 00:00:00')");
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(count(db, "invoicedetails") == 0);
  Statement seq = db.prepare("SELECT number_seq FROM invoices");
  REQUIRE(seq.step());
  CHECK(seq.is_null(0));
  db.exec("INSERT INTO invoicedetails (invoice_id, name, quantity, price, invdet_type) VALUES (1, 'x', 1, 5, 'calls')");
  // Cut short after the column was added: the next run makes the table.
  db.exec("DROP TABLE invoicedetails");
  db.exec("UPDATE kolmi_schema SET version = 11");
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(count(db, "invoicedetails") == 0);
}

TEST_CASE("MariaDB: a database of schema 12 gets monitorings", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  // Back to what schema 12 made.
  db.exec("DROP TABLE monitorings");
  db.exec("UPDATE kolmi_schema SET version = 12");
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(count(db, "monitorings") == 0);
  db.exec("INSERT INTO monitorings (mtype, period_in_past, created_at) VALUES ('unrated', 60, 'x')");
  // A rerun after the table was made (the version left) finishes.
  db.exec("UPDATE kolmi_schema SET version = 12");
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(count(db, "monitorings") == 1);
}

TEST_CASE("MariaDB: the DDL is at the SQLite schema's version", "[store][mariadb]") {
  // A new migration in store/schema.cpp needs its MariaDB text too.
  CHECK(kolmi::store::kMariadbSchemaVersion == kolmi::store::latest_schema_version());
}

TEST_CASE("MariaDB: ints, UTF-8 text, NULLs and money go in and out unchanged", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  {
    Transaction tx(db);
    Statement add = db.prepare(
        "INSERT INTO users (username, password, first_name, last_name, balance, credit, agreement_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    add.bind_all("jūratė", "x", "Jūratė 'Ž' \"q\" \\ ✓", std::string(250, 'z'), Decimal::from_nanos(-123456789012345),
                 std::int64_t{9'000'000'000'000'000'000}, std::optional<std::string>{});
    add.run();
    CHECK(db.last_insert_rowid() == 1);
    CHECK(db.changes() == 1);
    tx.commit();
  }
  ReadSnapshot snap(db);
  Statement s = db.prepare(
      "SELECT username, first_name, last_name, balance, credit, agreement_date, last_name || '!' , \"from\" "
      "FROM users LEFT JOIN aratedetails ON 0 = 1 WHERE username = ?");
  s.bind(1, "jūratė");
  REQUIRE(s.step());
  CHECK(s.text(0) == "jūratė");
  CHECK(s.text(1) == "Jūratė 'Ž' \"q\" \\ ✓");
  CHECK(s.str(2) == std::string(250, 'z'));  // longer than a column's first buffer (64 bytes)
  CHECK(s.decimal(3) == Decimal::from_nanos(-123456789012345));
  CHECK(s.int64(4) == 9'000'000'000'000'000'000);
  CHECK(s.is_null(5));
  CHECK_FALSE(s.opt_str(5));
  CHECK(s.text(6) == std::string(250, 'z') + "!");  // || joins text (PIPES_AS_CONCAT)
  CHECK(s.is_null(7));                             // "from" is a name (ANSI_QUOTES)
  CHECK_FALSE(s.step());
  // Text compares byte for byte, as SQLite's does: case and trailing spaces count.
  Statement exact = db.prepare("SELECT count(*) FROM users WHERE username = ?");
  exact.bind(1, "JŪRATĖ");
  exact.step();
  CHECK(exact.int64(0) == 0);
  exact.reset();
  exact.bind(1, "jūratė ");
  exact.step();
  CHECK(exact.int64(0) == 0);
}

TEST_CASE("MariaDB: a transaction commits or rolls back as a whole", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  {
    Transaction tx(db);
    kolmi::store::set_confline(db, kolmi::store::conf::kNiceNumberDigits, "4");
    tx.commit();
  }
  {
    Transaction tx(db);
    kolmi::store::set_confline(db, kolmi::store::conf::kNiceNumberDigits, "6");  // the upsert updates
    kolmi::store::set_confline(db, kolmi::store::conf::kDefaultCurrency, "EUR");
    CHECK(count(db, "conflines") == 2);
  }  // not committed: rolled back
  CHECK(count(db, "conflines") == 1);
  CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kNiceNumberDigits) == "4");
  {
    Transaction tx(db);
    kolmi::store::set_confline(db, kolmi::store::conf::kNiceNumberDigits, "6");
    CHECK_THROWS_AS(Transaction(db), Error);  // no transaction inside another, as on SQLite
    tx.commit();
  }
  CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kNiceNumberDigits) == "6");
  // A failing statement inside a transaction leaves it to roll back.
  {
    Transaction tx(db);
    db.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('EUR', 1)");
    CHECK(storage_failure([&] { db.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('EUR', 2)"); })
              .find("Duplicate") != std::string::npos);
  }
  CHECK(count(db, "currencies") == 0);
}

TEST_CASE("MariaDB: a writer waits for kolmi's write lock, then gives up", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database first = server.open();
  kolmi::store::migrate(first);
  Database second = server.open();
  second.set_lock_wait_ms(0);
  Transaction holding(first);
  CHECK(storage_failure([&] { Transaction waits(second); }).find("locked") != std::string::npos);
  // A reader is not blocked.
  ReadSnapshot snap(second);
  CHECK(count(second, "users") == 0);
}

TEST_CASE("MariaDB: a 100000-row list streams and the connection is busy until it ends", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  {
    Transaction tx(db);
    // MariaDB's sequence engine makes the rows on the server.
    db.exec("INSERT INTO calls (calldate, billsec, user_price) "
            "SELECT '2026-01-01 00:00:00', seq, seq * 1000 FROM seq_1_to_100000");
    CHECK(db.changes() == 100000);
    tx.commit();
  }
  ReadSnapshot snap(db);
  Statement list = db.prepare("SELECT id, billsec, user_price FROM calls ORDER BY id");
  list.stream();
  std::int64_t rows = 0, total = 0;
  REQUIRE(list.step());
  CHECK_THROWS_AS(db.prepare("SELECT 1"), std::logic_error);  // one open streamed result at a time
  do {
    ++rows;
    total += list.int64(1);
    CHECK(list.decimal(2) == Decimal::from_nanos(list.int64(1) * 1000));
  } while (list.step());
  CHECK(rows == 100000);
  CHECK(total == 100000LL * 100001 / 2);
  CHECK(count(db, "calls") == 100000);  // the connection is free again

  // A reset ends a stream before its last row, too.
  list.step();
  list.reset();
  CHECK(count(db, "calls") == 100000);
  // Buffered (the default): other statements run while its rows are read.
  Statement buffered = db.prepare("SELECT id FROM calls WHERE id <= 3 ORDER BY id");
  REQUIRE(buffered.step());
  CHECK(count(db, "calls") == 100000);
  REQUIRE(buffered.step());
  CHECK(buffered.int64(0) == 2);
}

TEST_CASE("MariaDB: a stream cut by the server mid-list names the lost connection", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  {
    Transaction tx(db);
    db.exec("INSERT INTO calls (calldate, billsec, user_price) "
            "SELECT '2026-01-01 00:00:00', seq, seq * 1000 FROM seq_1_to_200000");
    tx.commit();
  }
  Statement who = db.prepare("SELECT CONNECTION_ID()");
  REQUIRE(who.step());
  const std::int64_t id = who.int64(0);
  who.reset();
  Database killer = server.open();
  Statement list = db.prepare("SELECT id, billsec, user_price FROM calls ORDER BY id");
  list.stream();
  REQUIRE(list.step());
  killer.exec(fmt::format("KILL CONNECTION {}", id));
  const std::string reason = storage_failure([&] {
    while (list.step()) {
    }
  });
  // Connector/C leaves the statement's own error empty when the network
  // read fails: the reason must come from the connection, never be blank.
  CHECK_THAT(reason, Catch::Contains("lost the connection to the server"));
  CHECK_THAT(reason, !Catch::Contains(":  while"));
}

TEST_CASE("MariaDB: a slow reader of a streamed list is not cut off after a minute", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  // The server drops a connection whose client has not taken its rows for
  // net_write_timeout seconds (60 by default): `kolmi calls | less` would
  // lose its list while the person reads the first page.
  Statement timeout = db.prepare("SELECT @@SESSION.net_write_timeout");
  REQUIRE(timeout.step());
  CHECK(timeout.int64(0) >= 86400);
}

TEST_CASE("MariaDB: kolmi init makes a database that commands open", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  kolmi::FixedClock clock(*kolmi::parse_utc("2026-11-28 09:30:00"));
  kolmi::setup::init_database(server.url(), "admin", "secret-pw-1", clock);
  Database db = kolmi::store::open_kolmi_database(server.url());
  CHECK(db.tracks_real_use());
  Statement s = db.prepare("SELECT username, usertype, created_at, c.name FROM users u "
                           "JOIN currencies c ON c.id = u.currency_id");
  REQUIRE(s.step());
  CHECK(s.text(0) == "admin");
  CHECK(s.text(1) == "admin");
  CHECK(s.text(2) == "2026-11-28 09:30:00");
  CHECK(s.text(3) == "USD");
  CHECK(kolmi::store::get_confline(db, kolmi::store::conf::kDefaultCurrency) == "USD");
  // Never over an existing one.
  CHECK(storage_failure([&] { kolmi::setup::init_database(server.url(), "admin", "secret-pw-1", clock); })
            .find("already holds a kolmi database") != std::string::npos);
}

TEST_CASE("MariaDB: newer, foreign and empty databases are refused", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  {
    std::string why = storage_failure([&] { kolmi::store::open_kolmi_database(server.url()); });
    CHECK(why.find("empty; create kolmi's tables with kolmi init") != std::string::npos);
    CHECK(why.find(server.name()) != std::string::npos);
  }
  {
    Database db = server.open();
    db.exec("CREATE TABLE customers (id INT PRIMARY KEY)");
    CHECK(storage_failure([&] { kolmi::store::open_kolmi_database(server.url()); }).find("not a kolmi database") !=
          std::string::npos);
    CHECK(storage_failure([&] { kolmi::store::migrate(db); }).find("not kolmi's") != std::string::npos);
    CHECK(count(db, "customers") == 0);  // untouched
    db.exec("DROP TABLE customers");
    kolmi::store::migrate(db);
    db.exec(fmt::format("UPDATE kolmi_schema SET version = {}", kolmi::store::latest_schema_version() + 1));
  }
  std::string why = storage_failure([&] { kolmi::store::open_kolmi_database(server.url()); });
  CHECK(why.find(fmt::format("newer than this kolmi supports ({})", kolmi::store::latest_schema_version())) !=
        std::string::npos);
}

TEST_CASE("MariaDB: a server that cannot be reached is named, with the database", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  std::string why = storage_failure([&] { Database::open(url_of(*socket + ".none", "kolmi_x"), OpenMode::existing); });
  CHECK(why.find("cannot connect to database kolmi_x on socket " + *socket + ".none") != std::string::npos);
  CHECK(why.find('\n') == std::string::npos);
  // A database that does not exist on a server that does.
  std::string missing = storage_failure([&] { Database::open(url_of(*socket, "kolmi_nowhere"), OpenMode::existing); });
  CHECK(missing.find("kolmi_nowhere") != std::string::npos);
}

TEST_CASE("MariaDB: SQLite's numbered parameters (?1, ?5) work unchanged", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  Statement s = db.prepare("SELECT ?2, ?1, ?1 || '?3', ? /* ?9 */ -- ?8\n, \"?7\" FROM (SELECT 1 AS \"?7\") t");
  s.bind(1, "a").bind(2, "b").bind(3, std::int64_t{3});
  REQUIRE(s.step());
  CHECK(s.text(0) == "b");
  CHECK(s.text(1) == "a");
  CHECK(s.text(2) == "a?3");
  CHECK(s.int64(3) == 3);  // a plain ? after ?2 is ?3, as in SQLite
  CHECK(s.int64(4) == 1);
  CHECK_THROWS_AS(s.bind(4, "x"), Error);  // no fourth parameter
}

TEST_CASE("MariaDB: an id 0 is stored as 0, as SQLite stores it (MOR's admin is user 0)", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  Statement add = db.prepare("INSERT INTO users (id, username, password) VALUES (?, ?, 'x')");
  add.bind_all(0, "admin").run();
  add.bind_all(1, "demo").run();  // without NO_AUTO_VALUE_ON_ZERO, 0 became 1 and this was a duplicate
  add.bind_null(1).bind(2, "next").run();
  Statement ids = db.prepare("SELECT id, username FROM users ORDER BY id");
  std::string seen;
  while (ids.step()) seen += fmt::format("{}={} ", ids.int64(0), ids.text(1));
  CHECK(seen == "0=admin 1=demo 2=next ");
}

TEST_CASE("MariaDB: a database of schema 10 gets dated rates, keeping its rates", "[store][mariadb]") {
  auto socket = test_socket();
  if (!socket) return;
  ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  db.exec("INSERT INTO tariffs (name) VALUES ('t')");
  // Back to what schema 10 made: rates without their dates.
  db.exec("ALTER TABLE rates DROP COLUMN effective_from, DROP COLUMN effective_till");
  db.exec("INSERT INTO rates (tariff_id, min_time) SELECT id, 7 FROM tariffs");
  db.exec("UPDATE kolmi_schema SET version = 10");
  kolmi::store::migrate(db);
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  Statement s = db.prepare("SELECT min_time, effective_from, effective_till FROM rates");
  REQUIRE(s.step());
  CHECK(s.int64(0) == 7);
  CHECK(s.is_null(1));  // in force always
  CHECK(s.is_null(2));
  // Cut short after one column: the rerun adds the other.
  db.exec("ALTER TABLE rates DROP COLUMN effective_till");
  db.exec("UPDATE kolmi_schema SET version = 10");
  kolmi::store::migrate(db);
  CHECK(count(db, "rates") == 1);
  Statement again = db.prepare("SELECT effective_till FROM rates");
  CHECK(again.step());
}
