// The admin report's SQL: one GROUP BY over calls, with the shift CASE of
// several offset stretches, the filters, the span of the calls and the
// names of the keys; on both back-ends.
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
