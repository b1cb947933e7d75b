// exporters/pdf/document_words: the words and number forms of a document in
// the reader's language (decimal mark, month words, fixed decimals).
#include <catch2/catch.hpp>

#include <array>
#include <limits>
#include <string>

#include "core/decimal.hpp"
#include "exporters/pdf/document_words.hpp"

using kolmi::Decimal;
using kolmi::pages::Lang;
namespace pdf = kolmi::exporters::pdf;

namespace {
Decimal dec(const char* text) {
  return *Decimal::parse(text);
}
}  // namespace

TEST_CASE("document words: the decimal mark of the language", "[pdf]") {
  CHECK(pdf::decimal_mark(Lang::en) == '.');
  CHECK(pdf::decimal_mark(Lang::ru) == ',');
}

TEST_CASE("document words: money with a fixed number of decimals", "[pdf]") {
  CHECK(pdf::fixed_money(dec("20"), 2, '.') == "20.00");
  CHECK(pdf::fixed_money(dec("12.5"), 2, ',') == "12,50");
  CHECK(pdf::fixed_money(dec("0.049"), 4, '.') == "0.0490");
  CHECK(pdf::fixed_money(dec("0"), 2, '.') == "0.00");
  CHECK(pdf::fixed_money(dec("1234567.891"), 0, '.') == "1234568");  // no mark, no separators
  // Rounded once, half away from zero.
  CHECK(pdf::fixed_money(dec("0.005"), 2, '.') == "0.01");
  CHECK(pdf::fixed_money(dec("0.0049999"), 2, '.') == "0.00");
  CHECK(pdf::fixed_money(dec("-0.005"), 2, '.') == "-0.01");
  CHECK(pdf::fixed_money(dec("-1.5"), 2, ',') == "-1,50");
  CHECK(pdf::fixed_money(dec("0.123456789"), 9, '.') == "0.123456789");
  CHECK(pdf::fixed_money(dec("2.5"), 12, '.') == "2.500000000");  // digits clamped to 9
  // The extremes of int64 nano-units fit the buffer.
  CHECK(pdf::fixed_money(Decimal::from_nanos(std::numeric_limits<std::int64_t>::max()), 9, '.') ==
        "9223372036.854775807");
  CHECK(pdf::fixed_money(Decimal::from_nanos(std::numeric_limits<std::int64_t>::min()), 9, ',') ==
        "-9223372036,854775808");
  // The buffer form gives the same text.
  std::array<char, 40> buf{};
  CHECK(pdf::fixed_money(dec("3.14159"), 3, ',', buf) == "3,142");
}

TEST_CASE("document words: dates with month words", "[pdf]") {
  CHECK(pdf::date_words("2026-11-01", Lang::en) == "1 November 2026");
  CHECK(pdf::date_words("2026-11-01", Lang::ru) == "1 ноября 2026");
  CHECK(pdf::date_words("2026-01-31", Lang::ru) == "31 января 2026");
  CHECK(pdf::date_words("2026-05-09", Lang::en) == "9 May 2026");
  CHECK(pdf::date_words("2026-11-30 23:59:59", Lang::en) == "30 November 2026, 23:59:59");
  CHECK(pdf::date_words("2026-03-08 00:00:00", Lang::ru) == "8 марта 2026, 00:00:00");
  // Not a date: unchanged.
  CHECK(pdf::date_words("2026-13-01", Lang::en) == "2026-13-01");
  CHECK(pdf::date_words("today", Lang::en) == "today");
  CHECK(pdf::date_words("", Lang::ru).empty());
}

TEST_CASE("document words: talk time and percentages", "[pdf]") {
  CHECK(pdf::talk_time(0) == "0:00:00");
  CHECK(pdf::talk_time(3661) == "1:01:01");
  CHECK(pdf::talk_time(360066) == "100:01:06");
  CHECK(pdf::talk_time(-5) == "0:00:00");
  CHECK(pdf::percent_words(dec("18"), Lang::en) == "18\u00a0%");
  CHECK(pdf::percent_words(dec("7.5"), Lang::ru) == "7,5\u00a0%");
  CHECK(pdf::percent_words(dec("7.5"), Lang::en) == "7.5\u00a0%");
}

TEST_CASE("document words: labels in the reader's language", "[pdf]") {
  CHECK(pdf::word(Lang::en, "Total with VAT") == "Total with VAT");
  CHECK(pdf::word(Lang::ru, "Total with VAT") == "Итого с НДС");
  CHECK(pdf::word(Lang::ru, "Issue date") == "Дата выставления");
  // Page words come from the pages' vocabulary.
  CHECK(pdf::word(Lang::ru, "Destination") == "Направление");
}
