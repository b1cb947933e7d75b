// kolmi admin report's view: --by words in their fixed nesting, offset
// stretches across a DST change and in a zone 5:45 ahead, groups folded
// onto the report's wall clock, names, filters, totals, the currency, the
// refusals, and the listing in the row formats.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/console/aggregate_report.hpp"
#include "core/console/report_listing.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/console/report_fixture.hpp"

using namespace kolmi;
using console::ReportDimension;
using console::ReportRequest;

namespace {

std::string tsv(const console::Report& report) {
  std::string out;
  console::write_report(*output::make_tree_writer(output::Format::tsv, [&](std::string_view c) { out += c; }),
                        report);
  return out;
}

ReportRequest november(std::string by, std::string zone = "UTC") {
  ReportRequest r;
  r.by = std::move(by);
  r.period = "2026-11";
  r.time_zone = std::move(zone);
  return r;
}

Seconds at(std::string_view utc) { return *parse_utc(utc); }

}  // namespace

TEST_CASE("report --by: any order, nested user > device > provider > destination > group > day > hour",
          "[console][report]") {
  using D = ReportDimension;
  CHECK(console::parse_report_dimensions("hour,user") == std::vector<D>{D::user, D::hour});
  CHECK(console::parse_report_dimensions("day,destination,provider") ==
        std::vector<D>{D::provider, D::destination, D::day});
  CHECK(console::parse_report_dimensions("group,group,user") == std::vector<D>{D::user, D::group});
  CHECK(console::parse_report_dimensions("day, provider") == std::vector<D>{D::provider, D::day});
  CHECK(console::parse_report_dimensions("hour,day,group,destination,provider,device,user").size() == 7);
  CHECK_THROWS_WITH(console::parse_report_dimensions("user,country"),
                    "--by: 'country' is not one of user, device, provider, destination, group, day, hour");
  CHECK_THROWS_AS(console::parse_report_dimensions("user,"), Error);
  CHECK_THROWS_AS(console::parse_report_dimensions(""), Error);
  CHECK_THROWS_AS(console::parse_report_dimensions("User"), Error);
}

TEST_CASE("report stretches: one per UTC offset, split at the DST change, cut where the local day or hour turns",
          "[console][report]") {
  // Vilnius leaves summer time (+3) for +2 at 2026-10-25 01:00 UTC.
  const auto days =
      console::report_stretches("Europe/Vilnius", at("2026-10-24 00:00:00"), at("2026-10-26 00:00:00"),
                                store::ReportTime::day);
  REQUIRE(days.size() == 2);
  CHECK(days[0].end == "2026-10-25 01:00:00");
  CHECK(days[0].cut == "21:00:00");
  CHECK(days[0].before == 0);
  CHECK(days[0].after == 1);
  CHECK(days[1].cut == "22:00:00");
  const auto hours = console::report_stretches("Europe/Vilnius", at("2026-11-01 00:00:00"),
                                               at("2026-11-30 00:00:00"), store::ReportTime::day_hour);
  REQUIRE(hours.size() == 1);
  CHECK(hours[0].before == 2);
  CHECK(hours[0].after == 2);
  // Kathmandu is 5:45 ahead: a UTC hour's last quarter is 6 hours on.
  const auto kathmandu = console::report_stretches("Asia/Kathmandu", at("2026-11-01 00:00:00"),
                                                   at("2026-11-30 00:00:00"), store::ReportTime::hour);
  REQUIRE(kathmandu.size() == 1);
  CHECK(kathmandu[0].cut == "15:00");
  CHECK(kathmandu[0].before == 5);
  CHECK(kathmandu[0].after == 6);
  // New York is behind: the first hours of a UTC day are the day before.
  const auto new_york = console::report_stretches("America/New_York", at("2026-11-10 00:00:00"),
                                                  at("2026-11-12 00:00:00"), store::ReportTime::day);
  REQUIRE(new_york.size() == 1);
  CHECK(new_york[0].cut == "05:00:00");
  CHECK(new_york[0].before == -1);
  CHECK(new_york[0].after == 0);
}

TEST_CASE("report by day: days on the report's wall clock, the payer's calls only, totals", "[console][report]") {
  test::ReportFixture f;
  const console::Report utc = console::load_report(f.db, f.t.clock, november("day"));
  REQUIRE(utc.lines.size() == 2);
  CHECK(utc.lines[0].keys == std::vector<std::string>{"2026-11-27"});
  CHECK(utc.lines[0].sums.calls == 2);
  CHECK(utc.lines[1].keys == std::vector<std::string>{"2026-11-28"});
  CHECK(utc.lines[1].sums.calls == 3);
  CHECK(utc.total.calls == 5);  // not the incoming call, not October's
  CHECK(utc.total.answered == 4);
  CHECK(utc.total.billsec == 225);
  CHECK(utc.total.billed_seconds == 246);
  CHECK(utc.total.revenue == 450'000'000);
  CHECK(utc.total.cost == 100'000'000);
  CHECK(utc.period_from == "2026-11-01 00:00:00");
  CHECK(utc.period_till == "2026-11-30 23:59:59");

  // In Vilnius (+2) call 2, 22:15 UTC, is on the 28th already.
  const console::Report vilnius = console::load_report(f.db, f.t.clock, november("day", "Europe/Vilnius"));
  REQUIRE(vilnius.lines.size() == 2);
  CHECK(vilnius.lines[0].sums.calls == 1);
  CHECK(vilnius.lines[1].sums.calls == 4);
  // In Pago Pago (-11) every call is on the 27th.
  const console::Report pago = console::load_report(f.db, f.t.clock, november("day", "Pacific/Pago_Pago"));
  REQUIRE(pago.lines.size() == 1);
  CHECK(pago.lines[0].keys.front() == "2026-11-27");
  CHECK(pago.lines[0].sums.calls == 5);
}

