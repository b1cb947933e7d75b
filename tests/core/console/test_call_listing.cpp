// kolmi admin calls' view: one row per call with the start on the owner's
// wall clock, the stored pricing and the unrated reason, in every format.
#include <catch2/catch.hpp>

#include <string>

#include "core/console/call_listing.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct Listing {
  test::TestDatabase t;

  Listing() {
    t.db.exec(R"SQL(
      INSERT INTO tariffs (id, name) VALUES (1, 'Retail');
      INSERT INTO destinations (prefix, name) VALUES ('44', 'United Kingdom'), ('370', 'Lithuania');
    )SQL");
    t.add_user({.id = 1, .login = "ann", .time_zone = "Europe/Vilnius", .tariff_id = 1});
    t.add_user({.id = 2, .login = "bob", .time_zone = "America/New_York"});
    t.add_device({.id = 10, .user_id = 1, .name = "ann1"});
    t.add_device({.id = 20, .user_id = 2, .name = "bob1"});
    t.add_call({.calldate = "2026-11-28 08:00:00",
                .user_id = 1,
                .src_device = 10,
                .billsec = 61,
                .dst = "442071234567",
                .price = 12'345'000,
                .prefix = "44"});
    t.db.exec("UPDATE calls SET user_rate = 11500000, user_billsec = 120 WHERE id = 1");
    // The buy side of call 1: bought from Carrier for 0.0061.
    t.db.exec("INSERT INTO tariffs (name, purpose, currency) VALUES ('Buy', 'provider', 'USD')");
    t.db.exec("INSERT INTO providers (name, tariff_id) SELECT 'Carrier', id FROM tariffs WHERE name = 'Buy'");
    t.db.exec("UPDATE calls SET provider_id = (SELECT id FROM providers), provider_rate = 6000000, "
              "provider_billsec = 61, provider_price = 6100000 WHERE id = 1");
    t.add_call({.calldate = "2026-11-28 08:01:00", .user_id = 2, .src_device = 20, .dst = "4420"});
    t.add_call({.calldate = "2026-11-28 08:02:00", .disposition = "NO ANSWER", .src = "555", .dst = "777"});
    t.add_call({.calldate = "2026-11-28 08:03:00",
                .user_id = 1,
                .src_device = 10,
                .dst = "37060000000",
                .prefix = "370"});
  }

  std::string write(output::Format format) {
    std::string out;
    auto w = output::make_tree_writer(format, [&](std::string_view c) { out += c; });
    store::AdminCallCursor calls = store::AdminCallCursor::open(t.db, {});
    console::write_admin_calls(*w, calls, "EUR");
    return out;
  }
};

}  // namespace

TEST_CASE("admin calls view: TSV rows with local start, pricing and the unrated reason", "[console]") {
  Listing l;
  CHECK(l.write(output::Format::tsv) ==
        "id\tstart_utc\tstart_"
        "local\tuser\tdevice\tsrc\tdst\tprefix\tdestination\tdisposition\tduration\tbillsec\t"
        "billed_seconds\trate\tprice\tprice_currency\tunrated\tprovider\tcost\tcost_currency\n"
        "1\t2026-11-28 08:00:00\t2026-11-28 10:00:00\tann\t10\t101\t442071234567\t44\tUnited "
        "Kingdom\tANSWERED\t66\t61\t"
        "120\t0.0115\t0.012345\tEUR\t\tCarrier\t0.0061\tEUR\n"
        "2\t2026-11-28 08:01:00\t2026-11-28 03:01:00\tbob\t20\t101\t4420\t\t\tANSWERED\t5\t0\t\t\t\tEUR\tno "
        "tariff\t\t\tEUR\n"
        "3\t2026-11-28 08:02:00\t\t\t\t555\t777\t\t\tNO ANSWER\t5\t0\t\t\t\tEUR\tno device\t\t\tEUR\n"
        "4\t2026-11-28 08:03:00\t2026-11-28 "
        "10:03:00\tann\t10\t101\t37060000000\t370\tLithuania\tANSWERED\t5\t0\t\t\t\t"
        "EUR\tno rate\t\t\tEUR\n");
}

TEST_CASE("admin calls view: JSON carries null for what is missing, XML the same tree", "[console]") {
  Listing l;
  const std::string json = l.write(output::Format::json);
  CHECK(json.find(R"({"id":3,"start_utc":"2026-11-28 08:02:00","start_local":"","user":"","device":null,)") !=
        std::string::npos);
  CHECK(
      json.find(
          R"("billed_seconds":null,"rate":null,"price":null,"price_currency":"EUR","unrated":"no device","provider":"","cost":null,"cost_currency":"EUR"})") !=
      std::string::npos);
  CHECK(
      json.find(
          R"("billed_seconds":120,"rate":"0.0115","price":"0.012345","price_currency":"EUR","unrated":"","provider":"Carrier","cost":"0.0061","cost_currency":"EUR"})") !=
      std::string::npos);
  const std::string xml = l.write(output::Format::xml);
  CHECK(xml.find("<calls>\n  <call>\n    <id>1</id>") != std::string::npos);
  CHECK(xml.find("<unrated>no rate</unrated>") != std::string::npos);
}

TEST_CASE("admin calls view: a user's unknown zone leaves the local start empty, the list goes on",
          "[console]") {
  Listing l;
  l.t.db.exec("UPDATE users SET time_zone = 'Mars/Base' WHERE id = 2");
  const std::string tsv = l.write(output::Format::tsv);
  CHECK(tsv.find("2\t2026-11-28 08:01:00\t\tbob\t") != std::string::npos);
  CHECK(tsv.find("4\t2026-11-28 08:03:00\t2026-11-28 10:03:00\tann\t") != std::string::npos);
}
