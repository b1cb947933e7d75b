#include <catch2/catch.hpp>

#include <unistd.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/store/schema.hpp"
#include "core/store/users.hpp"

using namespace kolmi::store;

TEST_CASE("migrations build the schema from an empty database", "[store]") {
  auto db = Database::open_memory();
  CHECK(schema_version(db) == 0);
  migrate(db);
  CHECK(schema_version(db) == latest_schema_version());
  for (const char* table : {"users", "addresses", "devices", "calls", "tariffs", "rates", "aratedetails",
                            "destinations", "destinationgroups", "directions", "currencies", "payments",
                            "invoices", "services", "subscriptions", "callerids", "phonebooks",
                            "pdffaxes", "conflines", "sessions"}) {
    auto s = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
    s.bind(1, table);
    s.step();
    INFO(table);
    CHECK(s.integer(0) == 1);
  }
  migrate(db);  // running again changes nothing
  CHECK(schema_version(db) == latest_schema_version());
}

TEST_CASE("the calls indexes the pages rely on exist", "[store]") {
  auto db = Database::open_memory();
  migrate(db);
  auto plan = [&](const char* sql) {
    auto s = db.prepare(std::string("EXPLAIN QUERY PLAN ") + sql);
    std::string all;
    while (s.step()) all += s.str(3) + "\n";
    return all;
  };
  CHECK(plan("SELECT * FROM calls WHERE user_id = 1 AND calldate >= '2026-01-01'").find("calls_user_date") !=
        std::string::npos);
  CHECK(plan("SELECT * FROM calls WHERE dst_device_id = 1 AND calldate >= '2026-01-01'")
            .find("calls_dst_device_date") != std::string::npos);
  CHECK(plan("SELECT * FROM calls WHERE uniqueid = 'x'").find("calls_identity") != std::string::npos);
  // Totals of a user's calls never touch the table rows.
  CHECK(plan("SELECT sum(billsec) FROM calls WHERE user_id = 1 AND calldate >= '2026-01-01'")
            .find("COVERING INDEX calls_user_date") != std::string::npos);
  CHECK(plan("SELECT sum(billsec) FROM calls WHERE dst_device_id = 1 AND calldate >= '2026-01-01' "
             "AND (user_id IS NULL OR user_id <> 1)")
            .find("COVERING INDEX calls_dst_device_date") != std::string::npos);
  // The call totals (schema 8) are read by key, quarter hours in a range.
  CHECK(plan("SELECT slot, outcome, calls, billsec FROM call_user_totals WHERE user_id = 1 AND slot >= 'a' "
             "AND slot < 'b'")
            .find("USING PRIMARY KEY (user_id=? AND slot>? AND slot<?)") != std::string::npos);
  CHECK(plan("SELECT slot, outcome, calls, billsec FROM call_device_totals WHERE dst_device_id = 1 "
             "AND slot >= 'a' AND slot < 'b' AND caller_id <> 1")
            .find("USING PRIMARY KEY (dst_device_id=? AND slot>? AND slot<?)") != std::string::npos);
  // Schema 14: the halves' indexes are partial, and the store's forms of
  // "the user's" and "the devices'" (bound =, IN over the devices, the
  // admin search's OR) still read them.
  CHECK(plan("SELECT * FROM calls WHERE user_id = ?1 AND calldate >= ?2 ORDER BY calldate")
            .find("calls_user_date (user_id=? AND calldate>?)") != std::string::npos);
  CHECK(plan("SELECT * FROM calls WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = ?1) "
             "AND calldate >= ?2 AND calldate < ?3")
            .find("calls_dst_device_date (dst_device_id=? AND calldate>? AND calldate<?)") != std::string::npos);
  const std::string either = plan(
      "SELECT * FROM calls c WHERE c.calldate >= ?2 AND c.calldate < ?4 AND (c.user_id = ?3 OR "
      "c.dst_device_id IN (SELECT id FROM devices WHERE user_id = ?3))");
  CHECK(either.find("calls_user_date") != std::string::npos);
  CHECK(either.find("calls_dst_device_date") != std::string::npos);
  // Unrated calls (admin calls --unrated) through their partial index.
  CHECK(plan("SELECT * FROM calls c WHERE c.calldate >= '2026-01-01' AND c.calldate < '2027-01-01' "
             "AND c.user_price IS NULL ORDER BY c.calldate, c.id")
            .find("calls_unrated_date") != std::string::npos);
}

