// The rates page, its personal-rate rows and the destinations page, on a
// small database built by hand. Every expected price is worked out in the
// comments from the inserted values.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/pages/destinations_page.hpp"
#include "core/pages/rates_page.hpp"
#include "tests/support/exit_code_of.hpp"
#include "tests/support/render_page.hpp"
#include "tests/support/test_database.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;
using kolmi::test::code_of;

namespace {

// Currencies: USD (default, 1), EUR (0.92), JPY (150, inactive).
// Tariff 1 "Retail USD" (user 1: USD, VAT 18 %), tariff 2 "Retail EUR"
// (user 2: EUR, VAT 20.5 %, Russian), tariff 3 (nobody here); user 3 has no
// tariff. Prices are nano-units: 12300000 = 0.0123.
struct Fixture : test::TestDatabase {
  Fixture() {
    add_currency({.id = 1, .name = "USD"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    add_currency({.id = 3, .name = "JPY", .rate = "150", .active = false});
    db.exec(R"SQL(
      INSERT INTO tariffs (id, name, currency) VALUES (1, 'Retail USD', 'USD'), (2, 'Retail EUR', 'EUR'),
        (3, 'Other', 'USD');
      INSERT INTO destinationgroups (id, name, desttype, flag) VALUES
        (10, 'Afghanistan', 'FIX', 'afg.png'), (11, 'Afghanistan', 'MOB', 'afg.png'),
        (12, 'Albania', 'FIX', 'alb.png'), (13, 'Tom & Jerry <Co>', 'FIX', 'a&b.png'),
        (14, 'Россия', 'MOB', 'rus.png'), (15, 'Zeta', 'FIX', 'z.png'), (16, 'Empty', 'FIX', ''),
        (17, 'Windows', 'FIX', ''), (18, 'Mixed', 'FIX', ''), (19, 'Events only', 'FIX', '');
      INSERT INTO destinations (id, prefix, subcode, name, destinationgroup_id) VALUES
        (1, '9321', 'FIX', 'Afghanistan Kabul', 10), (2, '93', 'FIX', 'Afghanistan', 10),
        (3, '9320', 'FIX', 'Afghanistan Kabul', 10), (4, '9370', 'MOB', 'Afghanistan Mobile', 11),
        (5, '355', 'FIX', 'Albania', 12), (6, '999', 'FIX', 'A & B <x> "q"', 13),
        (7, '7495', 'MOB', 'Россия Москва', 14), (8, '42', 'FIX', 'Zeta', 15);
      INSERT INTO rates (id, tariff_id, destinationgroup_id, destination_id) VALUES
        (1, 1, 10, NULL), (2, 1, 11, NULL), (3, 1, 13, NULL), (4, 1, 14, NULL), (5, 1, 16, NULL),
        (6, 1, 17, NULL), (7, 1, 18, NULL), (8, 1, 19, NULL),
        (9, 1, 10, NULL),   -- a second rate for group 10: the lowest id (1) wins
        (10, 1, 12, 5),     -- a destination rate: does not make group 12 a listed group
        (11, 2, 10, NULL), (12, 3, 15, NULL);
      INSERT INTO aratedetails (id, rate_id, "from", duration, artype, round, price, start_time, end_time, daytype)
      VALUES
        (1, 1, 1, -1, 'minute', 1, 12300000, '00:00:00', '23:59:59', ''),
        (2, 2, 1, -1, 'minute', 60, 40000000, '00:00:00', '23:59:59', ''),
        (3, 3, 1, -1, 'minute', 1, 20000000, '00:00:00', '23:59:59', ''),
        (4, 4, 1, -1, 'minute', 1, 50000000, '00:00:00', '23:59:59', ''),
        -- rate 5 (group 16) has no details: it prices nothing
        -- rate 6 (Windows): no all-day any-day detail; the first minute detail wins
        (5, 6, 1, -1, 'minute', 1, 50000000, '08:00:00', '19:59:59', 'WD'),
        (6, 6, 1, -1, 'minute', 1, 20000000, '00:00:00', '23:59:59', 'FD'),
        -- rate 7 (Mixed): the all-day minute detail from second 1 wins over a
        -- lower id from second 61, an event and a time window
        (7, 7, 61, -1, 'minute', 1, 10000000, '00:00:00', '23:59:59', ''),
        (8, 7, 1, 0, 'event', 1, 10000000, '00:00:00', '23:59:59', ''),
        (9, 7, 1, -1, 'minute', 1, 90000000, '08:00:00', '18:00:00', ''),
        (10, 7, 1, 60, 'minute', 1, 30000000, '00:00:00', '23:59:59', ''),
        -- rate 8 (Events only): no minute detail, 0 per minute
        (11, 8, 1, 0, 'event', 1, 100000000, '00:00:00', '23:59:59', ''),
        (12, 9, 1, -1, 'minute', 1, 990000000, '00:00:00', '23:59:59', ''),
        (13, 10, 1, -1, 'minute', 1, 10000000, '00:00:00', '23:59:59', ''),
        (14, 11, 1, -1, 'minute', 1, 50000000, '00:00:00', '23:59:59', ''),
        (15, 12, 1, -1, 'minute', 1, 70000000, '00:00:00', '23:59:59', '');
    )SQL");
    add_user({.id = 1, .login = "andrey", .currency = "USD", .time_zone = "Asia/Tashkent", .tariff_id = 1,
              .vat_percent = "18"});
    add_user({.id = 2, .login = "ivan", .language = "ru", .currency = "EUR", .time_zone = "Europe/Sofia",
              .tariff_id = 2, .vat_percent = "20.5"});
    add_user({.id = 3, .login = "nobody", .currency = "USD"});
  }

  std::string rates_xml(std::int64_t user_id, std::optional<std::string_view> currency = std::nullopt,
                        pages::Lang lang = pages::Lang::en) {
    return test::render(
        db, clock, user_id,
        [&](pages::PageContext& pc, output::TreeWriter& w) {
          pages::RatesPage page = pages::load_rates_page(pc, currency);
          pages::write_rates_page(w, pc, page);
        },
        output::Format::xml, lang);
  }

  std::string destinations_xml(std::int64_t user_id, std::int64_t group_id,
                               pages::Lang lang = pages::Lang::en) {
    return test::render(
        db, clock, user_id,
        [&](pages::PageContext& pc, output::TreeWriter& w) {
          pages::DestinationsPage page = pages::load_destinations_page(pc, group_id);
          pages::write_destinations_page(w, pc, page);
        },
        output::Format::xml, lang);
  }
};

// Each <rate> as "name|icon|type|cost|vat_cost".
std::vector<std::string> rate_rows(const std::string& xml) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  std::vector<std::string> rows;
  for (pugi::xml_node r : doc.child("page").child("rates").children("rate")) {
    rows.push_back(std::string(r.child_value("ratename")) + "|" + r.child_value("rateicon") + "|" +
                   r.child_value("ratetype") + "|" + r.child_value("ratecost") + "|" +
                   r.child_value("rate_vat_cost"));
  }
  return rows;
}

std::string text_of(const std::string& xml, const char* element) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  return doc.child("page").child_value(element);
}


}  // namespace

