// kolmi admin import destinations|rates against an in-memory database:
// derived countries and groups, the rates a tariff gets, re-imports that
// change nothing, --replace, dry runs, and malformed files that write nothing.
#include <catch2/catch.hpp>

#include "core/rating/rater.hpp"
#include "tests/core/import/deck_fixture.hpp"

using namespace kolmi;
using namespace kolmi::test;

namespace {

// The price of `billsec` seconds to `number` with tariff `name`, as text; "unrated" when none.
std::string price(store::Database& db, std::string_view tariff, std::string_view number,
                  std::int64_t billsec) {
  store::Statement t = db.prepare("SELECT id FROM tariffs WHERE name = ?");
  t.bind(1, tariff);
  REQUIRE(t.step());
  rating::Rater rater = rating::Rater::load(db);
  auto rated = rater.rate(t.int64(0), rating::CallToRate{number, billsec, {}, nullptr, 0});
  return rated.rated() ? rated.price.to_string() : "unrated";
}

}  // namespace

TEST_CASE("import destinations: the real A2Billing list, countries and groups derived", "[import][decks]") {
  DeckFixture f;
  auto sum = f.destinations(rating_data("a2billing-prefixes-josko.csv"));
  CHECK(sum.read == 38'499);
  CHECK(sum.destinations_added == 38'499);
  CHECK(f.count("SELECT COUNT(*) FROM destinations") == 38'499);
  // "Russia fix Russian Telecom Moscow": Russia (a deck spelling), fixed line.
  CHECK(
      f.text("SELECT direction_code || ' ' || subcode || ' ' || g.name || ' ' || g.desttype || ' ' || g.flag "
             "FROM destinations d JOIN destinationgroups g ON g.id = d.destinationgroup_id "
             "WHERE prefix = '7495'") == "RUS FIX Russia FIX rus.png");
  CHECK(f.text("SELECT g.name || ' ' || g.desttype FROM destinations d JOIN destinationgroups g "
               "ON g.id = d.destinationgroup_id WHERE prefix = '9370'") == "Afghanistan MOB");
  CHECK(f.text("SELECT name FROM directions WHERE code = 'RUS'") == "Russia");
  CHECK(f.count("SELECT COUNT(*) FROM destinations WHERE direction_code = ''") <
        f.count("SELECT COUNT(*) FROM destinations") / 100);

  const auto before = f.dump();
  auto again = f.destinations(rating_data("a2billing-prefixes-josko.csv"));
  CHECK(again.destinations_unchanged == 38'499);
  CHECK(again.destinations_added + again.destinations_updated + again.groups_added == 0);
  CHECK(f.dump() == before);
}

TEST_CASE("import destinations: upsert by prefix, the directions table's names first", "[import][decks]") {
  DeckFixture f;
  f.db.exec("INSERT INTO directions (name, code) VALUES ('Lietuva', 'LTU')");
  auto sum = f.destinations_text(
      "prefix,name,subcode\n370,Lietuva fix,\n3706,Lithuania GSM,mob\n8816,Iridium,\n881662,Iridium "
      "Pager,\n");
  CHECK(sum.destinations_added == 4);
  CHECK(test::joined_rows(f.db,
                          "SELECT d.prefix || ':' || d.direction_code || ':' || d.subcode || ':' || g.name "
                          "FROM destinations d JOIN destinationgroups g ON g.id = d.destinationgroup_id "
                          "ORDER BY d.id",
                          " ") ==
        "370:LTU:FIX:Lietuva 3706:LTU:MOB:Lietuva 8816::FIX:Iridium 881662::FIX:Iridium");
  // The directions table named LTU "Lietuva": its groups (FIX and MOB) are called so.
  CHECK(f.count("SELECT COUNT(*) FROM destinationgroups WHERE name = 'Lietuva'") == 2);
  auto renamed = f.destinations_text("prefix,name\n370,Lithuania Vilnius\n");
  CHECK(renamed.destinations_updated == 1);
  CHECK(f.text("SELECT name FROM destinations WHERE prefix = '370'") == "Lithuania Vilnius");
  CHECK(f.count("SELECT COUNT(*) FROM destinations") == 4);
}

TEST_CASE("import rates: a group rate for the common price, destination rates for the others",
          "[import][decks]") {
  DeckFixture f;
  auto sum = f.rates_text(
      "pattern,comment,connectcost,includedseconds,cost,inc\n"
      "^93.*,Afghanistan,0,0,0.20930,6\n"
      "^9370.*,Afghanistan Cellular-AWCC,0,0,0.10400,6\n"
      "^9372.*,Afghanistan Cellular-Roshan,0,0,0.16710,6\n"
      "^9379.*,Afghanistan Cellular-Roshan,0,0,0.16710,6\n");
  CHECK(sum.tariff_created);
  CHECK(sum.currency == "USD");
  CHECK(sum.rates_added == 3);  // Afghanistan FIX, Afghanistan MOB (0.1671), 9370
  CHECK(f.count("SELECT COUNT(*) FROM rates WHERE destination_id IS NULL") == 2);
  CHECK(f.text("SELECT d.prefix FROM rates r JOIN destinations d ON d.id = r.destination_id") == "9370");
  CHECK(price(f.db, "Retail", "93791234567", 60) == "0.1671");
  CHECK(price(f.db, "Retail", "93701234567", 60) == "0.104");
  CHECK(price(f.db, "Retail", "9320123456", 7) == "0.04186");  // 12 s x 0.2093 / 60 = 0.04186
}

TEST_CASE("import rates: connection fee, included seconds, minimal time become details", "[import][decks]") {
  DeckFixture f;
  f.rates_text(
      "prefix,name,rate,connection_fee,increment,min_time,includedseconds\n370,Lithuania,0.6,0.05,30,0,20\n"
      "44,UK,1.2,0.1,60,90,0\n");
  CHECK(
      test::joined_rows(f.db,
                        "SELECT a.artype || ' ' || a.\"from\" || ' ' || a.duration || ' ' || a.round || ' ' || "
                        "a.price FROM aratedetails a JOIN rates r ON r.id = a.rate_id JOIN "
                        "destinationgroups g ON g.id = r.destinationgroup_id WHERE g.name = 'Lithuania' "
                        "ORDER BY a.\"from\", a.id",
                        "; ") ==
      "minute 1 20 1 0; event 21 -1 1 50000000; minute 21 -1 30 600000000");
  CHECK(f.count("SELECT min_time FROM rates r JOIN destinationgroups g ON g.id = r.destinationgroup_id "
                "WHERE g.name = 'United Kingdom'") == 90);
  // 20 free seconds: a 20 s call costs nothing, not even the fee.
  CHECK(price(f.db, "Retail", "37052", 20) == "0");
  // 21 s: fee 0.05 + 30 s block at 0.6/min (0.3) = 0.35.
  CHECK(price(f.db, "Retail", "37052", 21) == "0.35");
  // 51 s: fee + 31 paid seconds -> 60 s (two blocks) x 0.01 = 0.6, total 0.65.
  CHECK(price(f.db, "Retail", "37052", 51) == "0.65");
  // UK: 10 s -> minimal time 90 s -> 120 s in 60 s blocks x 1.2/60 = 2.4, + 0.1 = 2.5.
  CHECK(price(f.db, "Retail", "4420", 10) == "2.5");
}

TEST_CASE("import rates: re-importing the same deck changes nothing", "[import][decks]") {
  DeckFixture f;
  auto first = f.rates(rating_data("astpp-outbound-routes.csv"), "ASTPP");
  CHECK(first.read == 36'205);
  CHECK(first.destinations_added == 36'205);
  CHECK(first.rates_added > 0);
  const auto before = f.dump();
  auto second = f.rates(rating_data("astpp-outbound-routes.csv"), "ASTPP");
  CHECK(second.destinations_unchanged == 36'205);
  CHECK(second.rates_unchanged == first.rates_added);
  CHECK(second.rates_added + second.rates_updated + second.rates_removed == 0);
  CHECK(f.dump() == before);
}

TEST_CASE("import rates: a changed price updates its rate, --replace drops what the deck lost",
          "[import][decks]") {
  DeckFixture f;
  f.rates_text("prefix,name,rate\n44,UK,0.01\n447,UK mobile,0.3\n370,Lithuania,0.05\n");
  const std::int64_t uk_rate = f.count(
      "SELECT r.id FROM rates r JOIN destinationgroups g "
      "ON g.id = r.destinationgroup_id WHERE g.name = 'United Kingdom' "
      "AND g.desttype = 'FIX'");
  auto update = f.rates_text("prefix,name,rate\n44,UK,0.02\n");
  CHECK(update.rates_updated == 1);
  CHECK(update.rates_removed == 0);
  CHECK(price(f.db, "Retail", "4420", 60) == "0.02");
  CHECK(f.count("SELECT COUNT(*) FROM rates WHERE id = " + std::to_string(uk_rate)) == 1);  // in place
  CHECK(price(f.db, "Retail", "37052", 60) == "0.05");  // not in the file: kept
  CHECK(price(f.db, "Retail", "44791", 60) == "0.3");   // 447 has its own price: kept

  // --replace: the tariff is the file alone. Its ^44 now also prices the
  // stored destination 447 (the deck says 44... costs 0.02); Lithuania goes.
  auto replaced = f.rates_text("prefix,name,rate\n44,UK,0.02\n", "Retail", true);
  CHECK(replaced.rates_unchanged == 1);
  CHECK(replaced.rates_updated == 1);
  CHECK(replaced.rates_removed == 1);
  CHECK(price(f.db, "Retail", "37052", 60) == "unrated");
  CHECK(price(f.db, "Retail", "44791", 60) == "0.02");
}

TEST_CASE("import rates: a destination rate that contradicts the deck's group price goes",
          "[import][decks]") {
  DeckFixture f;
  f.rates_text(
      "prefix,name,rate\n9370,Afghanistan mobile,0.1\n9372,Afghanistan mobile,0.1\n9375,Afghanistan "
      "mobile,0.2\n");
  CHECK(f.count("SELECT COUNT(*) FROM rates WHERE destination_id IS NOT NULL") == 1);  // 9375
  f.rates_text(
      "prefix,name,rate\n9370,Afghanistan mobile,0.1\n9372,Afghanistan mobile,0.1\n"
      "9375,Afghanistan mobile,0.1\n");
  // Now the whole group costs 0.1: 9375's own rate of 0.2 would contradict it.
  CHECK(f.count("SELECT COUNT(*) FROM rates WHERE destination_id IS NOT NULL") == 0);
  CHECK(price(f.db, "Retail", "93751", 60) == "0.1");
}

TEST_CASE("import rates: tariff currency rules", "[import][decks]") {
  DeckFixture f;
  import::RateImportOptions o;
  ScratchFile deck("prefix,name,rate\n44,UK,0.02\n");
  o.path = deck.path();
  o.tariff = "Euro";
  o.currency = "EUR";
  auto sum = import::import_rates_file(f.db, o);
  CHECK(sum.currency == "EUR");
  CHECK(f.text("SELECT currency FROM tariffs WHERE name = 'Euro'") == "EUR");
  o.currency = "USD";
  CHECK_THROWS_WITH(import::import_rates_file(f.db, o), "--currency USD: tariff 'Euro' is priced in EUR");
  o.tariff = "New";
  o.currency = "XYZ";
  CHECK_THROWS_WITH(import::import_rates_file(f.db, o), "--currency: no currency 'XYZ'");
  CHECK(f.count("SELECT COUNT(*) FROM tariffs WHERE name = 'New'") == 0);
}

TEST_CASE("import rates: a malformed row writes nothing, a dry run writes nothing", "[import][decks]") {
  DeckFixture f;
  f.rates_text("prefix,name,rate\n44,UK,0.02\n");
  const auto before = f.dump();
  CHECK(f.rates_error("prefix,name,rate\n45,Denmark,0.1\n46,Sweden,-1\n") ==
        "@:3: the price per minute '-1' is negative");
  CHECK(f.rates_error("prefix,name,rate\n45,Denmark,0.1\n^4[6].*,Sweden,1\n")
            .starts_with("@:3: pattern '^4[6].*' is not of the form ^DIGITS.*"));
  CHECK(f.rates_error("prefix,name,rate\n45,Denmark,0.1\n45,Denmark,0.2\n") ==
        "@:3: prefix 45 again, with a different price than on line 2");
  CHECK(f.dump() == before);
  CHECK_THROWS_AS(f.rates("/nonexistent/deck.csv"), Error);

  ScratchFile deck("prefix,name,rate\n45,Denmark,0.1\n");
  auto dry = f.rates(deck.path(), "Other", false, true);
  CHECK(dry.tariff_created);
  CHECK(dry.destinations_added == 1);
  CHECK(dry.rates_added == 1);
  CHECK(f.dump() == before);
}

TEST_CASE("import rates: the ASTPP deck over the A2Billing destinations stays exact", "[import][decks]") {
  DeckFixture f;
  f.destinations(rating_data("a2billing-prefixes-josko.csv"));
  auto sum = f.rates(rating_data("astpp-outbound-routes.csv"), "ASTPP");
  CHECK(sum.read == 36'205);
  // A2Billing's 93700 lies under ASTPP's ^9370.* (0.104 per minute, 6 s blocks).
  CHECK(price(f.db, "ASTPP", "93700123456", 60) == "0.104");
  // A2Billing's "1" is not priced by ASTPP, nor are numbers under it the deck lacks.
  CHECK(price(f.db, "ASTPP", "19995550100", 60) == "unrated");
  CHECK(price(f.db, "ASTPP", "12129870000", 60) == "0.01");
}
