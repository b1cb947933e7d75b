// kolmi admin calls' store query: every user's calls in start order, each
// filter, the owner of a call, and the unrated reason read from the data.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/store/admin_call_list.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

using Ids = std::vector<std::int64_t>;

// Tariff 1 prices the UK (44) and not Lithuania (370). ann (tariff 1,
// Vilnius) has devices 10 and 11, bob (no tariff) device 20, carl a tariff
// whose row is gone (device 30).
struct Fixture {
  test::TestDatabase t;
  store::Database& db = t.db;
  std::int64_t rated = 0, unassigned = 0, no_tariff = 0, gone_tariff = 0, no_destination = 0, no_rate = 0,
               incoming = 0, internal = 0;

  Fixture() {
    db.exec(R"SQL(
      INSERT INTO tariffs (id, name) VALUES (1, 'Retail');
      INSERT INTO destinations (prefix, name) VALUES ('44', 'United Kingdom'), ('370', 'Lithuania');
      INSERT INTO rates (tariff_id, destination_id) VALUES (1, 1);
    )SQL");
    t.add_user({.id = 1, .login = "ann", .time_zone = "Europe/Vilnius", .tariff_id = 1});
    t.add_user({.id = 2, .login = "bob"});
    // Only a database edited by hand lacks a user's tariff row.
    const bool sqlite = db.dialect() == store::Dialect::sqlite;
    db.exec(sqlite ? "PRAGMA foreign_keys = OFF" : "SET FOREIGN_KEY_CHECKS = 0");
    t.add_user({.id = 3, .login = "carl", .tariff_id = 99});
    db.exec(sqlite ? "PRAGMA foreign_keys = ON" : "SET FOREIGN_KEY_CHECKS = 1");
    t.add_device({.id = 10, .user_id = 1, .name = "ann1"});
    t.add_device({.id = 11, .user_id = 1, .name = "ann2"});
    t.add_device({.id = 20, .user_id = 2, .name = "bob1"});
    t.add_device({.id = 30, .user_id = 3, .name = "carl1"});
    rated = t.add_call({.calldate = "2026-11-28 08:00:00",
                        .user_id = 1,
                        .src_device = 10,
                        .billsec = 60,
                        .dst = "442071234567",
                        .price = 50'000'000,
                        .prefix = "44"});
    db.exec("UPDATE calls SET user_rate = 50000000, user_billsec = 60, uniqueid = 'u-rated' WHERE id = 1");
    unassigned = t.add_call({.calldate = "2026-11-28 08:01:00", .disposition = "FAILED", .src = "555"});
    no_tariff = t.add_call({.calldate = "2026-11-28 08:02:00",
                            .user_id = 2,
                            .src_device = 20,
                            .dst = "442070000000",
                            .prefix = "44"});
    gone_tariff =
        t.add_call({.calldate = "2026-11-28 08:03:00", .user_id = 3, .src_device = 30, .dst = "4420"});
    no_destination =
        t.add_call({.calldate = "2026-11-28 08:04:00", .user_id = 1, .src_device = 11, .dst = "999"});
    no_rate = t.add_call({.calldate = "2026-11-28 08:05:00",
                          .user_id = 1,
                          .src_device = 10,
                          .disposition = "BUSY",
                          .dst = "37060000000",
                          .prefix = "370"});
    incoming = t.add_call({.calldate = "2026-11-28 08:06:00",
                           .dst_device = 11,
                           .src = "442079999999",
                           .dst = "102",
                           .price = 0});
    internal = t.add_call({.calldate = "2026-11-27 23:59:59",
                           .user_id = 2,
                           .src_device = 20,
                           .dst_device = 10,
                           .dst = "101",
                           .price = 0});
  }
};

// Every list read here also checks that it streams on MariaDB: the
// connection is the list's until its last row.
Ids ids(store::Database& db, const store::AdminCallFilter& f) {
  store::AdminCallCursor cursor = store::AdminCallCursor::open(db, f);
  Ids ids;
  while (cursor.next()) {
    ids.push_back(cursor.row().id);
    CHECK(test::connection_busy(db) == test::streams(db));
  }
  CHECK_FALSE(test::connection_busy(db));
  return ids;
}

Seconds at(std::string_view utc) {
  return *parse_utc(utc);
}

}  // namespace

