// The admin report's SQL: one pass over calls (a GROUP BY on MariaDB, a
// hash table of the groups on SQLite), with the shift CASE of several
// offset stretches, the filters, the span of the calls and the names of
// the keys.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/store/aggregate_report.hpp"
#include "tests/core/console/report_fixture.hpp"

using namespace kolmi;

namespace {

store::ReportQuery november() {
  store::ReportQuery q;
  q.from = "2026-11-01 00:00:00";
  q.till = "2026-12-01 00:00:00";
  return q;
}

// "key|key|...=calls/answered/billsec/billed/revenue/cost", sorted.
std::vector<std::string> shown(const std::vector<store::ReportGroup>& groups) {
  std::vector<std::string> out;
  for (const store::ReportGroup& g : groups) {
    auto id = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("-"); };
    out.push_back(fmt::format("{}|{}|{}|{}|{}|{}={}/{}/{}/{}/{}/{}", id(g.user_id), id(g.device_id),
                              id(g.provider_id), g.prefix.value_or("-"), g.time, g.shift, g.sums.calls,
                              g.sums.answered, g.sums.billsec, g.sums.billed_seconds,
                              static_cast<std::int64_t>(g.sums.revenue), static_cast<std::int64_t>(g.sums.cost)));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("report groups: sums by the keys asked, the payer's calls of the period only", "[store][report]") {
  test::ReportFixture f;
  store::ReportQuery q = november();
  q.by_provider = true;
  CHECK(shown(store::report_groups(f.db, q)) ==
        std::vector<std::string>{"-|-|-|-||0=2/2/135/126/300000000/0", "-|-|1|-||0=2/2/90/120/150000000/100000000",
                                 "-|-|2|-||0=1/0/0/0/0/0"});
  q.by_provider = false;
  q.by_user = q.by_device = q.by_prefix = true;
  CHECK(shown(store::report_groups(f.db, q)).size() == 5);
  // No keys: the one total; no calls: nothing.
  q = november();
  CHECK(shown(store::report_groups(f.db, q)) == std::vector<std::string>{"-|-|-|-||0=5/4/225/246/450000000/100000000"});
  q.from = "2027-01-01 00:00:00";
  q.till = "2027-02-01 00:00:00";
  CHECK(store::report_groups(f.db, q).empty());
}

TEST_CASE("report groups: the shift of each stretch, cut at its time of day", "[store][report]") {
  test::ReportFixture f;
  store::ReportQuery q = november();
  q.time = store::ReportTime::day;
  q.stretches = {{.end = "2026-11-28 00:00:00", .cut = "22:00:00", .before = 0, .after = 1},
                 {.end = "", .cut = "", .before = 0, .after = 0}};
  CHECK(shown(store::report_groups(f.db, q)) ==
        std::vector<std::string>{"-|-|-|-|2026-11-27|0=1/1/60/60/100000000/40000000",
                                 "-|-|-|-|2026-11-27|1=1/1/30/60/50000000/60000000",
                                 "-|-|-|-|2026-11-28|0=3/2/135/126/300000000/0"});
  // One stretch of a constant shift needs no CASE.
  q.time = store::ReportTime::hour;
  q.stretches = {{.end = "", .cut = "", .before = 2, .after = 2}};
  CHECK(shown(store::report_groups(f.db, q)) ==
        std::vector<std::string>{"-|-|-|-|08|2=1/0/0/0/0/0", "-|-|-|-|09|2=2/2/135/126/300000000/0",
                                 "-|-|-|-|21|2=1/1/60/60/100000000/40000000",
                                 "-|-|-|-|22|2=1/1/30/60/50000000/60000000"});
  q.time = store::ReportTime::day_hour;
  q.stretches = {{.end = "", .cut = "15:00", .before = 5, .after = 6}};
  const auto groups = shown(store::report_groups(f.db, q));
  // 21:30 and 22:15 are in their hour's last quarter; 08:00 is not.
  REQUIRE(groups.size() == 4);
  CHECK(groups[2] == "-|-|-|-|2026-11-28 08|5=1/0/0/0/0/0");
  CHECK(groups.front() == "-|-|-|-|2026-11-27 21|6=1/1/60/60/100000000/40000000");
  CHECK(groups[1] == "-|-|-|-|2026-11-27 22|6=1/1/30/60/50000000/60000000");
}

TEST_CASE("report groups: filters by user, provider and called number", "[store][report]") {
  test::ReportFixture f;
  store::ReportQuery q = november();
  q.user_id = 1;
  CHECK(store::report_groups(f.db, q).front().sums.calls == 3);
  q.user_id.reset();
  q.provider_id = 1;
  CHECK(store::report_groups(f.db, q).front().sums.calls == 2);
  q.provider_id.reset();
  q.dst_glob = "370*";
  CHECK(store::report_groups(f.db, q).front().sums.calls == 2);
  q.dst_glob = "*0";
  CHECK(store::report_groups(f.db, q).front().sums.calls == 2);  // 441234567890 and 37060000000
}

TEST_CASE("report span and names", "[store][report]") {
  test::ReportFixture f;
  const auto span = store::report_call_span(f.db, "2026-11-01 00:00:00", "2026-12-01 00:00:00");
  REQUIRE(span);
  CHECK(span->first == "2026-11-27 21:30:00");
  CHECK(span->second == "2026-11-28 09:10:00");
  CHECK_FALSE(store::report_call_span(f.db, "2027-01-01 00:00:00", "2027-02-01 00:00:00"));

  store::ReportQuery q = november();
  q.by_user = q.by_device = q.by_provider = q.by_prefix = true;
  const auto groups = store::report_groups(f.db, q);
  store::ReportNames names;
  store::load_report_names(f.db, groups, names);
  CHECK(names.users.at(1) == "ann");
  CHECK(names.devices.at(20) == "SIP/bob1");
  CHECK(names.providers.at(2) == "Backup");
  CHECK(names.prefixes.at("4420").name == "London");
  CHECK(names.prefixes.at("4420").group_id == 1);
  CHECK(names.prefixes.at("370").group_name == "Lithuania");
  CHECK(store::report_provider_id(f.db, "Carrier") == 1);
  CHECK(store::report_provider_id(f.db, "2") == 2);
  CHECK_FALSE(store::report_provider_id(f.db, "9"));
}

TEST_CASE("report groups (summed in a hash table on SQLite) equal a GROUP BY of the same calls", "[store][report]") {
  test::ReportFixture f;
  // More calls, so groups hold several rows: a day later, priced otherwise, and one more in call 1's hour.
  f.call(11, "2026-11-28 21:37:00", 1, 10, "442071234567", "4420", "ANSWERED", 61, 300'000'000, 60, 1, 40'000'000);
  f.call(12, "2026-11-28 22:22:00", 1, 11, "441234567890", "44", "ANSWERED", 31, 150'000'000, 60, 1, 60'000'000);
  f.call(13, "2026-11-29 08:07:00", 1, 10, "37060000000", "370", "NO ANSWER", 1, 0, 0, 2, 0);
  f.call(14, "2026-11-29 09:07:00", 2, 20, "37061111111", "370", "ANSWERED", 126, 900'000'000, 126, {}, {});
  f.call(15, "2026-11-29 09:17:00", 2, 20, "99912345", {}, "ANSWERED", 11, {}, {}, {}, {});
  f.call(16, "2026-11-27 21:45:00", 1, 10, "442079999999", "4420", "BUSY", 0, 0, 0, 1, 0);
  for (int mask = 0; mask < 16; ++mask) {
    for (store::ReportTime time : {store::ReportTime::none, store::ReportTime::day, store::ReportTime::hour,
                                   store::ReportTime::day_hour}) {
      store::ReportQuery q = november();
      q.by_user = (mask & 1) != 0;
      q.by_device = (mask & 2) != 0;
      q.by_provider = (mask & 4) != 0;
      q.by_prefix = (mask & 8) != 0;
      q.time = time;
      if (time != store::ReportTime::none) q.stretches = {{.end = "", .cut = "", .before = 0, .after = 0}};
      std::string keys;
      auto key = [&](bool on, const char* column) {
        keys += on ? fmt::format("{}, ", column) : std::string("NULL, ");
      };
      key(q.by_user, "user_id");
      key(q.by_device, "src_device_id");
      key(q.by_provider, "provider_id");
      key(q.by_prefix, "prefix");
      keys += time == store::ReportTime::day    ? "substr(calldate, 1, 10)"
              : time == store::ReportTime::hour ? "substr(calldate, 12, 2)"
              : time == store::ReportTime::day_hour ? "substr(calldate, 1, 13)"
                                                    : "''";
      auto s = f.db.prepare(fmt::format(
          "SELECT {}, COUNT(*), SUM(disposition = 'ANSWERED'), SUM(billsec), COALESCE(SUM(user_billsec), 0), "
          "COALESCE(SUM(user_price), 0), COALESCE(SUM(provider_price), 0) FROM calls WHERE calldate >= ? "
          "AND calldate < ? AND user_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5",
          keys));
      s.bind_all(q.from, q.till);
      std::vector<std::string> expected;
      auto id = [&](int col) { return s.is_null(col) ? std::string("-") : std::to_string(s.int64(col)); };
      while (s.step()) {
        expected.push_back(fmt::format("{}|{}|{}|{}|{}|0={}/{}/{}/{}/{}/{}", id(0), id(1), id(2),
                                       s.is_null(3) ? std::string("-") : s.str(3), s.str(4), s.int64(5),
                                       s.int64(6), s.int64(7), s.int64(8), s.int64(9), s.int64(10)));
      }
      std::sort(expected.begin(), expected.end());
      INFO("keys " << mask << ", time " << static_cast<int>(time));
      CHECK(shown(store::report_groups(f.db, q)) == expected);
    }
  }
}

TEST_CASE("report groups: a NULL key and an empty one are two groups, and an overflowing sum is an error", "[store][report]") {
  test::ReportFixture f;
  f.db.exec("UPDATE calls SET prefix = '' WHERE id = 4");  // call 5 keeps its NULL prefix
  store::ReportQuery q = november();
  q.by_prefix = true;
  q.user_id = 2;
  CHECK(shown(store::report_groups(f.db, q)) ==
        std::vector<std::string>{"-|-|-|-||0=1/1/10/0/0/0", "-|-|-|||0=1/1/125/126/300000000/0"});
  // SQLite's SUM refuses an integer overflow; so do the sum made here and
  // the reading of MariaDB's DECIMAL sum (which used to read as 0).
  f.db.exec("UPDATE calls SET billsec = 9223372036854775000 WHERE id IN (4, 5)");
  q.by_prefix = false;
  CHECK_THROWS_WITH(store::report_groups(f.db, q), Catch::Contains("integer overflow"));
}
