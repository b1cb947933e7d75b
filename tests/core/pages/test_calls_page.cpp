// The calls page: shape, header, filters, errors, periods across DST,
// prices and escaping.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/error.hpp"
#include "core/pages/calls_page.hpp"
#include "tests/core/pages/call_fixture.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using kolmi::test::CallFixture;
using kolmi::test::contains;

namespace {

std::string calls_xml(CallFixture& f, const pages::CallsRequest& r, std::int64_t user = 1,
                      pages::Lang lang = pages::Lang::en) {
  return f.page([&](pages::PageContext& pc,
                    output::TreeWriter& w) { pages::write_calls_page(w, pc, pages::load_calls_page(pc, r)); },
                user, lang);
}

// The message of the Error the request raises, and checks its exit code.
std::string error_of(CallFixture& f, const pages::CallsRequest& r, ExitCode code) {
  try {
    calls_xml(f, r);
  } catch (const Error& e) {
    CHECK(e.code() == code);
    return e.what();
  }
  FAIL("no error");
  return {};
}

}  // namespace

TEST_CASE("calls page: the spec's shape, today by default, oldest first", "[calls]") {
  CallFixture f;  // Europe/Sofia: today is 2026-11-27 22:00 UTC .. 2026-11-28 22:00 UTC
  f.add({.calldate = "2026-11-28 07:45:31",
         .user_id = 1,
         .src_device = 10,
         .billsec = 36,
         .src = "12129989282",
         .dst = "12129989282",
         .price = 49'000'000,
         .prefix = "1212"});
  f.incoming("2026-11-28 06:00:00", "NO ANSWER", 0);
  f.outgoing("2026-11-27 21:59:59");  // yesterday, local
  std::string xml = calls_xml(f, {});
  test::check_shape(xml, "calls.xml");
  CHECK(contains(xml,
                 "<pagename>Calls</pagename>\n  <language>en</language>\n  <error_msg></error_msg>\n"
                 "  <userid>1</userid>\n  <show_device>all</show_device>\n  <status>all</status>\n"
                 "  <direction>all</direction>\n  <total_calls>2</total_calls>\n"
                 "  <username>Andrey Mazunin</username>\n  <currency>USD</currency>"));
  CHECK(contains(xml, "<period_start>2026-11-28 00:00:00</period_start>"));
  CHECK(contains(xml, "<period_end>2026-11-28 23:59:59</period_end>"));
  CHECK(contains(xml,
                 "<date>2026-11-28 08:00:00</date>\n        <called_from>37060000000</called_from>\n"
                 "        <called_to>101</called_to>\n        <destination></destination>\n"
                 "        <duration>00:00:00</duration>\n        <hangup_cause>No Answer</hangup_cause>\n"
                 "        <price>0</price>"));
  CHECK(contains(xml,
                 "<date>2026-11-28 09:45:31</date>\n        <called_from>12129989282</called_from>\n"
                 "        <called_to>12129989282</called_to>\n"
                 "        <destination>United States FIX USA 212 New York</destination>\n"
                 "        <duration>00:00:36</duration>\n        <hangup_cause>Answered</hangup_cause>\n"
                 "        <price>0.049</price>"));
  CHECK(xml.find("08:00:00") < xml.find("09:45:31"));
}

TEST_CASE("calls page: filters are echoed and applied", "[calls]") {
  CallFixture f;
  f.add({.calldate = "2026-11-28 08:00:00", .user_id = 1, .src_device = 11, .disposition = "BUSY"});
  f.add({.calldate = "2026-11-28 08:01:00", .dst_device = 11, .disposition = "BUSY", .src = "555"});
  f.add({.calldate = "2026-11-28 08:02:00", .dst_device = 10, .disposition = "BUSY"});
  f.add({.calldate = "2026-11-28 08:03:00", .dst_device = 11, .disposition = "ANSWERED"});
  std::string xml = calls_xml(f, {.direction = "incoming", .status = "busy", .device = "11"});
  CHECK(contains(xml,
                 "<show_device>11</show_device>\n  <status>busy</status>\n  <direction>incoming</direction>\n"
                 "  <total_calls>1</total_calls>"));
  CHECK(contains(xml, "<called_from>555</called_from>"));
  CHECK_FALSE(contains(xml, "<date>2026-11-28 10:00:00</date>"));  // outgoing from device 11
  CHECK(contains(calls_xml(f, {.device = "011"}), "<show_device>11</show_device>"));  // the id, as stored
  CHECK(contains(calls_xml(f, {.status = "busy"}), "<total_calls>3</total_calls>"));
}