TEST_CASE("report by hour: local hours of the day, a 5:45 zone splitting UTC hours", "[console][report]") {
  test::ReportFixture f;
  const console::Report r = console::load_report(f.db, f.t.clock, november("hour", "Asia/Kathmandu"));
  std::vector<std::string> hours;
  for (const auto& line : r.lines) hours.push_back(line.keys[0] + "=" + std::to_string(line.sums.calls));
  // 21:30 -> 03:15, 22:15 -> 04:00, 08:00 -> 13:45, 09:00 -> 14:45, 09:10 -> 14:55.
  CHECK(hours == std::vector<std::string>{"03=1", "04=1", "13=1", "14=2"});
  const console::Report dh = console::load_report(f.db, f.t.clock, november("hour,day", "Europe/Vilnius"));
  std::vector<std::string> day_hours;
  for (const auto& line : dh.lines) day_hours.push_back(line.keys[0] + " " + line.keys[1]);
  CHECK(day_hours == std::vector<std::string>{"2026-11-27 23", "2026-11-28 00", "2026-11-28 10", "2026-11-28 11"});
}

TEST_CASE("report keys: names looked up, nested, none first", "[console][report]") {
  test::ReportFixture f;
  const console::Report r = console::load_report(f.db, f.t.clock, november("destination,user"));
  CHECK(r.key_columns == std::vector<std::string_view>{"user", "prefix", "destination"});
  std::vector<std::string> keys;
  for (const auto& line : r.lines) keys.push_back(line.keys[0] + "|" + line.keys[1] + "|" + line.keys[2]);
  CHECK(keys == std::vector<std::string>{"ann|370|Lithuania", "ann|44|United Kingdom", "ann|4420|London",
                                         "bob||", "bob|370|Lithuania"});
  const console::Report g = console::load_report(f.db, f.t.clock, november("group,provider,device"));
  keys.clear();
  for (const auto& line : g.lines) {
    std::string k;
    for (const auto& key : line.keys) k += key + "|";
    keys.push_back(k + std::to_string(line.sums.calls));
  }
  CHECK(keys == std::vector<std::string>{"10|SIP/ann1|Backup|2|Lithuania|1", "10|SIP/ann1|Carrier|1|UK|1",
                                         "11|SIP/ann2|Carrier|1|UK|1", "20|SIP/bob1||||1",
                                         "20|SIP/bob1||2|Lithuania|1"});
}

TEST_CASE("report filters: --user, --provider, --dst", "[console][report]") {
  test::ReportFixture f;
  ReportRequest r = november("user");
  r.user = "bob";
  CHECK(console::load_report(f.db, f.t.clock, r).total.calls == 2);
  r.user.reset();
  r.provider = "Carrier";
  CHECK(console::load_report(f.db, f.t.clock, r).total.calls == 2);
  r.provider = "2";  // by id
  CHECK(console::load_report(f.db, f.t.clock, r).total.calls == 1);
  r.provider.reset();
  r.dst = "44";
  CHECK(console::load_report(f.db, f.t.clock, r).total.calls == 2);
  r.dst = "*567";
  CHECK(console::load_report(f.db, f.t.clock, r).total.calls == 1);
}

TEST_CASE("report refusals name the option", "[console][report]") {
  test::ReportFixture f;
  ReportRequest r = november("user");
  r.user = "nobody";
  CHECK_THROWS_WITH(console::load_report(f.db, f.t.clock, r), "--user: no user 'nobody'");
  r.user.reset();
  r.provider = "Nope";
  CHECK_THROWS_WITH(console::load_report(f.db, f.t.clock, r), "--provider: no provider 'Nope'");
  r.provider.reset();
  r.currency = "XYZ";
  CHECK_THROWS_WITH(console::load_report(f.db, f.t.clock, r), "--currency: no currency 'XYZ'");
  r.currency.reset();
  r.time_zone = "Mars/Olympus";
  CHECK_THROWS_WITH(console::load_report(f.db, f.t.clock, r), "--tz: unknown time zone 'Mars/Olympus'");
  r.time_zone = "UTC";
  r.dst = "44a";
  CHECK_THROWS_AS(console::load_report(f.db, f.t.clock, r), Error);
  try {
    r.dst.reset();
    r.by = "planet";
    console::load_report(f.db, f.t.clock, r);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
  }
}

TEST_CASE("report listing: key columns, figures rounded once, the totals row last", "[console][report]") {
  test::ReportFixture f;
  ReportRequest r = november("provider");
  CHECK(tsv(console::load_report(f.db, f.t.clock, r)) ==
        "provider\tcalls\tanswered\tasr_percent\tacd_seconds\tbillsec\tbilled_minutes\trevenue\tcost\tprofit\t"
        "margin_percent\n"
        "\t2\t2\t100.00\t68\t135\t2.10\t0.3\t0\t0.3\t100.00\n"
        "Backup\t1\t0\t0.00\t\t0\t0.00\t0\t0\t0\t\n"
        "Carrier\t2\t2\t100.00\t45\t90\t2.00\t0.15\t0.1\t0.05\t33.33\n"
        "Total\t5\t4\t80.00\t56\t225\t4.10\t0.45\t0.1\t0.35\t77.78\n");
  r.currency = "EUR";
  const std::string eur = tsv(console::load_report(f.db, f.t.clock, r));
  CHECK(eur.find("Total\t5\t4\t80.00\t56\t225\t4.10\t0.405\t0.09\t0.315\t77.78\n") != std::string::npos);
}
