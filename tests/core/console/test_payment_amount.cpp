// How an operator types a payment's amount: exact, at most the currency's
// decimals, nothing a person could read two ways.
#include <catch2/catch.hpp>

#include "core/console/payment_amount.hpp"

using namespace kolmi;
using console::currency_digits;
using console::parse_amount;

TEST_CASE("payment amount: a currency's decimals follow ISO 4217", "[console][payment]") {
  CHECK(currency_digits("USD") == 2);
  CHECK(currency_digits("EUR") == 2);
  CHECK(currency_digits("JPY") == 0);
  CHECK(currency_digits("KRW") == 0);
  CHECK(currency_digits("KWD") == 3);
  CHECK(currency_digits("TND") == 3);
  CHECK(currency_digits("XYZ") == 2);  // unknown codes: cents
}

TEST_CASE("payment amount: digits, an optional '-' and '.', at most the currency's decimals",
          "[console][payment]") {
  CHECK(parse_amount("100", 2).value == Decimal::from_units(100));
  CHECK(parse_amount("12.5", 2).value == Decimal::parse("12.5"));
  CHECK(parse_amount("0.01", 2).value == Decimal::parse("0.01"));
  CHECK(parse_amount("-7.25", 2).value == Decimal::parse("-7.25"));
  CHECK(parse_amount("007", 2).value == Decimal::from_units(7));
  CHECK(parse_amount("1.250", 3).value == Decimal::parse("1.25"));
  CHECK(parse_amount("1500", 0).value == Decimal::from_units(1500));
}

TEST_CASE("payment amount: everything else is refused with the reason", "[console][payment]") {
  for (const char* bad : {"",   "-",  ".",  "1e3", "1E3",  "1,000", "1 000", "1'000", "+5", ".5",
                          "5.", " 5", "5 ", "--5", "0x10", "5.0.0", "12,50", "ten",   "5-", "١٢"}) {
    INFO("amount: '" << bad << "'");
    const auto parsed = parse_amount(bad, 2);
    CHECK_FALSE(parsed.value);
    CHECK(parsed.problem.find("is not an amount") != std::string::npos);
  }
  CHECK(parse_amount("10.001", 2).problem == "'10.001' has more than 2 decimals");
  CHECK(parse_amount("100.5", 0).problem == "'100.5' has decimals; the currency has none");
  CHECK(parse_amount("99999999999", 2).problem == "'99999999999' is too large");
}