TEST_CASE("rates page lists the tariff's group rates with VAT, ordered by name and type", "[rates]") {
  Fixture f;
  std::string xml = f.rates_xml(1);
  CHECK(text_of(xml, "pagename") == "Rates");  // not the example's "Payments" (spec README decision 3)
  CHECK(text_of(xml, "userid") == "1");
  CHECK(text_of(xml, "currency") == "USD");
  CHECK(text_of(xml, "vat_percent") == "18");
  CHECK(xml.find("<aval_currencies>\n    <currency>USD</currency>\n    <currency>EUR</currency>\n"
                 "  </aval_currencies>") != std::string::npos);  // JPY is inactive
  // 0.0123 x 1.18 = 0.014514 -> 0.0145; 0.04 x 1.18 = 0.0472; 0.03 x 1.18 = 0.0354;
  // 0.02 x 1.18 = 0.0236; 0.05 x 1.18 = 0.059. Albania (no rate), Zeta (another
  // tariff) and Empty (a rate without details) are not listed; Cyrillic sorts
  // after Latin (code point order).
  CHECK(rate_rows(xml) == std::vector<std::string>{
                              "Afghanistan|afg.png|FIX|0.0123|0.0145",
                              "Afghanistan|afg.png|MOB|0.04|0.0472",
                              "Events only||FIX|0|0",
                              "Mixed||FIX|0.03|0.0354",
                              "Tom & Jerry <Co>|a&b.png|FIX|0.02|0.0236",
                              "Windows||FIX|0.05|0.059",
                              "Россия|rus.png|MOB|0.05|0.059",
                          });
  CHECK(xml.find("<ratename>Tom &amp; Jerry &lt;Co&gt;</ratename>") != std::string::npos);
  CHECK(xml.find("<rateicon>a&amp;b.png</rateicon>") != std::string::npos);
  CHECK(xml.find("<ratename>Россия</ratename>") != std::string::npos);
  // Each rate starts with its group's id, what `kolmi destinations` takes
  // (spec README decision 13).
  CHECK(xml.find("<rate>\n      <destinationgroup_id>") != std::string::npos);
  kolmi::test::check_shape(xml, "rates.xml", {"page/rates/rate/destinationgroup_id"});
}

