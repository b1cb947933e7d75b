// The Rater over a real (in-memory) database with MOR's tables. Expected
// prices are worked out by hand next to each check.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/rating/rater.hpp"
#include "core/store/conflines.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/rating/rate_deck.hpp"

using kolmi::Decimal;
using kolmi::rating::CallToRate;
using kolmi::rating::normalize_number;
using kolmi::rating::RatedCall;
using kolmi::rating::Rater;
using kolmi::rating::Unrated;
using kolmi::store::Database;
using kolmi::test::dec;
using kolmi::test::Deck;

namespace {

CallToRate call(std::string_view dst, std::int64_t billsec, std::int64_t grace = 0) {
  CallToRate c;
  c.dst = dst;
  c.billsec = billsec;
  c.start = *kolmi::parse_utc("2024-06-03 12:00:00");  // a Monday noon
  c.grace_time = grace;
  return c;
}

// Everything a check cares about in one line, so a failure shows it all.
std::string show(const RatedCall& r) {
  const char* why = r.unrated == Unrated::none             ? "rated"
                    : r.unrated == Unrated::no_destination ? "no_destination"
                    : r.unrated == Unrated::no_rate        ? "no_rate"
                                                           : "no_tariff";
  return std::string(why) + " prefix=" + r.prefix + " dest=" + std::to_string(r.destination_id) +
         " rate=" + r.rate.to_string() + " billed=" + std::to_string(r.billed_seconds) +
         " price=" + r.price.to_string();
}

// Lithuania: mobile 3706 (group 1, 0.10 by the second), fixed 370 (group 2,
// 0.05 per started minute), UK 44 (group 3, no rate in tariff 1).
Deck lithuania() {
  Deck d;
  d.group(1, "Lithuania mobile");
  d.group(2, "Lithuania fixed");
  d.group(3, "United Kingdom");
  d.destination(10, "3706", 1);
  d.destination(11, "370", 2);
  d.destination(12, "37069", 1);
  d.destination(13, "44", 3);
  d.tariff(1, "USD");
  d.group_rate(100, 1, 1);
  d.per_second(100, "0.10");
  d.group_rate(101, 1, 2);
  d.detail(101, 1, -1, "minute", 60, "0.05");
  return d;
}

}  // namespace

TEST_CASE("normalize_number", "[rating][rater]") {
  CHECK(normalize_number("+370 5 212") == "370");
  CHECK(normalize_number("0037052123456") == "37052123456");
  CHECK(normalize_number("37052123456") == "37052123456");
  CHECK(normalize_number("sip:x") == "");
  CHECK(normalize_number("") == "");
  CHECK(normalize_number("+") == "");
  CHECK(normalize_number("0") == "0");          // a single 0 is not "00"
  CHECK(normalize_number("000370") == "0370");  // only one "00" is stripped
  CHECK(normalize_number("+0037") == "0037");   // '+' or '00', not both
  CHECK(normalize_number("861234#123") == "861234");
}

