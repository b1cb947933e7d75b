// The arithmetic behind typed XLSX cells: money stays exact (a number only
// when the sheet's text of the double is the printed decimal), dates are
// Excel serials that give back the same second, durations fractions of days.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <string>

#include <fmt/format.h>

#include "core/decimal.hpp"
#include "core/time/datetime.hpp"
#include "exporters/xlsx/xlsx_values.hpp"

using namespace kolmi::exporters::xlsx;
using kolmi::Decimal;

namespace {

// "1.65E-07" as "0.000000165": the sheet's number text as a plain decimal,
// so Decimal::parse reads what a spreadsheet reads.
std::string plain(const std::string& sheet_text) {
  const auto e = sheet_text.find('E');
  if (e == std::string::npos) return sheet_text;
  std::string mantissa = sheet_text.substr(0, e);
  const int exponent = std::stoi(sheet_text.substr(e + 1));
  const bool negative = mantissa.starts_with('-');
  if (negative) mantissa.erase(0, 1);
  auto point = mantissa.find('.');
  if (point == std::string::npos) point = mantissa.size();
  std::string digits = mantissa;
  if (point < digits.size()) digits.erase(point, 1);
  auto new_point = static_cast<long>(point) + exponent;
  while (new_point <= 0) {
    digits.insert(0, "0");
    ++new_point;
  }
  while (static_cast<long>(digits.size()) < new_point) digits += '0';
  digits.insert(static_cast<std::size_t>(new_point), ".");
  return (negative ? "-" : "") + digits;
}

// Digits of a decimal without its sign, point, leading and trailing zeros.
std::size_t significant_digits(std::string text) {
  std::erase(text, '-');
  if (text.find('.') != std::string::npos) {
    while (text.ends_with('0')) text.pop_back();
  }
  std::erase(text, '.');
  const auto first = text.find_first_not_of('0');
  return first == std::string::npos ? 0 : text.size() - first;
}

// What a spreadsheet reads from the cell of `value` (the double nearest to
// the sheet's text), shown with 15 significant digits, as a Decimal.
std::optional<Decimal> read_back(double value) {
  const double read = std::stod(sheet_number_text(value));
  return Decimal::parse(plain(fmt::format("{:.15G}", read)));
}

}  // namespace

TEST_CASE("exact_number: the smallest, the largest and negative nano-unit amounts", "[xlsx]") {
  REQUIRE(exact_number("0.000000001"));
  CHECK(*exact_number("0.000000001") == 1e-9);
  CHECK(sheet_number_text(*exact_number("0.000000001")) == "1e-09");
  CHECK(*exact_number("-0.000000001") == -1e-9);
  CHECK(*exact_number("0.05") == 0.05);
  CHECK(sheet_number_text(*exact_number("0.05")) == "0.05");
  CHECK(*exact_number("-12.5") == -12.5);
  CHECK(*exact_number("10") == 10.0);
  CHECK(*exact_number("0.1000") == 0.1);
  CHECK(sheet_number_text(*exact_number("99999999.9999")) == "99999999.9999");
  CHECK(sheet_number_text(*exact_number("-1234567.125")) == "-1234567.125");
  // The sheet gets the shortest text that reads back as the same double
  // (with 16 significant digits, 9922600.7's double would be written
  // 9922600.699999999): shown (15 digits) as 9922600.7, a number.
  CHECK(sheet_number_text(9922600.7) == "9922600.7");
  CHECK(sheet_number_text(-0.0) == "0");
  REQUIRE(exact_number("9922600.7"));
  CHECK(read_back(*exact_number("9922600.7")) == Decimal::parse("9922600.7"));
  // The largest amount at 4 decimals: 14 digits, a number.
  REQUIRE(exact_number("9223372036.8548"));
  CHECK(read_back(*exact_number("-9223372036.8548")) == Decimal::parse("-9223372036.8548"));
  // 15 significant digits are numbers; 16 and more are text.
  CHECK(exact_number("123456789.012345"));
  CHECK(exact_number("-0.00000000100000"));
  CHECK_FALSE(exact_number("1234567890.123456"));
  CHECK_FALSE(exact_number("1234567890123456"));
  // The extremes of int64 nano-units at 9 decimals: 19 digits, no double.
  CHECK_FALSE(exact_number("9223372036.854775807"));
  CHECK_FALSE(exact_number("-9223372036.854775808"));
  CHECK_FALSE(exact_number("9000000000.000000001"));
}

TEST_CASE("exact_number: zero has no sign, and only decimals are numbers", "[xlsx]") {
  REQUIRE(exact_number("-0"));
  CHECK_FALSE(std::signbit(*exact_number("-0")));
  CHECK(*exact_number("0") == 0.0);
  CHECK(*exact_number("0.0000") == 0.0);
  for (const char* bad :
       {"", "-", ".", "abc", "1.2.3", "1e5", "1,5", "+1", " 1", "1 ", "0x10", "inf", "nan"}) {
    INFO(bad);
    CHECK_FALSE(exact_number(bad));
  }
}

