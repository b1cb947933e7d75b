// The pieces of an explanation that are arithmetic, not prose: the exact
// price before rounding, and a rate quote's checks and verdicts over a
// small deck (tests/core/rating/rate_deck.hpp).
#include <catch2/catch.hpp>

#include "core/console/explanation_steps.hpp"
#include "core/console/rate_quote.hpp"
#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "tests/core/rating/rate_deck.hpp"
#include "tests/support/exit_code_of.hpp"

using namespace kolmi;
using kolmi::test::Deck;
using kolmi::test::code_of;

TEST_CASE("exact_quotient_text: every digit, and '...' when the quotient goes on", "[console][explain]") {
  using console::exact_quotient_text;
  CHECK(exact_quotient_text(0, 60) == "0");
  CHECK(exact_quotient_text(Int128{120'000'000} * 30, 60) == "0.06");          // 0.12/min x 30 s
  CHECK(exact_quotient_text(Int128{100'000'000} * 1, 60) == "0.001666666666666666...");
  CHECK(exact_quotient_text(Int128{100'000'000} * 1, 60, 4) == "0.0016...");
  CHECK(exact_quotient_text(Int128{-3'000'000'000}, 2) == "-1.5");
  CHECK(exact_quotient_text(Int128{3'000'000'000}, -2) == "-1.5");
  CHECK(exact_quotient_text(Int128{1'000'000'000} * 120, 1) == "120");
}

namespace {

struct QuoteDeck : Deck {
  QuoteDeck() {
    store::set_confline(db, store::conf::kDefaultCurrency, "USD");
    currency("USD", "1");
    group(1, "Lithuania");
    destination(10, "370", 1);
    tariff(1, "USD");
    group_rate(100, 1, 1, 30);
    detail(100, 0, -1, "event", 1, "0.02", "08:00:00", "19:59:59", "WD");
    detail(100, 1, -1, "minute", 60, "0.12", "08:00:00", "19:59:59", "WD");
  }
  console::RateQuote quote(std::string number, std::optional<std::int64_t> duration,
                           std::string at = "2024-06-03 12:00:00") {
    console::RateQuestion q;
    q.number = std::move(number);
    q.tariff = "tariff 1";
    q.at = std::move(at);
    q.duration = duration;
    return console::quote_rate(db, q, clock);
  }
  FixedClock clock{*parse_utc("2024-06-03 12:00:00")};
};


}  // namespace

TEST_CASE("quote_rate: prices a call, says why it cannot, refuses bad questions", "[console][explain]") {
  QuoteDeck d;
  SECTION("a workday noon call of 61 s: two started minutes and the fee") {
    const auto q = d.quote("+37052123456", 61);
    CHECK(q.priced());
    CHECK(q.rate == test::dec("0.12"));
    CHECK(q.billed_seconds == std::optional<std::int64_t>(120));
    CHECK(q.price == test::dec("0.26"));  // 0.12 x 2 + 0.02
    CHECK(q.steps.back().topic == "price");
  }
  SECTION("without a duration: the rate only") {
    const auto q = d.quote("37052123456", std::nullopt);
    CHECK(q.priced());
    CHECK(q.rate == test::dec("0.12"));
    CHECK_FALSE(q.price);
  }
  SECTION("on a Saturday no detail applies: no rate") {
    const auto q = d.quote("37052123456", 61, "2024-06-08 12:00:00");
    CHECK(q.unrated == "no rate");
    CHECK(q.steps.back().value == "none applies");
  }
  SECTION("no destination") {
    CHECK(d.quote("4420", 61).unrated == "no destination");
  }
  SECTION("bad questions") {
    CHECK(code_of([&] { d.quote("abc", 1); }) == ExitCode::usage);
    CHECK(code_of([&] { d.quote("370", 1, "2024-02-30"); }) == ExitCode::usage);
    CHECK(code_of([&] { d.quote("370", -1); }) == ExitCode::usage);
    console::RateQuestion unknown;
    unknown.number = "370";
    unknown.tariff = "nope";
    CHECK(code_of([&] { console::quote_rate(d.db, unknown, d.clock); }) == ExitCode::not_found);
    unknown.tariff.reset();
    unknown.user = "nobody";
    CHECK(code_of([&] { console::quote_rate(d.db, unknown, d.clock); }) == ExitCode::not_found);
    unknown.user.reset();
    CHECK(code_of([&] { console::quote_rate(d.db, unknown, d.clock); }) == ExitCode::usage);
  }
}
