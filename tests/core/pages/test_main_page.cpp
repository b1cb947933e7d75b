#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/identity/password.hpp"
#include "core/pages/login_pages.hpp"
#include "core/pages/main_page.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;

namespace {

// Two users in Asia/Tashkent (UTC+5): user 1 owns devices 10 and 11, user 2
// owns device 20. "Now" is 2026-11-28 09:30 UTC = 14:30 local.
struct Fixture {
  store::Database db = store::Database::open_memory();
  FixedClock clock{*parse_utc("2026-11-28 09:30:00")};

  Fixture() {
    store::migrate(db);
    db.exec(R"SQL(
      INSERT INTO currencies (id, name, exchange_rate) VALUES (1, 'USD', 1000000000), (2, 'EUR', 920000000);
      INSERT INTO users (id, username, password, first_name, last_name, balance, credit, postpaid,
                         currency_id, time_zone)
        VALUES (1, 'andrey', 'x', 'Andrey', 'Mazunin', 100000000000, -1000000000, 1, 1, 'Asia/Tashkent'),
               (2, 'other', 'x', 'Other', 'User', 10000000000, 50000000000, 0, 2, 'Asia/Tashkent');
      INSERT INTO devices (id, name, user_id) VALUES (10, '101', 1), (11, '102', 1), (20, '201', 2);
    )SQL");
  }

  void call(const char* utc, std::optional<int> user, std::optional<int> src_dev, std::optional<int> dst_dev,
            const char* disposition, int billsec, int processed = 0) {
    auto s = db.prepare(
        "INSERT INTO calls (calldate, user_id, src_device_id, dst_device_id, disposition, billsec, "
        "duration, processed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(std::string(utc), user, src_dev, dst_dev, std::string(disposition), billsec, billsec + 5,
               processed);
    s.run();
  }

  std::string page_xml(std::int64_t user_id, pages::Lang lang = pages::Lang::en) {
    auto user = store::find_user_by_id(db, user_id);
    pages::PageContext pc = pages::make_page_context(db, *user, clock, lang);
    std::string out;
    output::XmlTreeWriter w([&](std::string_view c) { out += c; });
    pages::write_main_page(w, pc, pages::load_main_page(pc));
    return out;
  }
};

}  // namespace

TEST_CASE("main page counts only the user's calls, by day and month in the user's zone", "[pages]") {
  Fixture f;
  // Today local (2026-11-28) starts at 2026-11-27 19:00 UTC.
  f.call("2026-11-27 19:00:00", 1, 10, std::nullopt, "ANSWERED", 60);   // outgoing, today (first second)
  f.call("2026-11-27 18:59:59", 1, 10, std::nullopt, "ANSWERED", 30);   // outgoing, yesterday local
  f.call("2026-11-28 08:00:00", std::nullopt, std::nullopt, 11, "ANSWERED", 95);  // incoming, today
  f.call("2026-11-28 08:10:00", std::nullopt, std::nullopt, 10, "NO ANSWER", 0);  // missed today
  f.call("2026-11-02 08:10:00", std::nullopt, std::nullopt, 10, "BUSY", 0, 1);    // missed, processed
  f.call("2026-11-03 08:10:00", std::nullopt, std::nullopt, 11, "FAILED", 0);     // missed this month
  f.call("2026-10-31 18:59:59", 1, 11, std::nullopt, "ANSWERED", 1000);  // Oct 31 23:59:59 local: last month
  f.call("2026-11-28 08:20:00", 1, 10, 11, "ANSWERED", 10);      // internal between own devices: once
  f.call("2026-11-28 08:30:00", 2, 20, std::nullopt, "ANSWERED", 500);   // another user's outgoing
  f.call("2026-11-28 08:40:00", std::nullopt, std::nullopt, 20, "NO ANSWER", 0);  // another user's missed

  std::string xml = f.page_xml(1);
  // Day: 19:00 outgoing (60) + incoming (95) + missed (0) + internal (10) = 4 calls, 165 s.
  CHECK(xml.find("<call_counts>4</call_counts>\n        <period>Day</period>\n        "
                 "<call_duration>00:02:45</call_duration>") != std::string::npos);
  // Month: the day's 4 + yesterday (30) + processed missed + failed missed = 7 calls, 195 s.
  CHECK(xml.find("<call_counts>7</call_counts>\n        <period>Month</period>\n        "
                 "<call_duration>00:03:15</call_duration>") != std::string::npos);
  CHECK(xml.find("<missed_today>1</missed_today>") != std::string::npos);
  CHECK(xml.find("<missed_total>2</missed_total>") != std::string::npos);  // NO ANSWER + FAILED unprocessed
  CHECK(xml.find("<username>Andrey Mazunin</username>") != std::string::npos);
  CHECK(xml.find("<balance>100 USD</balance>") != std::string::npos);
  CHECK(xml.find("<credit>No Limit</credit>") != std::string::npos);
  CHECK(xml.find("<account>Postpaid</account>") != std::string::npos);
  kolmi::test::check_shape(xml, "main.xml");
}

TEST_CASE("main page shows finances in the user's currency and language", "[pages]") {
  Fixture f;
  f.call("2026-11-28 08:30:00", 2, 20, std::nullopt, "ANSWERED", 500);   // its outgoing call
  f.call("2026-11-28 08:40:00", std::nullopt, std::nullopt, 20, "NO ANSWER", 0);  // missed, to its device
  f.call("2026-11-28 08:50:00", 1, 10, std::nullopt, "ANSWERED", 70);    // user 1's call
  std::string xml = f.page_xml(2, pages::Lang::ru);
  CHECK(xml.find("<balance>9.2 EUR</balance>") != std::string::npos);   // 10 USD at 0.92
  CHECK(xml.find("<credit>46 EUR</credit>") != std::string::npos);      // 50 USD at 0.92
  CHECK(xml.find("<account>Предоплата</account>") != std::string::npos);
  CHECK(xml.find("<pagename>Главная страница</pagename>") != std::string::npos);
  CHECK(xml.find("<period>Месяц</period>") != std::string::npos);
  CHECK(xml.find("<call_counts>2</call_counts>\n        <period>День</period>\n        "
                 "<call_duration>00:08:20</call_duration>") != std::string::npos);
  kolmi::test::check_shape(xml, "main.xml");
}

TEST_CASE("login pages have the spec's shape", "[pages]") {
  std::string form, ok, failed;
  {
    output::XmlTreeWriter w([&](std::string_view c) { form += c; });
    pages::write_login_form(w, pages::Lang::en, "");
  }
  {
    output::XmlTreeWriter w([&](std::string_view c) { ok += c; });
    pages::write_action(w, "login", true, "Succesfully logged in");
  }
  {
    output::XmlTreeWriter w([&](std::string_view c) { failed += c; });
    pages::write_action(w, "login", false, "Invalid login or password");
  }
  kolmi::test::check_shape(form, "login_form.xml");
  kolmi::test::check_shape(ok, "login_ok.xml");
  kolmi::test::check_shape(failed, "login_failed.xml");
  CHECK(ok == kolmi::test::spec_example("login_ok.xml"));  // the spec's example, byte for byte
  CHECK(form.find("<error_msg></error_msg>") != std::string::npos);
}