TEST_CASE("exact_number: amounts below 10^8 with up to 6 decimals are numbers that read back exactly",
          "[xlsx]") {
  // Random nano-unit amounts (prices, totals), rounded as the exports print
  // them (at most 14 significant digits): numbers that read back exactly.
  std::mt19937_64 random(16);
  constexpr std::int64_t kLimit = 100'000'000LL * Decimal::kScale;
  for (int digits : {0, 2, 4, 6}) {
    int numbers = 0;
    for (int i = 0; i < 20'000; ++i) {
      const auto nanos = static_cast<std::int64_t>(random() % (2 * kLimit)) - kLimit;
      const std::string printed = Decimal::from_nanos(nanos).to_string(digits);
      INFO(printed);
      if (const auto value = exact_number(printed)) {
        ++numbers;
        CHECK(read_back(*value) == Decimal::parse(printed));
      }
    }
    INFO(digits << " decimals: " << numbers << " numbers of 20000");
    CHECK(numbers >= 19'990);
  }
}

TEST_CASE("exact_number over the whole int64 range: a number exactly when it reads back", "[xlsx]") {
  std::mt19937_64 random(64);
  for (int digits : {2, 4}) {
    int numbers = 0;
    for (int i = 0; i < 20'000; ++i) {
      const auto nanos = static_cast<std::int64_t>(random());
      const std::string printed = Decimal::from_nanos(nanos).to_string(digits);
      INFO(printed);
      const auto value = exact_number(printed);
      if (value) ++numbers;
      // The answer is right both ways: a number reads back as the decimal,
      // and a refused decimal would not have.
      const double nearest = std::stod(printed);
      CHECK(value.has_value() ==
            (significant_digits(printed) <= 15 && read_back(nearest) == Decimal::parse(printed)));
    }
    CHECK(numbers > 0);
  }
}

TEST_CASE("exact_number at 9 decimals: a number exactly when it prints back", "[xlsx]") {
  std::mt19937_64 random(9);
  int numbers = 0;
  for (int i = 0; i < 20'000; ++i) {
    // Small and large amounts alike.
    const auto nanos = static_cast<std::int64_t>(random()) >> (random() % 60);
    const std::string printed = Decimal::from_nanos(nanos).to_string(9);
    INFO(printed);
    if (auto value = exact_number(printed)) {
      ++numbers;
      CHECK(read_back(*value) == Decimal::parse(printed));
    }
  }
  CHECK(numbers > 1000);
  CHECK(numbers < 20'000);
}

TEST_CASE("excel_date: serial days since 1899-12-30 of the wall-clock time", "[xlsx]") {
  CHECK(*excel_date("1900-03-01 00:00:00") == 61.0);
  CHECK(*excel_date("1970-01-01") == 25'569.0);
  CHECK(*excel_date("2026-11-28 00:00:00") == 46'354.0);
  CHECK(*excel_date("2026-11-28 12:00:00") == 46'354.5);
  CHECK(*excel_date("2026-11-28 09:30:00") == 46'354.0 + 34'200.0 / 86'400.0);
  CHECK(*excel_date("1969-12-31 18:00:00") == 25'568.75);
  // Before Excel's phantom 1900-02-29, serials are a day off: not dates.
  CHECK_FALSE(excel_date("1900-02-28 23:59:59"));
  for (const char* bad :
       {"", "2026-02-30 00:00:00", "2026-11-28T09:30:00", "2026-11-28 24:00:00", "yesterday"}) {
    INFO(bad);
    CHECK_FALSE(excel_date(bad));
  }
}

TEST_CASE("excel_date gives back every second of a day", "[xlsx]") {
  for (const char* day : {"1900-03-01", "2026-11-28", "2099-12-31", "9999-12-31"}) {
    const std::int64_t base = kolmi::parse_utc(day)->time_since_epoch().count();
    for (std::int64_t s = 0; s < 86'400; ++s) {
      const std::string text = kolmi::format_utc(kolmi::Seconds(std::chrono::seconds(base + s)));
      const double serial = *excel_date(text);
      const auto back = static_cast<std::int64_t>(std::llround((serial - 25'569.0) * 86'400.0));
      if (back != base + s) FAIL(text);
    }
  }
}

TEST_CASE("durations are fractions of a day", "[xlsx]") {
  CHECK(excel_duration(0) == 0.0);
  CHECK(excel_duration(3600) == 1.0 / 24.0);
  CHECK(excel_duration(86'400 * 3) == 3.0);
  CHECK(std::llround(excel_duration(123'456) * 86'400) == 123'456);
}

TEST_CASE("money_format: fixed decimals and the currency code", "[xlsx]") {
  CHECK(money_format(4, "EUR") == "#,##0.0000 \"EUR\"");
  CHECK(money_format(2, "USD") == "#,##0.00 \"USD\"");
  CHECK(money_format(0, "") == "#,##0");
  CHECK(money_format(9, "RUB") == "#,##0.000000000 \"RUB\"");
  // A code that would need escaping in a format is left out.
  CHECK(money_format(2, "E\"R") == "#,##0.00");
  CHECK(money_format(2, "EU R") == "#,##0.00");
}

TEST_CASE("shown_width counts characters, not bytes", "[xlsx]") {
  CHECK(shown_width("Price") == 5);
  CHECK(shown_width("Цена") == 4);
  CHECK(shown_width("") == 0);
}