TEST_CASE("admin calls: every user's calls oldest first, ties by id, with owner and pricing",
          "[store][console]") {
  Fixture f;
  CHECK(ids(f.db, {}) == Ids{f.internal, f.rated, f.unassigned, f.no_tariff, f.gone_tariff, f.no_destination,
                             f.no_rate, f.incoming});

  {  // read to its third row, then dropped: on MariaDB the connection is free again
    auto cursor = store::AdminCallCursor::open(f.db, {});
    REQUIRE(cursor.next());  // internal: bob pays (calls.user_id), his device
    CHECK(cursor.row().owner_login == "bob");
    CHECK(cursor.row().device_id == 20);
    CHECK(cursor.row().price == Decimal{});
    CHECK_FALSE(cursor.row().unrated);
    REQUIRE(cursor.next());
    const store::AdminCallRow& r = cursor.row();
    CHECK(r.id == f.rated);
    CHECK(r.calldate == "2026-11-28 08:00:00");
    CHECK(r.owner_id == 1);
    CHECK(r.owner_login == "ann");
    CHECK(r.owner_zone == "Europe/Vilnius");
    CHECK(r.device_id == 10);
    CHECK(r.prefix == std::optional<std::string_view>("44"));
    CHECK(r.destination == "United Kingdom");
    CHECK(r.billsec == 60);
    CHECK(r.duration == 65);
    CHECK(r.billed_seconds == 60);
    CHECK(r.rate == Decimal::from_nanos(50'000'000));
    CHECK(r.price == Decimal::from_nanos(50'000'000));
    CHECK_FALSE(r.unrated);
    REQUIRE(cursor.next());  // unassigned: no owner, no device
    CHECK(cursor.row().owner_id == std::nullopt);
    CHECK(cursor.row().owner_login.empty());
    CHECK(cursor.row().device_id == std::nullopt);
    CHECK_FALSE(cursor.row().prefix);
    CHECK(cursor.row().unrated == store::UnratedReason::no_device);
  }

  // An incoming call from outside belongs to the user of the device it reached.
  store::AdminCallFilter last;
  last.uniqueid = "";
  last.from = at("2026-11-28 08:06:00");
  auto in = store::AdminCallCursor::open(f.db, last);
  REQUIRE(in.next());
  CHECK(in.row().id == f.incoming);
  CHECK(in.row().owner_login == "ann");
  CHECK(in.row().device_id == 11);
  CHECK_FALSE(in.next());
  CHECK_FALSE(in.next());  // a finished cursor stays finished

  const auto same_second = f.t.add_call({.calldate = "2026-11-28 08:00:00", .user_id = 1, .src_device = 10});
  CHECK(ids(f.db, {}).at(2) == same_second);
}

TEST_CASE("admin calls: why a call is unrated, from the data as it is now", "[store][console]") {
  Fixture f;
  store::AdminCallFilter unrated;
  unrated.unrated = true;
  auto cursor = store::AdminCallCursor::open(f.db, unrated);
  std::vector<std::string> reasons;
  while (cursor.next()) {
    REQUIRE(cursor.row().unrated);
    reasons.push_back(std::to_string(cursor.row().id) + " " +
                      std::string(store::reason_text(*cursor.row().unrated)));
  }
  CHECK(reasons == std::vector<std::string>{std::to_string(f.unassigned) + " no device",
                                            std::to_string(f.no_tariff) + " no tariff",
                                            std::to_string(f.gone_tariff) + " no tariff",
                                            std::to_string(f.no_destination) + " no destination",
                                            std::to_string(f.no_rate) + " no rate"});

  // The reason follows the data: give bob a tariff and his call's reason is
  // what the tariff lacks, though the call itself stays unrated.
  f.db.exec("UPDATE users SET tariff_id = 1 WHERE id = 2");
  store::AdminCallFilter bob;
  bob.unrated = true;
  bob.user_id = 2;
  auto after = store::AdminCallCursor::open(f.db, bob);
  REQUIRE(after.next());
  CHECK(after.row().id == f.no_tariff);
  CHECK(after.row().unrated == store::UnratedReason::no_rate);

  CHECK(store::unrated_reason(false, false, false) == store::UnratedReason::no_device);
  CHECK(store::unrated_reason(true, false, true) == store::UnratedReason::no_tariff);
  CHECK(store::unrated_reason(true, true, false) == store::UnratedReason::no_destination);
  CHECK(store::unrated_reason(true, true, true) == store::UnratedReason::no_rate);
}