TEST_CASE("rates page converts from the tariff's currency to the shown one, rounding once", "[rates]") {
  Fixture f;
  SECTION("a USD tariff viewed in EUR") {
    std::string xml = f.rates_xml(1, "EUR");
    CHECK(text_of(xml, "currency") == "EUR");
    auto rows = rate_rows(xml);
    REQUIRE(rows.size() == 7);
    // 0.0123 x 0.92 = 0.011316 -> 0.0113; with VAT 0.011316 x 1.18 = 0.01335288 -> 0.0134
    // (rounding the shown 0.0113 again would give 0.013334 -> 0.0133).
    CHECK(rows[0] == "Afghanistan|afg.png|FIX|0.0113|0.0134");
    // 0.04 x 0.92 = 0.0368; x 1.18 = 0.043424 -> 0.0434.
    CHECK(rows[1] == "Afghanistan|afg.png|MOB|0.0368|0.0434");
  }
  SECTION("a EUR tariff in its own currency, VAT 20.5 %, Russian") {
    std::string xml = f.rates_xml(2, std::nullopt, pages::Lang::ru);
    CHECK(text_of(xml, "pagename") == "Тарифы");
    CHECK(text_of(xml, "language") == "ru");
    CHECK(text_of(xml, "currency") == "EUR");
    CHECK(text_of(xml, "vat_percent") == "20.5");
    // 0.05 x 1.205 = 0.06025 -> 0.0603 (half away from zero).
    CHECK(rate_rows(xml) == std::vector<std::string>{"Afghanistan|afg.png|FIX|0.05|0.0603"});
    kolmi::test::check_shape(xml, "rates.xml", {"page/rates/rate/destinationgroup_id"});
  }
  SECTION("a EUR tariff shown in USD") {
    // 0.05 / 0.92 = 0.0543478... -> 0.0543; x 1.205 = 0.0654891... -> 0.0655
    // (0.0543 x 1.205 = 0.0654315 would round to 0.0654).
    CHECK(rate_rows(f.rates_xml(2, "USD")) ==
          std::vector<std::string>{"Afghanistan|afg.png|FIX|0.0543|0.0655"});
  }
  SECTION("Nice_Number_Digits decides the decimals") {
    f.db.exec("INSERT INTO conflines (name, value) VALUES ('Nice_Number_Digits', '2')");
    CHECK(rate_rows(f.rates_xml(1))[0] == "Afghanistan|afg.png|FIX|0.01|0.01");
  }
}

TEST_CASE("personal rate rows carry the group id and values rounded once to the digits asked", "[rates]") {
  Fixture f;
  store::User u = f.user(1);
  auto currencies = store::Currencies::load(f.db);
  pages::PersonalRates rates(f.db, u, currencies, "EUR", 6);
  std::vector<pages::PersonalRate> rows;
  pages::PersonalRate row;
  while (rates.next(row)) rows.push_back(row);
  REQUIRE(rows.size() == 7);
  CHECK(rows[0].group_id == 10);
  CHECK(rows[0].name == "Afghanistan");
  CHECK(rows[0].flag == "afg.png");
  CHECK(rows[0].type == "FIX");
  CHECK(rows[0].rate == *Decimal::parse("0.011316"));
  CHECK(rows[0].rate_with_vat == *Decimal::parse("0.013353"));  // 0.01335288
  CHECK(rows[6].group_id == 14);
  CHECK(rows[6].rate == *Decimal::parse("0.046"));  // 0.05 x 0.92
  CHECK_FALSE(rates.next(row));                     // stays at the end
}