TEST_CASE("calls page: another user's device looks exactly like a missing one", "[calls]") {
  CallFixture f;
  CHECK(error_of(f, {.device = "20"}, ExitCode::not_found) == "no such device of yours: 20");
  CHECK(error_of(f, {.device = "99"}, ExitCode::not_found) == "no such device of yours: 99");
}

TEST_CASE("calls page: bad values are usage errors naming the option", "[calls]") {
  CallFixture f;
  CHECK(contains(error_of(f, {.direction = "sideways"}, ExitCode::usage), "--direction"));
  CHECK(contains(error_of(f, {.status = "lost"}, ExitCode::usage), "--status"));
  CHECK(contains(error_of(f, {.device = "ten"}, ExitCode::usage), "--device"));
  CHECK(contains(error_of(f, {.device = "-1"}, ExitCode::usage), "--device"));
  CHECK(contains(error_of(f, {.from = "2026-13-01"}, ExitCode::usage), "--from"));
  CHECK(contains(error_of(f, {.till = "yesterday"}, ExitCode::usage), "--till"));
  CHECK(contains(error_of(f, {.from = "2026-11-28", .till = "2026-11-27"}, ExitCode::usage), "--from"));
  CHECK(contains(error_of(f, {.currency = "JPY"}, ExitCode::usage), "--currency"));  // inactive
  CHECK(contains(error_of(f, {.currency = "XYZ"}, ExitCode::usage), "--currency"));
  CHECK(contains(error_of(f, {.currency = ""}, ExitCode::usage), "--currency: an empty value"));  // given empty
}

TEST_CASE("calls page: a local day across the end of DST (Europe/Sofia, 2026-10-25, 25 hours)", "[calls]") {
  CallFixture f;
  f.outgoing("2026-10-24 20:59:59");  // 2026-10-24 23:59:59 EEST: the day before
  f.outgoing("2026-10-24 21:00:00");  // 00:00:00 EEST
  f.outgoing("2026-10-25 00:30:00");  // 03:30:00 EEST
  f.outgoing("2026-10-25 01:30:00");  // 03:30:00 EET: the same wall time again
  f.outgoing("2026-10-25 21:59:59");  // 23:59:59 EET
  f.outgoing("2026-10-25 22:00:00");  // 2026-10-26 00:00:00: the day after
  std::string xml = calls_xml(f, {.from = "2026-10-25", .till = "2026-10-25"});
  CHECK(contains(xml, "<total_calls>4</total_calls>"));
  CHECK(contains(xml, "<period_start>2026-10-25 00:00:00</period_start>"));
  CHECK(contains(xml, "<period_end>2026-10-25 23:59:59</period_end>"));
  CHECK(contains(xml, "<date>2026-10-25 00:00:00</date>"));
  CHECK(contains(xml, "<date>2026-10-25 03:30:00</date>"));
  CHECK(xml.find("03:30:00") != xml.rfind("03:30:00"));  // both of them
  CHECK(contains(xml, "<date>2026-10-25 23:59:59</date>"));
  CHECK_FALSE(contains(xml, "2026-10-24 23:59:59</date>"));
  CHECK_FALSE(contains(xml, "2026-10-26"));
  // A time of day: --till is inclusive to the second.
  xml = calls_xml(f, {.from = "2026-10-25 03:30:00", .till = "2026-10-25 23:59:58"});
  CHECK(contains(xml, "<total_calls>2</total_calls>"));  // the earlier 03:30 onwards, not 23:59:59
}

