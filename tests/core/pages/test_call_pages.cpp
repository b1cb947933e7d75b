// The new calls, missed calls and detailed statistics pages.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "core/output/xml_tree_writer.hpp"
#include "core/error.hpp"
#include "core/pages/missed_calls_page.hpp"
#include "core/pages/new_calls_page.hpp"
#include "core/pages/stats_page.hpp"
#include "core/store/call_totals.hpp"
#include "tests/core/pages/call_fixture.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using kolmi::test::CallFixture;
using kolmi::test::contains;

namespace {

std::string new_calls_xml(CallFixture& f) {
  return f.page([](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_new_calls_page(w, pc, pages::load_new_calls_page(pc));
  });
}

std::string missed_xml(CallFixture& f, const pages::MissedCallsRequest& r = {},
                       pages::Lang lang = pages::Lang::en) {
  return f.page(
      [&](pages::PageContext& pc, output::TreeWriter& w) { pages::produce_missed_calls_page(w, pc, r); }, 1,
      lang);
}

std::string stats_xml(CallFixture& f, const pages::StatsRequest& r = {}) {
  return f.page([&](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_stats_page(w, pc, pages::load_stats_page(pc, r));
  });
}

std::string day_row(const char* date, int calls, const char* duration, const char* avg, int asr) {
  return fmt::format(
      "<date>{}</date>\n        <calls_count>{}</calls_count>\n        <duration>{}</duration>\n"
      "        <avg_time>{}</avg_time>\n        <calls_normative>{}</calls_normative>",
      date, calls, duration, avg, asr);
}

}  // namespace

TEST_CASE("new calls: every call of the user when there was no previous login", "[calls]") {
  CallFixture f;
  f.outgoing("2025-01-01 00:00:00");
  f.incoming("2026-11-28 08:00:00");
  f.add({.calldate = "2026-11-28 08:01:00", .user_id = 2, .src_device = 20});  // user 2's
  std::string xml = new_calls_xml(f);
  test::check_shape(xml, "new_calls.xml");
  CHECK(contains(xml, "<pagename>Calls</pagename>"));
  CHECK(contains(xml, "<calls_stat>\n    <total_calls>2</total_calls>"));
  CHECK(xml.find("2025-01-01 02:00:00") < xml.find("2026-11-28 10:00:00"));
}

TEST_CASE("new calls: those that started after the previous login, to the second", "[calls]") {
  CallFixture f;
  f.db.exec(
      "UPDATE users SET previous_login_at = '2026-11-28 08:00:00', last_login_at = '2026-11-28 09:00:00'");
  f.outgoing("2026-11-28 08:00:00");  // at the login: not new
  f.incoming("2026-11-28 08:00:01", "BUSY", 0);
  f.outgoing("2026-11-28 09:10:00", "ANSWERED", 3725);
  std::string xml = new_calls_xml(f);
  CHECK(contains(xml, "<total_calls>2</total_calls>"));
  CHECK_FALSE(contains(xml, "<date>2026-11-28 10:00:00</date>"));
  CHECK(contains(xml,
                 "<date>2026-11-28 10:00:01</date>\n        <called_from>37060000000</called_from>\n"
                 "        <called_to>101</called_to>\n        <duration>00:00:00</duration>\n"
                 "        <hangup_cause>Busy</hangup_cause>"));
  CHECK(contains(xml, "<duration>01:02:05</duration>"));
  f.db.exec("DELETE FROM calls");
  kolmi::store::rebuild_call_totals(f.db);  // kolmi never deletes calls; its totals follow a rebuild
  xml = new_calls_xml(f);
  CHECK(contains(xml, "<total_calls>0</total_calls>\n    <calls>\n    </calls>"));
}