TEST_CASE("payments keep their exchange rate and comment, and the migration may run again", "[store]") {
  auto db = Database::open_memory();
  migrate(db);
  db.exec("INSERT INTO users (id, username, password) VALUES (1, 'bob', 'x')");
  db.exec("INSERT INTO payments (user_id, amount, date_added, exchange_rate, comment) "
          "VALUES (1, 5, '2026-11-01 00:00:00', 920000000, 'bank')");
  // A database whose version was set back (as kolmi 0.1's mark restore does)
  // migrates again: the columns are there already and are kept.
  db.exec("PRAGMA user_version = 5");
  migrate(db);
  CHECK(schema_version(db) == latest_schema_version());
  auto s = db.prepare("SELECT exchange_rate, comment FROM payments");
  REQUIRE(s.step());
  CHECK(s.int64(0) == 920000000);
  CHECK(s.str(1) == "bank");
  auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM payments WHERE date_added >= '2026' ORDER BY date_added");
  std::string all;
  while (plan.step()) all += plan.str(3) + "\n";
  CHECK(all.find("payments_date") != std::string::npos);
}

TEST_CASE("a database from a newer kolmi is refused", "[store]") {
  auto db = Database::open_memory();
  migrate(db);
  db.exec("PRAGMA user_version = 999");
  try {
    migrate(db);
    FAIL("expected refusal");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK(std::string(e.what()).find("newer than this kolmi") != std::string::npos);
  }
}

TEST_CASE("conflines read, write and validate", "[store]") {
  auto db = Database::open_memory();
  migrate(db);
  CHECK_FALSE(get_confline(db, conf::kNiceNumberDigits));
  CHECK(confline_int(db, conf::kNiceNumberDigits) == 4);  // the catalog's default
  set_confline(db, conf::kNiceNumberDigits, "2");
  set_confline(db, conf::kNiceNumberDigits, "3");  // replaces
  CHECK(confline_int(db, conf::kNiceNumberDigits) == 3);
  set_confline(db, conf::kNiceNumberDigits, "three");
  CHECK_THROWS_AS(confline_int(db, conf::kNiceNumberDigits), kolmi::Error);
  set_confline(db, conf::kNiceNumberDigits, "10");  // out of the catalog's range, 0 to 9
  CHECK_THROWS_WITH(confline_int(db, conf::kNiceNumberDigits),
                    Catch::Contains("setting Nice_Number_Digits is '10', not a whole number from 0 to 9"));
  CHECK(unset_confline(db, conf::kNiceNumberDigits));
  CHECK_FALSE(unset_confline(db, conf::kNiceNumberDigits));
  CHECK(confline_str(db, conf::kNiceNumberDigits) == "4");
  set_confline(db, conf::kCsvSeparator, "per-user", 7);
  CHECK(get_confline(db, conf::kCsvSeparator, 7) == "per-user");
  CHECK_FALSE(get_confline(db, conf::kCsvSeparator));
}

TEST_CASE("users map with their currency", "[store]") {
  auto db = Database::open_memory();
  migrate(db);
  db.exec("INSERT INTO currencies (id, name, exchange_rate) VALUES (2, 'EUR', 920000000)");
  db.exec("INSERT INTO users (id, username, password, first_name, last_name, currency_id, credit) "
          "VALUES (5, 'ivan', 'x', 'Иван', 'Петров', 2, -1000000000)");
  db.exec("INSERT INTO users (id, username, password) VALUES (6, '5', 'x')");
  auto u = find_user_by_login(db, "ivan");
  REQUIRE(u);
  CHECK(u->full_name() == "Иван Петров");
  CHECK(u->currency == "EUR");
  CHECK(u->no_credit_limit());
  CHECK(find_user(db, "ivan")->id == 5);
  CHECK(find_user(db, "5")->id == 6);  // a login that looks like an id wins
  CHECK(find_user(db, "6")->username == "5");
  CHECK_FALSE(find_user(db, "7"));
  CHECK(find_user_by_id(db, 6)->currency == "USD");  // default when none set
}

TEST_CASE("schema 9 hashes the stored calls and keeps later copies outside the key", "[store]") {
  auto db = Database::open_memory();
  migrate(db, 8);
  // Two calls of one uniqueid (different calls), and a copy of the first.
  for (const char* billsec : {"60", "61", "60"}) {
    db.exec(std::string("INSERT INTO calls (calldate, uniqueid, src, dst, billsec, duration, disposition) VALUES "
                        "('2026-11-27 10:00:00', '1700000000.5', '101', '4420', ") +
            billsec + ", 65, 'ANSWERED')");
  }
  migrate(db);
  auto count = [&](const char* sql) {
    auto s = db.prepare(sql);
    s.step();
    return s.int64(0);
  };
  CHECK(count("SELECT count(*) FROM calls") == 3);  // nothing deleted
  CHECK(count("SELECT count(*) FROM calls WHERE cdr_hash IS NULL") == 1);
  CHECK(count("SELECT id FROM calls WHERE cdr_hash IS NULL") == 3);  // the later copy
  CHECK(count("SELECT count(DISTINCT cdr_hash) FROM calls") == 2);
  CHECK(count("SELECT count(*) FROM actions WHERE action = 'schema 9' AND target_type = 'calls' "
              "AND data LIKE '1 calls kept outside the duplicate key%ids 3'") == 1);
  CHECK(count("SELECT count(*) FROM sqlite_schema WHERE name = 'calls_uniqueid'") == 0);
  CHECK(count("SELECT count(*) FROM sqlite_schema WHERE name = 'calls_identity'") == 1);
  // The key now refuses a second copy of the first call.
  CHECK_THROWS(db.exec("INSERT INTO calls (calldate, uniqueid, cdr_hash) SELECT calldate, uniqueid, cdr_hash "
                       "FROM calls WHERE id = 1"));
}