TEST_CASE("calls page: prices converted to the chosen currency and rounded for display", "[calls]") {
  CallFixture f;
  f.add({.calldate = "2026-11-28 08:00:00",
         .user_id = 1,
         .src_device = 10,
         .billsec = 60,
         .price = 49'000'000});
  f.add({.calldate = "2026-11-28 08:01:00",
         .user_id = 1,
         .src_device = 10,
         .billsec = 60,
         .price = 123'456'789});
  f.add({.calldate = "2026-11-28 08:02:00", .user_id = 1, .src_device = 10, .billsec = 60});  // not rated
  f.add(
      {.calldate = "2026-11-28 08:03:00", .dst_device = 10, .billsec = 60, .price = 77'000'000});  // incoming
  std::string usd = calls_xml(f, {});
  CHECK(contains(usd, "<price>0.049</price>"));
  CHECK(contains(usd, "<price>0.1235</price>"));  // 0.123456789, Nice_Number_Digits 4
  CHECK(contains(usd, "<price></price>"));
  CHECK(contains(usd, "<price>0</price>"));  // the caller's price is not the user's
  std::string eur = calls_xml(f, {.currency = "EUR"});
  CHECK(contains(eur, "<currency>EUR</currency>"));
  CHECK(contains(eur, "<price>0.0451</price>"));  // 0.049 * 0.92 = 0.04508
  CHECK(contains(eur, "<price>0.1136</price>"));  // 0.123456789 * 0.92 = 0.11358...
  f.db.exec("INSERT INTO conflines (name, value) VALUES ('Nice_Number_Digits', '2')");
  CHECK(contains(calls_xml(f, {.currency = "GBP"}), "<price>0.04</price>"));  // 0.03871
  // Without --currency: the user's own currency (user 2: EUR).
  f.add({.calldate = "2026-11-28 08:04:00", .user_id = 2, .src_device = 20, .price = 1'000'000'000});
  CHECK(contains(calls_xml(f, {}, 2), "<currency>EUR</currency>"));
  CHECK(contains(calls_xml(f, {}, 2), "<price>0.92</price>"));
}

// [sqlite]: stored invalid UTF-8 can only exist in SQLite; MariaDB's utf8mb4
// columns refuse it, so a MariaDB database never holds any.
TEST_CASE("calls page: stored text is escaped and made valid UTF-8", "[calls][sqlite]") {
  CallFixture f;
  f.add({.calldate = "2026-11-28 08:00:00",
         .user_id = 1,
         .src_device = 10,
         .src = "A&B<C>\"D'E",
         .dst = std::string("12\x01\x1f"
                            "3\xff\xfe"
                            "4"),
         .clid = "\"\x02\xc3\x28\" <&>"});
  std::string xml = calls_xml(f, {});
  test::check_shape(xml, "calls.xml");  // parses
  CHECK(contains(xml, "<called_from>A&amp;B&lt;C&gt;&quot;D&apos;E</called_from>"));
  CHECK(contains(xml,
                 "<called_to>12\xEF\xBF\xBD\xEF\xBF\xBD"
                 "3\xEF\xBF\xBD\xEF\xBF\xBD"
                 "4</called_to>"));
}

TEST_CASE("calls page: an empty list keeps its elements", "[calls]") {
  CallFixture f;
  f.outgoing("2026-11-20 08:00:00");  // not today
  std::string xml = calls_xml(f, {});
  CHECK(contains(xml, "<total_calls>0</total_calls>"));
  CHECK(contains(xml, "<calls_stat>\n    <period>"));
  CHECK(contains(xml, "<calls>\n    </calls>\n  </calls_stat>\n</page>\n"));
}

TEST_CASE("calls page in Russian", "[calls]") {
  CallFixture f;
  f.outgoing("2026-11-28 08:00:00");
  f.outgoing("2026-11-28 08:01:00", "CONGESTION", 0);
  std::string xml = calls_xml(f, {}, 1, pages::Lang::ru);
  CHECK(contains(xml, "<pagename>Звонки</pagename>\n  <language>ru</language>"));
  CHECK(contains(xml, "<hangup_cause>Отвечен</hangup_cause>"));
  CHECK(contains(xml, "<hangup_cause>Ошибка</hangup_cause>"));
  test::check_shape(xml, "calls.xml");
}