TEST_CASE("missed calls page: today's unanswered calls to the user's devices", "[calls]") {
  CallFixture f;
  const auto m1 = f.add({.calldate = "2026-11-28 06:00:00",
                         .dst_device = 10,
                         .disposition = "NO ANSWER",
                         .src = "12129989282",
                         .dst = "101",
                         .ring = 36});
  f.incoming("2026-11-28 06:30:00", "ANSWERED", 20);
  const auto m2 =
      f.add({.calldate = "2026-11-28 07:00:00", .dst_device = 11, .disposition = "BUSY", .processed = 1});
  f.add({.calldate = "2026-11-27 21:59:59", .dst_device = 10, .disposition = "BUSY"});  // yesterday
  f.add({.calldate = "2026-11-28 07:30:00", .dst_device = 20, .disposition = "BUSY"});  // user 2's
  std::string xml = missed_xml(f);
  test::check_shape(xml, "missed_calls.xml");
  CHECK(contains(xml,
                 "<pagename>Missed calls</pagename>\n  <language>en</language>\n  <error_msg></error_msg>\n"
                 "  <userid>1</userid>\n  <missed_total>2</missed_total>\n"
                 "  <username>Andrey Mazunin</username>"));
  CHECK(contains(xml, "<period_start>2026-11-28 00:00:00</period_start>"));
  CHECK(contains(
      xml, fmt::format("<call_id>{}</call_id>\n        <date>2026-11-28 08:00:00</date>\n"
                       "        <called_from>12129989282</called_from>\n"
                       "        <called_to>101</called_to>\n        <duration>00:00:36</duration>\n"
                       "        <hangup_cause>No Answer</hangup_cause>\n        <processed>0</processed>",
                       m1)));
  CHECK(contains(xml, fmt::format("<call_id>{}</call_id>", m2)));
  CHECK(contains(xml, "<hangup_cause>Busy</hangup_cause>\n        <processed>1</processed>"));

  xml = missed_xml(f, {.from = "2026-11-27", .till = "2026-11-27"});
  CHECK(contains(xml, "<missed_total>1</missed_total>"));
  CHECK(contains(xml, "<date>2026-11-27 23:59:59</date>"));
  CHECK(contains(missed_xml(f, {}, pages::Lang::ru), "<pagename>Пропущенные звонки</pagename>"));
  xml = missed_xml(f, {.from = "2026-01-01", .till = "2026-01-31"});
  CHECK(contains(xml, "<missed_total>0</missed_total>"));
  CHECK(contains(xml, "<calls>\n    </calls>"));
  CHECK_THROWS_AS(missed_xml(f, {.from = "2026-02-30"}), Error);
}

TEST_CASE("stats: this month's outcomes, ASR and one row per date up to today", "[calls]") {
  CallFixture f;  // Europe/Sofia; now 2026-11-28 11:30 local
  f.outgoing("2026-11-28 08:00:00", "ANSWERED", 90);
  f.incoming("2026-11-28 08:10:00", "NO ANSWER", 0);
  f.outgoing("2026-11-27 10:00:00", "ANSWERED", 30);
  f.incoming("2026-11-27 11:00:00", "ANSWERED", 60);
  f.outgoing("2026-11-27 12:00:00", "BUSY", 0);
  f.add({.calldate = "2026-11-26 10:00:00", .user_id = 1, .src_device = 10, .dst_device = 11, .billsec = 45});
  f.outgoing("2026-10-31 21:59:59", "ANSWERED", 600);  // 23:59:59 on 31 October, local
  f.outgoing("2026-10-31 22:00:00", "FAILED", 0);      // 00:00:00 on 1 November
  f.add({.calldate = "2026-11-28 08:20:00", .user_id = 2, .src_device = 20, .billsec = 50});  // user 2's
  std::string xml = stats_xml(f);
  test::check_shape(xml, "stats.xml");
  CHECK(contains(xml,
                 "<pagename>Detailed statistics</pagename>\n  <language>en</language>\n"
                 "  <userid>1</userid>\n  <start_date>2026-11-01</start_date>\n"
                 "  <end_date>2026-11-30</end_date>"));
  CHECK(contains(xml,
                 "<todays_normative>50</todays_normative>\n      <months_normative>57</months_normative>\n"
                 "      <new_calls>8</new_calls>"));
  CHECK(contains(xml,
                 "<incoming>\n        <answered>1</answered>\n        <no_answer>1</no_answer>\n"
                 "        <busy>0</busy>\n        <failed>0</failed>"));
  CHECK(contains(xml,
                 "<outgoing>\n        <answered>3</answered>\n        <no_answer>0</no_answer>\n"
                 "        <busy>1</busy>\n        <failed>1</failed>"));
  CHECK(contains(xml, day_row("2026-11-28", 2, "1.5", "1.5", 50)));
  CHECK(contains(xml, day_row("2026-11-27", 3, "1.5", "0.8", 67)));  // 90 s; 45 s per answered call
  CHECK(contains(xml, day_row("2026-11-26", 1, "0.8", "0.8", 100)));
  CHECK(contains(xml, day_row("2026-11-25", 0, "0.0", "0.0", 0)));
  CHECK(contains(xml, day_row("2026-11-01", 1, "0.0", "0.0", 0)));
  CHECK(xml.find("2026-11-28</date>") < xml.find("2026-11-01</date>"));  // newest first
  CHECK_FALSE(contains(xml, "2026-11-29</date>"));                       // not after today
  CHECK_FALSE(contains(xml, "2026-10-31</date>"));
  std::size_t rows = 0;
  for (auto p = xml.find("<call_by_date>"); p != std::string::npos; p = xml.find("<call_by_date>", p + 1))
    ++rows;
  CHECK(rows == 28);
}