TEST_CASE("admin calls: filters", "[store][console]") {
  Fixture f;
  store::AdminCallFilter x;

  x = {};
  x.from = at("2026-11-28 00:00:00");
  x.till = at("2026-11-28 08:02:00");
  CHECK(ids(f.db, x) == Ids{f.rated, f.unassigned});

  x = {};
  x.user_id = 1;  // made by ann, or to her devices (from bob, from outside)
  CHECK(ids(f.db, x) == Ids{f.internal, f.rated, f.no_destination, f.no_rate, f.incoming});

  x = {};
  x.device_id = 10;  // made by or to the device
  CHECK(ids(f.db, x) == Ids{f.internal, f.rated, f.no_rate});

  x = {};
  x.dst_glob = "4420*";
  CHECK(ids(f.db, x) == Ids{f.rated, f.no_tariff, f.gone_tariff});
  x.dst_glob = "*0000";
  CHECK(ids(f.db, x) == Ids{f.no_tariff, f.no_rate});
  x = {};
  x.src_glob = "44*";
  CHECK(ids(f.db, x) == Ids{f.incoming});

  x = {};
  x.outcome = store::CallOutcome::failed;
  CHECK(ids(f.db, x) == Ids{f.unassigned});
  x.outcome = store::CallOutcome::busy;
  CHECK(ids(f.db, x) == Ids{f.no_rate});

  x = {};
  x.unassigned = true;
  CHECK(ids(f.db, x) == Ids{f.unassigned});

  x = {};
  x.uniqueid = "u-rated";
  CHECK(ids(f.db, x) == Ids{f.rated});

  x = {};
  x.limit = 3;
  CHECK(ids(f.db, x) == Ids{f.internal, f.rated, f.unassigned});

  x = {};  // filters combine
  x.user_id = 1;
  x.unrated = true;
  x.dst_glob = "3*";
  CHECK(ids(f.db, x) == Ids{f.no_rate});

  CHECK(store::device_exists(f.db, 30));
  CHECK_FALSE(store::device_exists(f.db, 31));
}

TEST_CASE("admin calls: a period of every user's calls reads the start index, unrated ones the unrated index",
          "[store][console]") {
  Fixture f;
  const std::string period =
      "SELECT id FROM calls c WHERE c.calldate >= '2026' AND c.calldate < '2027'";
  const std::string order = " ORDER BY c.calldate, c.id";
  if (f.db.dialect() == store::Dialect::sqlite) {
    // SQLite: the index named in the plan, and no temporary b-tree to sort.
    auto plan = [&](std::string_view where) {
      return test::query_rows(f.db, "EXPLAIN QUERY PLAN " + period + std::string(where) + order, 4);
    };
    auto uses = [](const std::vector<std::string>& rows, std::string_view index) {
      for (const auto& r : rows) {
        if (r.find(index) != std::string::npos && r.find("TEMP B-TREE") == std::string::npos) return true;
      }
      return false;
    };
    auto sorts = [](const std::vector<std::string>& rows) {
      for (const auto& r : rows) {
        if (r.find("TEMP B-TREE") != std::string::npos) return true;
      }
      return false;
    };
    CHECK(uses(plan(""), "calls_date"));
    CHECK_FALSE(sorts(plan("")));
    CHECK(uses(plan(" AND c.user_price IS NULL"), "calls_unrated_date"));
    CHECK_FALSE(sorts(plan(" AND c.user_price IS NULL")));
  } else {
    // MariaDB (no partial indexes): calls_unrated_date is on the virtual
    // column unrated_calldate (calldate when user_price IS NULL, else
    // NULL), so the unrated calls of a period are one range of it, in start
    // order (InnoDB's secondary index ends with the id), as
    // admin_call_list.cpp writes it. EXPLAIN's columns: id, select_type,
    // table, type, possible_keys, key, key_len, ref, rows, Extra.
    // FORCE-free: the optimizer must pick it by itself. As in any real
    // database, priced calls are most of them (with the fixture's few, nearly
    // all unrated, reading the whole table is cheaper, and MariaDB does).
    for (int i = 0; i < 40; ++i) {
      f.t.add_call({.calldate = fmt::format("2026-10-{:02} 10:00:00", i % 28 + 1), .user_id = 1, .src_device = 10,
                    .billsec = 60, .price = 1'000'000, .prefix = "44"});
    }
    test::query_rows(f.db, "ANALYZE TABLE calls", 4);  // its statistics, as a server keeps them
    auto plan = [&](std::string_view where, std::string_view by = " ORDER BY c.calldate, c.id") {
      return test::query_rows(f.db, "EXPLAIN " + period + std::string(where) + std::string(by), 10);
    };
    auto field = [](const std::string& row, int n) {
      std::size_t start = 0;
      for (int i = 0; i < n; ++i) start = row.find('|', start) + 1;
      return row.substr(start, row.find('|', start) - start);
    };
    const auto unrated = plan(" AND c.unrated_calldate >= '2026' AND c.unrated_calldate < '2027'",
                              " ORDER BY c.unrated_calldate, c.id");
    REQUIRE(unrated.size() == 1);
    CHECK(field(unrated[0], 5) == "calls_unrated_date");
    CHECK(unrated[0].find("filesort") == std::string::npos);
  }
}
