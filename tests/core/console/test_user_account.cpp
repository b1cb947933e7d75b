// kolmi admin user show: the account read from the store and written as one
// typed record (XML, JSON) or one row per field (row formats).
#include <catch2/catch.hpp>

#include <string>

#include "core/console/user_account.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct Account : test::TestDatabase {
  Account() {
    db.exec("INSERT INTO tariffs (id, name) VALUES (1, 'Retail')");
    add_currency({.name = "USD"});
    add_currency({.name = "EUR", .rate = "0.9"});
    // Vilnius is UTC+2 in November: its month began at 2026-10-31 22:00 UTC.
    add_user({.id = 7,
              .login = "ann",
              .first_name = "Ann",
              .last_name = "Lee",
              .language = "ru",
              .currency = "EUR",
              .time_zone = "Europe/Vilnius",
              .tariff_id = 1,
              .balance = "12.345",
              .credit = "-1",
              .postpaid = false,
              .vat_percent = "21"});
    db.exec(
        "UPDATE users SET created_at = '2026-01-02 03:04:05', last_login_at = '2026-11-27 08:00:00' WHERE id "
        "= 7");
    add_device({.id = 3, .user_id = 7, .name = "101", .type = "IAX2"});
    add_device({.id = 4, .user_id = 7, .name = "102", .type = "FAX"});
    add_call(
        {.calldate = "2026-10-31 22:30:00", .user_id = 7, .price = 1'000'000'000});  // November in Vilnius
    add_call({.calldate = "2026-10-31 21:59:59", .user_id = 7, .price = 5'000'000'000});  // October there
    add_call({.calldate = "2026-11-20 10:00:00", .user_id = 7});                          // unrated
    add_call({.calldate = "2026-11-21 10:00:00",
              .dst_device = 3,
              .price = 2'000'000'000});  // incoming: counted, free
  }
  std::string render(output::Format format, std::string_view who = "ann") {
    const console::UserAccount a = console::load_user_account(db, who, clock);
    std::string out;
    console::write_user_account(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }), a,
                                console::account_shape(format));
    return out;
  }
};

}  // namespace

TEST_CASE("user show in TSV: one row per field, money exact with its currency", "[console]") {
  Account a;
  CHECK(a.render(output::Format::tsv) ==
        "field\tvalue\tcurrency\n"
        "id\t7\t\n"
        "login\tann\t\n"
        "first_name\tAnn\t\n"
        "last_name\tLee\t\n"
        "email\t\t\n"
        "type\tuser\t\n"
        "blocked\tno\t\n"
        "tariff\tRetail\t\n"
        "currency\tEUR\t\n"
        "zone\tEurope/Vilnius\t\n"
        "language\tru\t\n"
        "vat\t21\t\n"
        "account\tprepaid\t\n"
        "credit\tunlimited\t\n"
        "balance\t12.345\tUSD\n"
        "devices\t#3 IAX2/101, #4 FAX/102\t\n"
        "created\t2026-01-02 03:04:05\t\n"
        "last_login\t2026-11-27 08:00:00\t\n"
        "previous_login\t\t\n"
        "month\t2026-11\t\n"
        "month_calls\t3\t\n"
        "month_price\t1\tUSD\n"
        "month_unrated\t1\t\n");
}

TEST_CASE("user show in JSON: one typed record, devices a list, a login never made null", "[console]") {
  Account a;
  a.db.exec("UPDATE users SET credit = 2500000000 WHERE id = 7");
  const std::string json = a.render(output::Format::json, "7");  // by id
  CHECK(json.find("\"id\":7,\n  \"login\":\"ann\",") != std::string::npos);
  CHECK(json.find("\"vat\":21,") != std::string::npos);
  CHECK(json.find("\"credit\":\"2.5\",\n  \"credit_currency\":\"USD\"") != std::string::npos);
  CHECK(json.find("\"balance\":\"12.345\",\n  \"balance_currency\":\"USD\"") != std::string::npos);
  CHECK(json.find("\"device\":[") != std::string::npos);
  CHECK(json.find("{\"id\":3,\"type\":\"IAX2\",\"name\":\"101\"}") != std::string::npos);
  CHECK(json.find("\"previous_login\":null") != std::string::npos);
  CHECK(json.find("\"month_calls\":3") != std::string::npos);
}

TEST_CASE("user show in XML: money rounded to Nice_Number_Digits with its currency", "[console]") {
  Account a;
  a.db.exec("INSERT INTO conflines (name, value) VALUES ('Nice_Number_Digits', '2')");
  const std::string xml = a.render(output::Format::xml);
  CHECK(xml.find("<user_show>") != std::string::npos);
  CHECK(xml.find("<balance>12.35 USD</balance>") != std::string::npos);
  CHECK(xml.find("<credit>unlimited</credit>") != std::string::npos);
  CHECK(xml.find("<previous_login></previous_login>") != std::string::npos);
}

TEST_CASE("user show of an unknown user is not found", "[console]") {
  Account a;
  try {
    a.render(output::Format::tsv, "ghost");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::not_found);
    CHECK(std::string(e.what()) == "no user 'ghost'");
  }
}
