// Call totals (store/call_totals): what import, demo, rerate and missed-call
// processing keep equals a recount from the calls, and what the pages read
// from them equals counting the calls one by one, in zones whose days start
// on a whole hour, a half or quarter hour, or (historically) on neither.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/actions/missed_call_actions.hpp"
#include "core/demo/demo.hpp"
#include "core/import/rerate.hpp"
#include "core/store/call_list.hpp"
#include "core/store/call_queries.hpp"
#include "core/store/call_totals.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"
#include "core/time/local_time_formatter.hpp"
#include "tests/core/import/import_fixture.hpp"
#include "tests/support/server_database.hpp"
#include "tests/support/render_page.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;
using kolmi::test::query_int;

namespace {

// Every row of the three totals tables whose count is not 0 (processed
// missed calls leave rows of 0, the same as no row), as text, in key order:
// the same on both back-ends.
std::vector<std::string> totals_rows(store::Database& db) {
  const std::pair<const char*, int> queries[] = {
      {"SELECT user_id, slot, outcome, calls, billsec FROM call_user_totals WHERE calls <> 0 ORDER BY 1, 2, 3", 5},
      {"SELECT dst_device_id, slot, caller_id, outcome, calls, billsec FROM call_device_totals "
       "WHERE calls <> 0 ORDER BY 1, 2, 3, 4",
       6},
      {"SELECT dst_device_id, calls FROM call_missed_totals WHERE calls <> 0 ORDER BY 1", 2}};
  std::vector<std::string> rows;
  for (const auto& [sql, columns] : queries) {
    store::Statement s = db.prepare(sql);
    while (s.step()) {
      std::string row = std::to_string(columns);
      for (int i = 0; i < columns; ++i) row += " " + s.str(i);
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

void require_same_rows(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  CHECK(a.size() == b.size());
  const auto [at_a, at_b] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  if (at_a != a.end() || at_b != b.end()) {
    FAIL_CHECK("first difference: " << (at_a != a.end() ? *at_a : "(none)") << " <> "
                                    << (at_b != b.end() ? *at_b : "(none)"));
  }
}

// The totals as kept, against a recount of every stored call (the
// migration's backfill).
void require_totals_match_calls(store::Database& db) {
  const std::vector<std::string> kept = totals_rows(db);
  CHECK(kept.size() > 10);
  store::rebuild_call_totals(db);
  require_same_rows(kept, totals_rows(db));
}

Seconds at(std::string_view utc) {
  auto t = parse_utc(utc);
  REQUIRE(t);
  return *t;
}

// Import (every file twice), rerate and missed-call processing on `f`.
void check_writes_keep_totals(test::RealFilesFixture& f) {
  for (const char* file : {"asterisk-18col-simularent.csv", "asterisk-18col-bugadm.csv",
                           "asterisk-21col-newcdrcolumns-mineevburyat.csv", "asterisk-cdr_custom-19col-kelysaina.csv"}) {
    f.import_file(test::cdr_data(file));
    f.import_file(test::cdr_data(file));  // all duplicates: the totals must not count them twice
  }
  require_totals_match_calls(f.db);

  // A new rate: rerate changes prices, which the totals do not hold.
  f.exec("UPDATE aratedetails SET price = price * 2");
  import::RerateOptions o;
  const auto summary = import::rerate_calls(f.db, o, f.clock);
  CHECK(summary.changed > 0);
  require_totals_match_calls(f.db);

  // Every missed call to a device, processed by its owner (some twice).
  store::Statement missed = f.db.prepare(
      "SELECT c.id, d.user_id FROM calls c JOIN devices d ON d.id = c.dst_device_id "
      "WHERE c.disposition <> 'ANSWERED' ORDER BY c.id");
  std::vector<std::pair<std::int64_t, std::int64_t>> calls;
  while (missed.step()) calls.emplace_back(missed.int64(0), missed.int64(1));
  REQUIRE(calls.size() > 2);
  for (std::size_t i = 0; i < calls.size(); ++i) {
    for (int times = 0; times < (i % 3 == 0 ? 2 : 1); ++times) {
      test::as_user(f.db, f.clock, calls[i].second, [&](pages::PageContext& pc) {
        actions::process_missed_call(pc, calls[i].first);
        return 0;
      });
    }
  }
  require_totals_match_calls(f.db);
  CHECK(query_int(f.db, "SELECT COALESCE(sum(calls), 0) FROM call_missed_totals") == 0);
}

}  // namespace

TEST_CASE("call totals: import (duplicates too), rerate and missed-call processing keep them equal to a recount",
          "[store][totals]") {
  test::RealFilesFixture f;
  check_writes_keep_totals(f);
}

TEST_CASE("call totals on MariaDB: import, rerate and missed-call processing keep them equal to a recount",
          "[store][totals][mariadb]") {
  auto socket = test::mariadb_test_socket();
  if (!socket) return;
  test::ServerDatabase server(*socket);
  test::RealFilesFixture f(server.url());
  check_writes_keep_totals(f);
}

TEST_CASE("call totals: the demo keeps them equal to a recount, and a migration to 8 fills them the same",
          "[store][totals]") {
  test::ScratchDir dir;
  demo::DemoOptions o;
  o.extra_users = 3;
  o.calls = 20000;
  FixedClock clock(at("2026-11-28 09:30:00"));
  demo::create_demo_database(dir.file("k.db"), o, clock);
  store::Database db = store::Database::open(dir.file("k.db"), store::OpenMode::existing);
  CHECK(query_int(db, "SELECT sum(calls) FROM call_user_totals") ==
        query_int(db, "SELECT count(*) FROM calls WHERE user_id IS NOT NULL"));
  require_totals_match_calls(db);

  // Back to version 7 without the tables: migrating fills them from the calls.
  db.exec("DROP TABLE call_user_totals; DROP TABLE call_device_totals; DROP TABLE call_missed_totals; "
          "PRAGMA user_version = 7");
  store::migrate(db);
  CHECK(store::schema_version(db) == store::latest_schema_version());
  require_totals_match_calls(db);
}

TEST_CASE("call totals on MariaDB: the demo keeps them equal to a recount and to the same demo in a file",
          "[store][totals][mariadb]") {
  auto socket = test::mariadb_test_socket();
  if (!socket) return;
  test::ServerDatabase server(*socket);
  test::ScratchDir dir;
  demo::DemoOptions o;
  o.extra_users = 3;
  o.calls = 20000;
  FixedClock clock(at("2026-11-28 09:30:00"));
  demo::create_demo_database(server.url(), o, clock);
  demo::create_demo_database(dir.file("k.db"), o, clock);
  store::Database db = server.open(store::OpenMode::existing);
  store::Database file = store::Database::open(dir.file("k.db"), store::OpenMode::existing);
  CHECK(query_int(db, "SELECT sum(calls) FROM call_user_totals") ==
        query_int(db, "SELECT count(*) FROM calls WHERE user_id IS NOT NULL"));
  CHECK(query_int(db, "SELECT count(*) FROM calls") == 20000);
  require_same_rows(totals_rows(db), totals_rows(file));
  require_totals_match_calls(db);
  require_same_rows(totals_rows(db), totals_rows(file));
}

namespace {

// The reference: the user's calls counted one by one, as the pages did
// before the totals (the call list's cursor, which reads calls only).
struct Counts {
  std::int64_t calls = 0, billsec = 0, answered = 0, missed = 0;
  std::map<std::int64_t, std::tuple<std::int64_t, std::int64_t, std::int64_t>> days;  // calls, billsec, answered
  std::map<std::pair<bool, int>, std::int64_t> outcomes;                              // (outgoing, outcome)
  bool operator==(const Counts&) const = default;
};

Counts by_calls(store::Database& db, std::int64_t user, Seconds from, Seconds till, LocalTimeFormatter& local) {
  Counts c;
  store::CallFilter filter;
  filter.user_id = user;
  filter.from = from;
  filter.till = till;
  store::CallCursor calls = store::CallCursor::open(db, filter);
  while (calls.next()) {
    const store::CallRow& r = calls.row();
    const auto outcome = store::outcome_of(r.disposition);
    ++c.calls;
    c.billsec += r.billsec;
    if (outcome == store::CallOutcome::answered) ++c.answered;
    ++c.outcomes[{r.outgoing, static_cast<int>(outcome)}];
    if (r.calldate) {
      auto& d = c.days[local.local_day(*r.calldate)];
      ++std::get<0>(d);
      std::get<1>(d) += r.billsec;
      if (outcome == store::CallOutcome::answered) ++std::get<2>(d);
    }
  }
  store::CallCursor missed = store::CallCursor::missed(db, user, from, till);
  while (missed.next()) ++c.missed;
  return c;
}

Counts by_totals(store::Database& db, std::int64_t user, Seconds from, Seconds till, LocalTimeFormatter& local) {
  Counts c;
  const auto two_days = [&](Seconds a, Seconds b) { return local.local_day(a) != local.local_day(b); };
  store::visit_call_groups(db, user, from, till, store::CallHalves::user_calls, two_days,
                           [&](const store::CallGroup& g) {
                             c.outcomes[{g.outgoing, static_cast<int>(g.outcome)}] += g.calls;
                             if (!g.start) return;
                             auto& d = c.days[local.local_day(*g.start)];
                             std::get<0>(d) += g.calls;
                             std::get<1>(d) += g.billsec;
                             if (g.outcome == store::CallOutcome::answered) std::get<2>(d) += g.calls;
                           });
  const store::CallTotals t = store::user_call_totals(db, user, from, till);
  c.calls = t.count;
  c.billsec = t.billsec;
  c.answered = store::answer_counts(db, user, from, till).answered;
  c.missed = store::missed_calls_between(db, user, from, till);
  return c;
}

}  // namespace

namespace {

// Calls of every kind in `t`, then what the pages read from the totals
// against counting the calls.
void check_sums_in_every_zone(test::TestDatabase& t) {
  const std::int64_t ann = t.add_user({.login = "ann"});
  const std::int64_t bob = t.add_user({.login = "bob"});
  const std::int64_t ann_phone = t.add_device({.user_id = ann, .name = "a1", .extension = "101"});
  const std::int64_t ann_fax = t.add_device({.user_id = ann, .name = "a2", .extension = "102"});
  const std::int64_t bob_phone = t.add_device({.user_id = bob, .name = "b1", .extension = "201"});
  const char* dispositions[] = {"ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"};
  // Calls around the clock on days in 1971 (Monrovia at -00:44:30) and
  // 2026 (DST changes included), every kind: out, in, internal both ways,
  // between ann's own devices; plus texts no kolmi writer stores.
  std::uint64_t x = 12345;
  auto rnd = [&](std::uint64_t n) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (x >> 33) % n;
  };
  const Seconds bases[] = {at("1971-03-30 00:00:00"), at("2026-03-27 00:00:00"), at("2026-10-23 00:00:00"),
                           at("2026-11-26 00:00:00")};
  for (Seconds base : bases) {
    for (int i = 0; i < 1500; ++i) {
      const Seconds start = base + std::chrono::seconds{static_cast<std::int64_t>(rnd(4 * 86400))};
      test::CallRow c{.calldate = format_utc(start),
                      .disposition = dispositions[rnd(5)],
                      .billsec = static_cast<std::int64_t>(rnd(300)),
                      .processed = static_cast<int>(rnd(2))};
      switch (rnd(5)) {
        case 0: c.user_id = ann; c.src_device = ann_phone; break;
        case 1: c.dst_device = rnd(2) ? ann_phone : ann_fax; break;
        case 2: c.user_id = bob; c.src_device = bob_phone; c.dst_device = ann_phone; break;
        case 3: c.user_id = ann; c.src_device = ann_phone; c.dst_device = rnd(2) ? ann_fax : bob_phone; break;
        default: c.dst_device = bob_phone;
      }
      t.add_call(c);
    }
  }
  // Monrovia's midnight in 1971 was 00:44:30 UTC, inside a quarter hour:
  // calls on both sides of it, in the same quarter.
  for (const char* near : {"1971-03-31 00:44:29", "1971-03-31 00:44:30", "1971-03-31 00:44:59", "1971-03-31 00:31:00"}) {
    t.add_call({.calldate = near, .user_id = ann, .disposition = "ANSWERED", .billsec = 11});
    t.add_call({.calldate = near, .dst_device = ann_phone, .disposition = "BUSY"});
  }
  for (const char* odd : {"2026-11-27 10:00", "2026-11-27T10:07:00", "2026-02-30 10:05:00", "2026-11-27 25:00:00",
                          "2026-11-27 10:00:00.5", "garbage", "2026-11-27 10:05:00\n"}) {
    t.add_call({.calldate = odd, .user_id = ann, .disposition = "BUSY", .billsec = 7});
    t.add_call({.calldate = odd, .dst_device = ann_phone, .disposition = "NO ANSWER", .billsec = 3});
  }
  require_totals_match_calls(t.db);

  for (const char* zone_name : {"UTC", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe",
                                "Africa/Monrovia", "Europe/Vilnius", "Pacific/Chatham"}) {
    INFO(zone_name);
    const TimeZone zone(zone_name);
    for (Seconds base : bases) {
      // Local days, a local month, and ragged periods to the second.
      std::vector<std::pair<Seconds, Seconds>> periods;
      Seconds day = zone.start_of_day(base);
      for (int d = 0; d < 5; ++d) {
        const Seconds next = zone.start_of_next_day(day);
        periods.emplace_back(day, next);
        day = next;
      }
      periods.emplace_back(zone.start_of_day(base), day);
      periods.emplace_back(zone.start_of_month(base + std::chrono::seconds{2 * 86400}),
                           zone.start_of_next_month(base + std::chrono::seconds{2 * 86400}));
      for (int r = 0; r < 5; ++r) {
        const Seconds a = base + std::chrono::seconds{static_cast<std::int64_t>(rnd(3 * 86400))};
        periods.emplace_back(a, a + std::chrono::seconds{static_cast<std::int64_t>(rnd(2 * 86400))});
      }
      periods.emplace_back(Seconds{std::chrono::seconds{-62'135'596'800}}, Seconds{std::chrono::seconds{253'402'300'799}});
      for (const auto& [from, till] : periods) {
        INFO(format_utc(from) << " - " << format_utc(till));
        for (std::int64_t user : {ann, bob}) {
          LocalTimeFormatter l1(zone), l2(zone);
          CHECK(by_totals(t.db, user, from, till, l1) == by_calls(t.db, user, from, till, l2));
        }
      }
    }
  }
  // Counting with a filter (the calls pages' total_calls) and unprocessed missed calls.
  for (int outcome = 0; outcome < 4; ++outcome) {
    for (auto direction : {store::CallDirection::all, store::CallDirection::incoming, store::CallDirection::outgoing}) {
      store::CallFilter f;
      f.user_id = ann;
      f.from = at("2026-11-26 10:07:13");
      f.till = at("2026-11-28 23:00:00");
      f.direction = direction;
      f.outcome = static_cast<store::CallOutcome>(outcome);
      std::int64_t listed = 0;
      for (auto c = store::CallCursor::open(t.db, f); c.next();) ++listed;
      CHECK(store::count_calls(t.db, f) == listed);
    }
  }
  CHECK(store::unprocessed_missed_calls(t.db, ann) ==
        query_int(t.db, "SELECT count(*) FROM calls WHERE dst_device_id IN (" + std::to_string(ann_phone) + ", " +
                            std::to_string(ann_fax) + ") AND processed = 0 AND disposition <> 'ANSWERED'"));
}

}  // namespace

TEST_CASE("call totals: pages' sums from the totals equal counting the calls, in every kind of zone",
          "[store][totals]") {
  test::TestDatabase t;
  check_sums_in_every_zone(t);
}

TEST_CASE("call totals on MariaDB: pages' sums from the totals equal counting the calls, in every kind of zone",
          "[store][totals][mariadb]") {
  auto socket = test::mariadb_test_socket();
  if (!socket) return;
  test::ServerDatabase server(*socket);
  test::TestDatabase t(server.url());
  check_sums_in_every_zone(t);
}

TEST_CASE("call totals: a fresh database and a migrated one have the same schema", "[store][totals][schema]") {
  test::ScratchDir dir;
  store::Database old = store::Database::open(dir.file("old.db"), store::OpenMode::create);
  store::migrate(old, 7);
  store::migrate(old);
  store::Database fresh = store::Database::open_memory();
  store::migrate(fresh);
  const std::string schema = "SELECT group_concat(type || ' ' || name || ' ' || COALESCE(sql, ''), char(10)) FROM "
                             "(SELECT * FROM sqlite_schema ORDER BY name)";
  CHECK(test::query_text(old, schema) == test::query_text(fresh, schema));
}
