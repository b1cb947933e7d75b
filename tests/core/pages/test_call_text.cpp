// Per-row text of the call lists agrees with the general formatters it
// stands in for (Decimal::to_string, format_duration, Currencies::convert).
#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "core/pages/call_text.hpp"
#include "core/pages/format.hpp"
#include "tests/core/pages/call_fixture.hpp"

using namespace kolmi;

TEST_CASE("money text is Decimal::to_string without the allocation", "[calls]") {
  std::array<char, 32> buf{};
  const std::int64_t samples[] = {0,
                                  1,
                                  49,
                                  50,
                                  -50,
                                  499'999,
                                  500'000,
                                  -500'000,
                                  49'000'000,
                                  1'000'000'000,
                                  10'000'000'000,
                                  123'456'789,
                                  -123'456'789,
                                  999'950'000,
                                  11'500'000'000,
                                  INT64_MAX,
                                  INT64_MIN + 1};
  for (int digits = 0; digits <= 9; ++digits) {
    for (std::int64_t n : samples) {
      Decimal d = Decimal::from_nanos(n);
      INFO(n << " to " << digits << " digits");
      CHECK(std::string(pages::money_text(d, digits, buf)) == d.to_string(digits));
    }
  }
  CHECK(pages::money_text(Decimal::from_nanos(49'000'000), 4, buf) == "0.049");
  CHECK(pages::money_text(Decimal::from_nanos(-40'000), 4, buf) == "0");  // rounds to zero: no "-0"
}

TEST_CASE("duration text is HH:MM:SS, hours growing past 99", "[calls]") {
  std::array<char, 32> buf{};
  for (std::int64_t s : {0L, 1L, 59L, 60L, 3599L, 3600L, 36'000L, 359'999L, 360'000L, 450'000'000L, -5L}) {
    CHECK(std::string(pages::duration_text(s, buf)) == pages::format_duration(s));
  }
  CHECK(pages::duration_text(36, buf) == "00:00:36");
  CHECK(pages::duration_text(450'000, buf) == "125:00:00");
}

TEST_CASE("hangup causes from dispositions, in English and Russian", "[calls]") {
  using pages::Lang;
  CHECK(pages::hangup_cause_text("ANSWERED", Lang::en) == "Answered");
  CHECK(pages::hangup_cause_text("NO ANSWER", Lang::en) == "No Answer");
  CHECK(pages::hangup_cause_text("BUSY", Lang::en) == "Busy");
  CHECK(pages::hangup_cause_text("FAILED", Lang::en) == "Failed");
  CHECK(pages::hangup_cause_text("CONGESTION", Lang::en) == "Failed");
  CHECK(pages::hangup_cause_text("", Lang::en) == "Failed");
  CHECK(pages::hangup_cause_text("ANSWERED", Lang::ru) == "Отвечен");
  CHECK(pages::hangup_cause_text("NO ANSWER", Lang::ru) == "Нет ответа");
  CHECK(pages::hangup_cause_text("BUSY", Lang::ru) == "Занято");
  CHECK(pages::hangup_cause_text("CONGESTION", Lang::ru) == "Ошибка");
}

TEST_CASE("the price converter repeats Currencies::convert exactly", "[calls]") {
  test::CallFixture f;
  auto currencies = store::Currencies::load(f.db);
  for (const char* code : {"USD", "EUR", "GBP", "JPY"}) {
    pages::PriceConverter convert(currencies, code);
    for (std::int64_t n : {0L, 1L, 7L, 49'000'000L, 123'456'789'012L, -3L}) {
      INFO(code << " " << n);
      CHECK(convert(Decimal::from_nanos(n)) == currencies.convert(Decimal::from_nanos(n), "USD", code));
    }
  }
  CHECK(pages::PriceConverter{}(Decimal::from_nanos(5)) == Decimal::from_nanos(5));
  f.db.exec("UPDATE currencies SET exchange_rate = 0 WHERE name = 'GBP'");
  CHECK_THROWS_AS(pages::PriceConverter(store::Currencies::load(f.db), "GBP"), Error);
}
