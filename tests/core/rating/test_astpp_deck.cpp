// The rating engine against a real rate deck: ASTPP's outbound routes
// (tests/data/rating/astpp-outbound-routes.csv) imported into an in-memory
// database as tariff "ASTPP", and real numbers priced by hand from the deck's
// rows. Every row used has connectcost 0 and includedseconds 0; cost is per
// minute and inc the billing block in seconds, so
//   price = cost / 60 x ceil(billsec / inc) x inc.
#include <catch2/catch.hpp>

#include "core/rating/rater.hpp"
#include "tests/core/import/deck_fixture.hpp"

using namespace kolmi;
using namespace kolmi::test;

namespace {

struct AstppDeck {
  DeckFixture f;
  std::int64_t tariff = 0;
  std::optional<rating::Rater> rater;

  AstppDeck() {
    f.rates(rating_data("astpp-outbound-routes.csv"), "ASTPP");
    tariff = f.count("SELECT id FROM tariffs WHERE name = 'ASTPP'");
    rater.emplace(rating::Rater::load(f.db));
  }
  rating::RatedCall rate(std::string_view number, std::int64_t billsec) const {
    return rater->rate(tariff, rating::CallToRate{number, billsec, {}, nullptr, 0});
  }
};

Decimal money(std::string_view text) {
  return *Decimal::parse(text);
}

}  // namespace

TEST_CASE("ASTPP deck: real numbers priced as the deck's rows say", "[rating][astpp]") {
  const AstppDeck deck;  // one import for every case (a Debug build takes seconds)
  struct Case {
    std::string_view number;
    std::int64_t billsec;
    std::string_view prefix;
    std::int64_t billed;
    std::string_view price;
  };
  const Case cases[] = {
      // Afghanistan, AT mobile, ^9375.* 0.22040, inc 6: 65 s -> 11 blocks = 66 s; 0.2204 / 60 x 66 = 0.24244.
      {"93751234567", 65, "9375", 66, "0.24244"},
      // Afghanistan, AWCC, dialled with 00, ^9370.* 0.10400: 30 s = 5 blocks; 0.104 / 60 x 30 = 0.052.
      {"0093701234567", 30, "9370", 30, "0.052"},
      // Afghanistan, other mobile (no 9373 row), ^937.* 0.21450: 1 s -> 6 s; 0.2145 / 10 = 0.02145.
      {"937312345", 1, "937", 6, "0.02145"},
      // United Kingdom, London, dialled with +, ^44207.* 0.00730: 125 s -> 126 s; 0.0073 / 60 x 126 =
      // 0.01533.
      {"+442079460000", 125, "44207", 126, "0.01533"},
      // United Kingdom, mobile, ^447.* 0.37700: 59 s -> 60 s; 0.377.
      {"447700900123", 59, "447", 60, "0.377"},
      // USA, New York, ^1212.* 0.01000: 61 s -> 66 s; 0.01 / 60 x 66 = 0.011.
      {"12129870000", 61, "1212", 66, "0.011"},
      // USA, directory assistance, ^1212555.* 1.50000: 10 s -> 12 s; 1.5 / 60 x 12 = 0.3.
      {"12125550100", 10, "1212555", 12, "0.3"},
      // Russia, Moscow, ^7495.* 0.01560: 600 s = 100 blocks = 10 min; 0.156.
      {"74951234567", 600, "7495", 600, "0.156"},
      // Germany, T-Mobile, ^49151.* 0.03340: 7 s -> 12 s; 0.0334 / 60 x 12 = 0.00668.
      {"4915112345678", 7, "49151", 12, "0.00668"},
      // Iridium, ^8816.* 5.05050: 45 s -> 48 s; 5.0505 / 60 x 48 = 4.0404.
      {"8816123456", 45, "8816", 48, "4.0404"},
      // IPComms, ^16784601475.* 0.00000, inc 1 (the deck's only 1 s increment): 37 s, free.
      {"16784601475", 37, "16784601475", 37, "0"},
  };
  for (const Case& c : cases) {
    INFO(c.number << " for " << c.billsec << " s");
    auto r = deck.rate(c.number, c.billsec);
    REQUIRE(r.rated());
    CHECK(r.prefix == c.prefix);
    CHECK(r.billed_seconds == c.billed);
    CHECK(r.price == money(c.price));
  }
  // USA 1-999: no row of the deck matches.
  auto unmatched = deck.rate("19995550100", 60);
  CHECK(unmatched.unrated == rating::Unrated::no_destination);
  CHECK(unmatched.price == Decimal());
}