TEST_CASE("stats: dates across the end of DST, and periods past today", "[calls]") {
  CallFixture f;
  f.outgoing("2026-10-24 20:59:59");  // 24th 23:59:59 EEST
  f.outgoing("2026-10-24 21:00:00");  // 25th 00:00:00 EEST
  f.outgoing("2026-10-25 21:59:59");  // 25th 23:59:59 EET, 25 hours later
  f.outgoing("2026-10-25 22:00:00");  // 26th 00:00:00
  std::string xml = stats_xml(f, {.from = "2026-10-24", .till = "2026-10-26"});
  CHECK(contains(xml, day_row("2026-10-26", 1, "1.0", "1.0", 100)));
  CHECK(contains(xml, day_row("2026-10-25", 2, "2.0", "1.0", 100)));
  CHECK(contains(xml, day_row("2026-10-24", 1, "1.0", "1.0", 100)));
  CHECK(contains(xml, "<outgoing>\n        <answered>4</answered>"));

  xml = stats_xml(f, {.from = "2026-11-27", .till = "2026-12-05"});
  CHECK(contains(xml, "<start_date>2026-11-27</start_date>\n  <end_date>2026-12-05</end_date>"));
  CHECK(contains(xml, "<date>2026-11-28</date>"));
  CHECK_FALSE(contains(xml, "<date>2026-11-29</date>"));
  xml = stats_xml(f, {.from = "2027-01-01", .till = "2027-01-31"});
  CHECK(contains(xml, "<detailed_by_date>\n    </detailed_by_date>"));
  CHECK_FALSE(test::element_paths(xml).empty());  // well-formed without rows
}

TEST_CASE("stats: --from and --till take dates only", "[calls]") {
  CallFixture f;
  try {
    stats_xml(f, {.from = "2026-11-01 10:00:00"});
    FAIL("accepted a time of day");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    CHECK(contains(e.what(), "--from"));
  }
  CHECK_THROWS_AS(stats_xml(f, {.till = "2026-11-31"}), Error);
}

TEST_CASE("ASR and minutes are rounded half up", "[calls]") {
  CHECK(pages::asr_percent(0, 0) == 0);
  CHECK(pages::asr_percent(1, 3) == 33);
  CHECK(pages::asr_percent(2, 3) == 67);
  CHECK(pages::asr_percent(1, 8) == 13);  // 12.5
  CHECK(pages::asr_percent(3, 3) == 100);
  CHECK(pages::minutes_text(0) == "0.0");
  CHECK(pages::minutes_text(3) == "0.1");  // 0.05 min
  CHECK(pages::minutes_text(2) == "0.0");
  CHECK(pages::minutes_text(90) == "1.5");
  CHECK(pages::minutes_text(90, 0) == "0.0");
  CHECK(pages::minutes_text(100, 3) == "0.6");  // 33.3 s
  CHECK(pages::minutes_text(36'000) == "600.0");
}
