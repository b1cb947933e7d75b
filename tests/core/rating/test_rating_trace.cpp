// The engine's two loadings and its trace: Rater::load_for (what one number
// can use under one tariff, for kolmi admin explain / admin rate) must price
// exactly as Rater::load (everything, for imports), and trace() must record
// the decision rate() makes without changing it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/rating/rater.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/import/deck_fixture.hpp"
#include "tests/core/rating/rate_deck.hpp"

using namespace kolmi;
using kolmi::rating::CallToRate;
using kolmi::rating::RateSource;
using kolmi::rating::Rater;
using kolmi::rating::RatedCall;
using kolmi::test::dec;
using kolmi::test::Deck;

namespace {

std::string show(const RatedCall& r) {
  return std::to_string(static_cast<int>(r.unrated)) + " prefix=" + r.prefix +
         " dest=" + std::to_string(r.destination_id) + " rate=" + r.rate.to_string() +
         " billed=" + std::to_string(r.billed_seconds) + " price=" + r.price.to_string();
}

CallToRate at(std::string_view dst, std::int64_t billsec, std::string_view utc, std::int64_t grace = 0) {
  CallToRate c;
  c.dst = dst;
  c.billsec = billsec;
  c.start = *parse_utc(utc);
  c.grace_time = grace;
  return c;
}

// Lithuania: mobile 3706 and 37069 (group 1), fixed 370 (group 2). Tariff 1
// prices group 1 by day (08:00-19:59:59, 0.12 by the second) and by night
// (0.06), with a minimal time of 30 s and a 0.02 connection fee; group 2 at
// 0.05 per started minute; 37069 has its own rate, 0.30 per 10 s block.
Deck lithuania() {
  Deck d;
  d.group(1, "Lithuania mobile");
  d.group(2, "Lithuania fixed");
  d.destination(10, "3706", 1);
  d.destination(11, "370", 2);
  d.destination(12, "37069", 1);
  d.tariff(1, "USD");
  d.group_rate(100, 1, 1, 30);
  d.detail(100, 0, -1, "event", 1, "0.02");
  d.detail(100, 1, -1, "minute", 1, "0.12", "08:00:00", "19:59:59");
  d.detail(100, 1, -1, "minute", 1, "0.06", "20:00:00", "07:59:59");
  d.group_rate(101, 1, 2);
  d.detail(101, 1, -1, "minute", 60, "0.05");
  d.destination_rate(102, 1, 12);
  d.detail(102, 1, -1, "minute", 10, "0.30");
  return d;
}

}  // namespace

TEST_CASE("Rater::load_for decides as Rater::load on the ASTPP deck", "[rating][trace]") {
  test::DeckFixture f;
  f.rates(test::rating_data("astpp-outbound-routes.csv"), "ASTPP");
  const std::int64_t tariff = f.count("SELECT id FROM tariffs WHERE name = 'ASTPP'");
  const Rater all = Rater::load(f.db);
  std::vector<std::string> numbers = {"", "0", "999999", "+0", "00", "+44 20 7946 0000", "0044207946000"};
  {
    store::Statement s = f.db.prepare("SELECT prefix FROM destinations ORDER BY id");
    std::int64_t n = 0;
    while (s.step()) {
      if (n++ % 97 != 0) continue;  // ~400 prefixes spread over the deck
      numbers.push_back(s.str(0));
      numbers.push_back(s.str(0) + "1234567");
      numbers.push_back("+" + s.str(0) + "9");
    }
  }
  REQUIRE(numbers.size() > 1000);
  for (const std::string& number : numbers) {
    const Rater one = Rater::load_for(f.db, tariff, number);
    const CallToRate call = at(number, 61, "2024-06-03 12:00:00");
    INFO(number);
    REQUIRE(show(one.rate(tariff, call)) == show(all.rate(tariff, call)));
    REQUIRE(show(one.trace(tariff, call).result) == show(all.rate(tariff, call)));
  }
}