TEST_CASE("rates page for a user without a tariff is an empty, well-formed list", "[rates]") {
  Fixture f;
  std::string xml = f.rates_xml(3);
  CHECK(rate_rows(xml).empty());
  CHECK(xml.find("<rates>\n  </rates>") != std::string::npos);
  auto expected = kolmi::test::element_paths(kolmi::test::spec_example("rates.xml"));
  expected.erase(std::remove_if(expected.begin(), expected.end(),
                                [](const std::string& p) { return p.rfind("page/rates/", 0) == 0; }),
                 expected.end());
  CHECK(kolmi::test::element_paths(xml) == expected);
}

TEST_CASE("rates page refuses a currency that is unknown or inactive", "[rates]") {
  Fixture f;
  CHECK(code_of([&] { f.rates_xml(1, "XXX"); }) == ExitCode::usage);
  CHECK(code_of([&] { f.rates_xml(1, "JPY"); }) == ExitCode::usage);
  CHECK(code_of([&] { f.rates_xml(1, ""); }) == ExitCode::usage);  // --currency given empty
  CHECK(code_of([&] { f.rates_xml(1, "EUR"); }) == ExitCode::ok);
}

TEST_CASE("rates page reports a malformed rate detail instead of guessing", "[rates]") {
  Fixture f;
  f.db.exec("UPDATE aratedetails SET daytype = 'XX' WHERE id = 2");
  CHECK(code_of([&] { f.rates_xml(1); }) == ExitCode::storage);
}

TEST_CASE("destinations page lists a group's destinations by prefix", "[rates]") {
  Fixture f;
  std::string xml = f.destinations_xml(1, 10);
  CHECK(text_of(xml, "pagename") == "Destinations");
  CHECK(text_of(xml, "groupname") == "Afghanistan");
  CHECK(text_of(xml, "groupicon") == "afg.png");
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  std::vector<std::string> rows;
  for (pugi::xml_node d : doc.child("page").child("directions").children("direction")) {
    rows.push_back(std::string(d.child_value("details")) + "|" + d.child_value("prefix") + "|" +
                   d.child_value("dir_code"));
  }
  CHECK(rows == std::vector<std::string>{"Afghanistan|93|FIX", "Afghanistan Kabul|9320|FIX",
                                         "Afghanistan Kabul|9321|FIX"});
  kolmi::test::check_shape(xml, "destinations.xml");

  std::string escaped = f.destinations_xml(1, 13);
  CHECK(escaped.find("<groupname>Tom &amp; Jerry &lt;Co&gt;</groupname>") != std::string::npos);
  CHECK(escaped.find("<details>A &amp; B &lt;x&gt; &quot;q&quot;</details>") != std::string::npos);

  std::string russian = f.destinations_xml(1, 14, pages::Lang::ru);
  CHECK(text_of(russian, "pagename") == "Направления");
  CHECK(text_of(russian, "groupname") == "Россия");
  CHECK(russian.find("<details>Россия Москва</details>") != std::string::npos);
  kolmi::test::check_shape(russian, "destinations.xml");
}

TEST_CASE("destinations of a group outside the user's tariff look exactly like a missing group", "[rates]") {
  Fixture f;
  auto message = [&](std::int64_t user, std::int64_t group) {
    try {
      f.destinations_xml(user, group);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::not_found);
      return std::string(e.what());
    }
    return std::string("shown");
  };
  CHECK(message(1, 999) == "no such destination group of yours: 999");  // no such group
  CHECK(message(1, 15) == "no such destination group of yours: 15");    // another tariff's group
  CHECK(message(1, 12) == "no such destination group of yours: 12");    // only a destination rate
  CHECK(message(1, 16) == "no such destination group of yours: 16");    // a rate without details
  CHECK(message(3, 10) == "no such destination group of yours: 10");    // no tariff at all
  CHECK(message(2, 11) == "no such destination group of yours: 11");    // not in the EUR tariff
  CHECK(message(2, 10) == "shown");
}