TEST_CASE("schema 12 adds invoicedetails and invoices.number_seq, keeping the invoices", "[store]") {
  auto db = Database::open_memory();
  migrate(db, 11);
  db.exec("INSERT INTO users (id, username, password) VALUES (1, 'ann', 'x')");
  db.exec("INSERT INTO invoices (user_id, number, period_start, period_end, issue_date, price) VALUES "
          "(1, 'A1', '2026-10-01 00:00:00', '2026-10-31 23:59:59', '2026-11-01 00:00:00', 5)");
  migrate(db);
  auto s = db.prepare("SELECT number, price, number_seq FROM invoices");
  REQUIRE(s.step());
  CHECK(s.text(0) == "A1");
  CHECK(s.int64(1) == 5);
  CHECK(s.is_null(2));
  db.exec("INSERT INTO invoicedetails (invoice_id, name, quantity, price, invdet_type, total_time) "
          "VALUES (1, 'Lithuania mobile', 3, 7, 'calls', 180)");
  auto d = db.prepare("SELECT count(*) FROM invoicedetails WHERE invoice_id = 1");
  d.step();
  CHECK(d.int64(0) == 1);
}

TEST_CASE("schema 13 adds monitorings, whose ids are never reused", "[store]") {
  auto db = Database::open_memory();
  migrate(db, 12);
  db.exec("INSERT INTO users (id, username, password) VALUES (1, 'ann', 'x')");
  migrate(db);
  CHECK(schema_version(db) >= 13);
  db.exec("INSERT INTO monitorings (mtype, user_id, amount, period_type, created_at) VALUES "
          "('spend', 1, 5000000000, 'day', '2026-11-28 09:30:00')");
  db.exec("DELETE FROM monitorings");
  db.exec("INSERT INTO monitorings (mtype, period_in_past, created_at) VALUES ('unrated', 60, 'x')");
  auto s = db.prepare("SELECT id, group_by, amount, period_type FROM monitorings");
  REQUIRE(s.step());
  CHECK(s.int64(0) == 2);
  CHECK(s.text(1).empty());
  CHECK(s.int64(2) == 0);
  CHECK(s.text(3).empty());
}

TEST_CASE("schema 14 keeps only the calls each half of a user's calls holds in its index", "[store]") {
  auto db = Database::open_memory();
  migrate(db, 13);
  db.exec("INSERT INTO users (id, username, password) VALUES (1, 'ann', 'x')");
  db.exec("INSERT INTO devices (id, name, user_id) VALUES (7, 'ann-phone', 1)");
  // Out (no called device), in from outside (no caller's user), internal (both).
  db.exec("INSERT INTO calls (calldate, user_id, dst_device_id, billsec) VALUES "
          "('2026-11-01 10:00:00', 1, NULL, 30), ('2026-11-01 11:00:00', NULL, 7, 40), "
          "('2026-11-01 12:00:00', 1, 7, 50)");
  migrate(db);
  CHECK(schema_version(db) == 14);
  auto index_sql = [&](const char* name) {
    auto s = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?");
    s.bind(1, name);
    REQUIRE(s.step());
    return s.str(0);
  };
  CHECK(index_sql("calls_user_date").find("WHERE user_id IS NOT NULL") != std::string::npos);
  CHECK(index_sql("calls_dst_device_date").find("WHERE dst_device_id IS NOT NULL") != std::string::npos);
  auto count = [&](const char* sql) {
    auto s = db.prepare(sql);
    REQUIRE(s.step());
    return s.int64(0);
  };
  // Read through each index (INDEXED BY fails the statement if it cannot be used).
  CHECK(count("SELECT sum(billsec) FROM calls INDEXED BY calls_user_date WHERE user_id = 1") == 80);
  CHECK(count("SELECT sum(billsec) FROM calls INDEXED BY calls_dst_device_date WHERE dst_device_id = 7") == 90);
  CHECK(count("SELECT count(*) FROM calls") == 3);
  migrate(db);  // running again changes nothing
  CHECK(count("SELECT sum(billsec) FROM calls INDEXED BY calls_user_date WHERE user_id = 1 AND calldate > ''") ==
        80);
}