TEST_CASE("Rater::trace records the candidates, the rate and every detail", "[rating][trace]") {
  Deck d = lithuania();
  const Rater rater = Rater::load(d.db);

  SECTION("a group rate by day, with minimal time and a connection fee") {
    // 20 s at 12:00 UTC: day detail applies, night does not; S = max(20, 30)
    // = 30 s at 0.12/min = 0.06, plus the 0.02 fee = 0.08.
    const auto t = rater.trace(1, at("+37061234567", 20, "2024-06-03 12:00:00"));
    CHECK(t.number == "37061234567");
    REQUIRE(t.candidates.size() == 2);
    CHECK(t.candidates[0].prefix == "370");
    CHECK(t.candidates[0].destination_id == 11);
    CHECK(t.candidates[1].prefix == "3706");
    CHECK(t.candidates[1].group_id == std::optional<std::int64_t>(1));
    CHECK(t.tariff_known);
    CHECK(t.source == RateSource::group);
    CHECK(t.rate_id == 100);
    REQUIRE(t.plan != nullptr);
    CHECK(t.plan_trace.time_dependent);
    CHECK(t.plan_trace.moment.second_of_day == 12 * 3600);
    CHECK_FALSE(t.plan_trace.moment.free_day);
    CHECK(t.plan_trace.billable);
    CHECK(t.plan_trace.effective_seconds == 30);
    REQUIRE(t.plan_trace.steps.size() == 3);  // event (from 0), day, night
    CHECK(t.plan_trace.steps[0].reached);
    CHECK(t.plan_trace.steps[1].applies);
    CHECK(t.plan_trace.steps[1].billed == 30);
    CHECK_FALSE(t.plan_trace.steps[2].applies);
    CHECK(t.result.price == dec("0.08"));
    // Exact before rounding: (0.12e9 x 30 + 0.02e9 x 60) / 60 nanos.
    CHECK(t.plan_trace.numerator == Int128{120'000'000} * 30 + Int128{20'000'000} * 60);
    CHECK(t.plan_trace.denominator == 60);
  }

  SECTION("by night the other detail applies") {
    const auto t = rater.trace(1, at("37061234567", 45, "2024-06-03 21:00:00"));
    CHECK_FALSE(t.plan_trace.steps[1].applies);
    CHECK(t.plan_trace.steps[2].applies);
    CHECK(t.result.price == dec("0.065"));  // 45 s at 0.06/min = 0.045 + 0.02
  }

  SECTION("a destination's own rate beats its group's") {
    const auto t = rater.trace(1, at("37069123", 11, "2024-06-03 12:00:00"));
    CHECK(t.candidates.size() == 3);
    CHECK(t.source == RateSource::destination);
    CHECK(t.rate_id == 102);
    CHECK(t.plan_trace.steps[0].seconds == 11);
    CHECK(t.plan_trace.steps[0].billed == 20);  // two 10 s blocks
    CHECK(t.result.price == dec("0.1"));
  }

  SECTION("within the grace time: rated, free, nothing reached") {
    const auto t = rater.trace(1, at("37061234567", 5, "2024-06-03 12:00:00", 10));
    CHECK_FALSE(t.plan_trace.billable);
    CHECK_FALSE(t.plan_trace.steps[0].reached);
    CHECK(t.result.rated());
    CHECK(t.result.price == Decimal{});
  }

  SECTION("no destination, unknown tariff") {
    CHECK(rater.trace(1, at("44207", 60, "2024-06-03 12:00:00")).candidates.empty());
    const auto unknown = rater.trace(9, at("3706", 60, "2024-06-03 12:00:00"));
    CHECK_FALSE(unknown.tariff_known);
    CHECK(unknown.result.unrated == rating::Unrated::no_tariff);
  }

  SECTION("trace changes nothing: it returns what rate() returns") {
    for (const char* number : {"3706", "370", "37069", "44", "+3701", "x"}) {
      for (std::int64_t billsec : {0, 1, 29, 31, 600}) {
        for (const char* when : {"2024-06-03 07:59:59", "2024-06-08 08:00:00", "2024-06-03 19:59:59"}) {
          const CallToRate c = at(number, billsec, when, 3);
          CHECK(show(rater.trace(1, c).result) == show(rater.rate(1, c)));
          CHECK(show(Rater::load_for(d.db, 1, number).rate(1, c)) == show(rater.rate(1, c)));
        }
      }
    }
  }
}