TEST_CASE("Rater: longest prefix, group rates, '+' and '00'", "[rating][rater]") {
  Deck d = lithuania();
  Rater rater = Rater::load(d.db);
  // 3706 beats 370: group 1, 0.10 by the second:
  // 61 x 100,000,000 / 60 = 101,666,666.67 nanos -> 0.101666667
  CHECK(show(rater.rate(1, call("+37061234567", 61))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=61 price=0.101666667");
  CHECK(show(rater.rate(1, call("0037061234567", 61))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=61 price=0.101666667");
  CHECK(show(rater.rate(1, call("37061234567", 61))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=61 price=0.101666667");
  // 370 (fixed, group 2), 0.05 per started minute: 61 s -> 120 s -> 0.10
  CHECK(show(rater.rate(1, call("+37052123456", 61))) ==
        "rated prefix=370 dest=11 rate=0.05 billed=120 price=0.1");
  // 37069 (group 1 too): 30 s x 0.10 / 60 = 0.05
  CHECK(show(rater.rate(1, call("37069912345", 30))) ==
        "rated prefix=37069 dest=12 rate=0.1 billed=30 price=0.05");
}

TEST_CASE("Rater: a destination's own rate beats its group's", "[rating][rater]") {
  Deck d = lithuania();
  d.destination_rate(102, 1, 12);  // 37069 alone: 0.30 by the second
  d.per_second(102, "0.30");
  Rater rater = Rater::load(d.db);
  // 30 s x 0.30 / 60 = 0.15
  CHECK(show(rater.rate(1, call("37069912345", 30))) ==
        "rated prefix=37069 dest=12 rate=0.3 billed=30 price=0.15");
  // 3706 keeps the group rate: 30 x 0.10 / 60 = 0.05
  CHECK(show(rater.rate(1, call("37061234567", 30))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=30 price=0.05");
}

TEST_CASE("Rater: unrated calls", "[rating][rater]") {
  Deck d = lithuania();
  Rater rater = Rater::load(d.db);
  CHECK(show(rater.rate(1, call("99912345", 60))) == "no_destination prefix= dest=0 rate=0 billed=0 price=0");
  CHECK(show(rater.rate(1, call("sip:alice@example.com", 60))) ==
        "no_destination prefix= dest=0 rate=0 billed=0 price=0");
  CHECK(show(rater.rate(1, call("442071234567", 60))) == "no_rate prefix=44 dest=13 rate=0 billed=0 price=0");
  CHECK(show(rater.rate(999, call("37061234567", 60))) ==
        "no_tariff prefix=3706 dest=10 rate=0 billed=0 price=0");
}

TEST_CASE("Rater: billsec 0 and grace time cost nothing but are rated", "[rating][rater]") {
  Deck d = lithuania();
  Rater rater = Rater::load(d.db);
  CHECK(show(rater.rate(1, call("37061234567", 0))) == "rated prefix=3706 dest=10 rate=0.1 billed=0 price=0");
  CHECK(show(rater.rate(1, call("37061234567", 4, 4))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=0 price=0");
  // 5 s > grace 4: 5 x 0.10 / 60 = 8,333,333.33 nanos -> 0.008333333
  CHECK(show(rater.rate(1, call("37061234567", 5, 4))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=5 price=0.008333333");
}

TEST_CASE("Rater: minimal time and connection fee from the tables", "[rating][rater]") {
  Deck d;
  d.group(1, "Mobile");
  d.destination(1, "3706", 1);
  d.tariff(1, "USD");
  d.group_rate(1, 1, 1, 30);              // min_time 30 s
  d.detail(1, 1, 0, "event", 1, "0.02");  // connection fee
  d.detail(1, 1, -1, "minute", 6, "0.12");
  Rater rater = Rater::load(d.db);
  // 10 s -> max(10, 30) = 30 s (5 blocks of 6): 30 x 0.12 / 60 = 0.06, + 0.02 = 0.08
  CHECK(show(rater.rate(1, call("37061", 10))) == "rated prefix=3706 dest=1 rate=0.12 billed=30 price=0.08");
  // 41 s -> 42 s: 42 x 0.12 / 60 = 0.084, + 0.02 = 0.104
  CHECK(show(rater.rate(1, call("37061", 41))) == "rated prefix=3706 dest=1 rate=0.12 billed=42 price=0.104");
}

TEST_CASE("Rater: peak and weekend details in the caller's time zone", "[rating][rater]") {
  Deck d;
  d.group(1, "Mobile");
  d.destination(1, "3706", 1);
  d.tariff(1, "USD");
  d.group_rate(1, 1, 1);
  d.detail(1, 1, -1, "minute", 60, "0.20", "08:00:00", "19:59:59", "WD");
  d.detail(1, 1, -1, "minute", 60, "0.05", "20:00:00", "07:59:59", "WD");
  d.detail(1, 1, -1, "minute", 60, "0.01", "00:00:00", "23:59:59", "FD");
  Rater rater = Rater::load(d.db);
  kolmi::TimeZone vilnius("Europe/Vilnius");  // UTC+3 in June

  auto at = [&](std::string_view utc, const kolmi::TimeZone* zone) {
    CallToRate c = call("37061", 60);
    c.start = *kolmi::parse_utc(utc);
    c.zone = zone;
    return show(rater.rate(1, c));
  };
  // Monday 06:00 UTC: off-peak in UTC (0.05), 09:00 peak in Vilnius (0.20).
  CHECK(at("2024-06-03 06:00:00", nullptr) == "rated prefix=3706 dest=1 rate=0.05 billed=60 price=0.05");
  CHECK(at("2024-06-03 06:00:00", &vilnius) == "rated prefix=3706 dest=1 rate=0.2 billed=60 price=0.2");
  // Sunday 22:30 UTC: a free day in UTC (0.01), Monday 01:30 off-peak in Vilnius (0.05).
  CHECK(at("2024-06-02 22:30:00", nullptr) == "rated prefix=3706 dest=1 rate=0.01 billed=60 price=0.01");
  CHECK(at("2024-06-02 22:30:00", &vilnius) == "rated prefix=3706 dest=1 rate=0.05 billed=60 price=0.05");
}

TEST_CASE("Rater: a time window that covers no part of the week leaves the call unrated", "[rating][rater]") {
  Deck d;
  d.group(1, "Mobile");
  d.destination(1, "3706", 1);
  d.tariff(1, "USD");
  d.group_rate(1, 1, 1);
  d.detail(1, 1, -1, "minute", 1, "0.20", "00:00:00", "23:59:59", "WD");
  Rater rater = Rater::load(d.db);
  CallToRate c = call("37061", 60);
  c.start = *kolmi::parse_utc("2024-06-01 12:00:00");  // Saturday
  CHECK(show(rater.rate(1, c)) == "no_rate prefix=3706 dest=1 rate=0 billed=0 price=0");
}

TEST_CASE("Rater: a EUR tariff is priced in the default currency", "[rating][rater]") {
  Deck d = lithuania();
  d.currency("USD", "1");
  d.currency("EUR", "0.85");  // EUR per USD
  d.tariff(2, "EUR");
  d.group_rate(200, 2, 1);
  d.per_second(200, "0.10");  // 0.10 EUR per minute
  Rater rater = Rater::load(d.db);
  // 61 s x 0.10 EUR / 60 / 0.85 = 100,000,000 x 61 x 10^9 / (60 x 850,000,000)
  //   = 119,607,843.14 nanos -> 0.119607843 USD; rate 0.10 / 0.85 = 0.1176470588 -> 0.117647059
  CHECK(show(rater.rate(2, call("37061234567", 61))) ==
        "rated prefix=3706 dest=10 rate=0.117647059 billed=61 price=0.119607843");
  // The USD tariff is untouched.
  CHECK(show(rater.rate(1, call("37061234567", 60))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=60 price=0.1");
}

TEST_CASE("Rater: the default currency comes from conflines", "[rating][rater]") {
  Deck d = lithuania();  // tariff 1 is in USD
  kolmi::store::set_confline(d.db, kolmi::store::conf::kDefaultCurrency, "EUR");
  d.currency("EUR", "1");
  d.currency("USD", "1.25");  // USD per EUR
  Rater rater = Rater::load(d.db);
  // 60 s x 0.10 USD / 60 = 0.10 USD = 0.10 / 1.25 = 0.08 EUR; rate the same.
  CHECK(show(rater.rate(1, call("37061234567", 60))) ==
        "rated prefix=3706 dest=10 rate=0.08 billed=60 price=0.08");
}

TEST_CASE("Rater: a tariff in an unknown currency stops the load", "[rating][rater]") {
  Deck d = lithuania();
  d.tariff(3, "GBP");
  try {
    (void)Rater::load(d.db);
    FAIL("Rater::load accepted a tariff in GBP with no exchange rate");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK_THAT(e.what(), Catch::Contains("tariff 3") && Catch::Contains("GBP"));
  }
}

TEST_CASE("Rater: prefixes with non-digits are skipped, not fatal", "[rating][rater]") {
  Deck d = lithuania();
  d.destination(20, "3707 ", 1);
  d.destination(21, "37a", 1);
  d.destination(22, "", 1);
  Rater rater = Rater::load(d.db);
  // "3707..." falls back to 370 (fixed: 60 s -> 0.05).
  CHECK(show(rater.rate(1, call("37071234567", 60))) ==
        "rated prefix=370 dest=11 rate=0.05 billed=60 price=0.05");
  CHECK(show(rater.rate(1, call("37a", 60))) == "no_destination prefix= dest=0 rate=0 billed=0 price=0");
}

TEST_CASE("Rater: an unreadable rate detail stops the load naming the row", "[rating][rater]") {
  Deck d = lithuania();
  d.detail(100, 1, -1, "minute", 1, "0.10", "00:00:00", "23:59:59", "weekends");
  try {
    (void)Rater::load(d.db);
    FAIL("Rater::load accepted daytype 'weekends'");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK_THAT(e.what(), Catch::Contains("aratedetails row") && Catch::Contains("weekends"));
  }
}

TEST_CASE("Rater: of two rates for one group the first row wins", "[rating][rater]") {
  Deck d = lithuania();
  d.group_rate(150, 1, 1);  // a second rate for group 1, id after 100
  d.per_second(150, "0.90");
  Rater rater = Rater::load(d.db);
  CHECK(show(rater.rate(1, call("37061234567", 60))) ==
        "rated prefix=3706 dest=10 rate=0.1 billed=60 price=0.1");
}
