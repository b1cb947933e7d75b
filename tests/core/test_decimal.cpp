#include <catch2/catch.hpp>

#include "core/decimal.hpp"

using kolmi::Decimal;

namespace {
Decimal d(const char* s) { return *Decimal::parse(s); }
}  // namespace

TEST_CASE("Decimal parses plain decimal text", "[decimal]") {
  CHECK(d("12").nanos() == 12'000'000'000);
  CHECK(d("-0.049").nanos() == -49'000'000);
  CHECK(d("+3.5").nanos() == 3'500'000'000);
  CHECK(d(".5").nanos() == 500'000'000);
  CHECK(d("0.0000000015").nanos() == 2);   // 10th decimal rounds half up
  CHECK(d("0.0000000014").nanos() == 1);
  CHECK_FALSE(Decimal::parse(""));
  CHECK_FALSE(Decimal::parse("-"));
  CHECK_FALSE(Decimal::parse("1e3"));
  CHECK_FALSE(Decimal::parse("1.2.3"));
  CHECK_FALSE(Decimal::parse("12a"));
  CHECK_FALSE(Decimal::parse("99999999999"));  // beyond 9.2e9 units
}

TEST_CASE("Decimal formats like MOR's Nice_Number", "[decimal]") {
  CHECK(d("0.0490").to_string(4) == "0.049");
  CHECK(d("11.50").to_string(4) == "11.5");
  CHECK(d("10.0000").to_string(4) == "10");
  CHECK(d("0.00005").to_string(4) == "0.0001");   // half away from zero
  CHECK(d("-0.00005").to_string(4) == "-0.0001");
  CHECK(d("-0.00004").to_string(4) == "0");       // never "-0"
  CHECK(d("18").to_fixed(1) == "18.0");
  CHECK(d("1234.5678").to_fixed(2) == "1234.57");
  CHECK(d("0.000000001").to_string() == "0.000000001");
}

TEST_CASE("Decimal arithmetic is exact and rounds once", "[decimal]") {
  // 0.10 per minute for 61 s = 0.10 * 61 / 60 = 0.101666666666... -> 0.101666667
  CHECK(d("0.10").mul_div(61, 60) == d("0.101666667"));
  // VAT 18 % of 100 = 18
  CHECK(d("100").mul(d("0.18")) == d("18"));
  // 10 USD in EUR at 0.92 per USD
  CHECK(d("10").mul_div(d("0.92"), d("1")) == d("9.2"));
  // a million additions of 0.000000001 stay exact
  Decimal sum;
  for (int i = 0; i < 1'000'000; ++i) sum += Decimal::from_nanos(1);
  CHECK(sum == d("0.001"));
  CHECK_THROWS_AS(d("9000000000").mul(d("9000000000")), std::overflow_error);
}
