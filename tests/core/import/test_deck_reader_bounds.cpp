// The bounds a deck row must keep (core/import/import_limits.hpp): prices
// up to 100000, seconds up to 7 days, names up to 255 characters without
// control characters. Just inside each bound passes, just outside fails.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "core/import/csv_reader.hpp"
#include "core/import/deck_reader.hpp"
#include "core/import/price_bounds.hpp"

using namespace kolmi;
using namespace kolmi::import;

namespace {

// "accepted", or "LINE: reason".
std::string outcome(std::string text, DeckKind kind = DeckKind::rates) {
  std::FILE* f = ::fmemopen(text.data(), text.size(), "rb");
  REQUIRE(f != nullptr);
  std::string result = "accepted";
  try {
    (void)read_deck(f, kind);
  } catch (const ImportError& e) {
    result = std::to_string(e.line()) + ": " + e.what();
  }
  std::fclose(f);
  return result;
}

const std::string kHead = "prefix,name,rate,connection_fee,increment,min_time,includedseconds\n";

}  // namespace

TEST_CASE("deck bounds: price per minute and connection fee up to 100000", "[import][deck][bounds]") {
  CHECK(outcome(kHead + "44,UK,100000,100000,1,0,0\n") == "accepted");
  CHECK(outcome(kHead + "44,UK,100000.000000001,0,1,0,0\n") ==
        "2: the price per minute '100000.000000001' is too large (at most 100000)");
  CHECK(outcome(kHead + "44,UK,1,100000.000000001,1,0,0\n") ==
        "2: the connection fee '100000.000000001' is too large (at most 100000)");
  // Beyond a Decimal: too large, not "not a number" (issue 10, defect 9).
  CHECK(outcome(kHead + "44,UK,9223372036.854775807,0,1,0,0\n") ==
        "2: the price per minute '9223372036.854775807' is too large (at most 100000)");
  CHECK(outcome(kHead + "44,UK,9300000000,0,1,0,0\n") ==
        "2: the price per minute '9300000000' is too large (at most 100000)");
  CHECK(outcome(kHead + "44,UK,-9300000000,0,1,0,0\n") ==
        "2: the price per minute '-9300000000' is negative");
  CHECK(outcome(kHead + "44,UK,93e8,0,1,0,0\n") == "2: the price per minute '93e8' is not a number");
  CHECK(outcome("prefix;name;rate\n44;UK;100000,5\n") ==
        "2: the price per minute '100000,5' is too large (at most 100000)");
}

TEST_CASE("deck bounds: increment, minimal time, included seconds up to 7 days", "[import][deck][bounds]") {
  CHECK(outcome(kHead + "44,UK,1,0,604800,604800,604800\n") == "accepted");
  CHECK(outcome(kHead + "44,UK,1,0,604801,0,0\n") ==
        "2: the increment '604801' is too large (at most 604800 seconds, 7 days)");
  CHECK(outcome(kHead + "44,UK,1,0,1,604801,0\n") ==
        "2: the minimal time '604801' is too large (at most 604800 seconds, 7 days)");
  CHECK(outcome(kHead + "44,UK,1,0,1,0,604801\n") ==
        "2: the included seconds '604801' is too large (at most 604800 seconds, 7 days)");
  CHECK(outcome(kHead + "44,UK,1,0,99999999999,0,0\n") ==
        "2: the increment '99999999999' is too large (at most 604800 seconds, 7 days)");
}

TEST_CASE("deck bounds: the longest call at the largest prices fits what kolmi can hold",
          "[import][deck][bounds]") {
  DeckPrice worst;
  worst.rate = kMaxDeckPrice;
  worst.connection_fee = kMaxDeckPrice;
  worst.increment = kMaxCallSeconds - 1;  // 604800 s bill as two increments: 1,209,598 s
  worst.min_time = kMaxCallSeconds;
  CHECK(longest_call_fits(worst));
  // Converted into a currency 1.1 times as large it still fits; 1.2 times does not.
  CHECK(longest_call_fits(worst, *Decimal::parse("1.1"), Decimal::from_units(1)));
  CHECK_FALSE(longest_call_fits(worst, *Decimal::parse("1.2"), Decimal::from_units(1)));
  // Absurd values never overflow the check itself.
  DeckPrice absurd;
  absurd.rate = Decimal::from_nanos(INT64_MAX);
  absurd.increment = INT64_MAX;
  CHECK_FALSE(longest_call_fits(absurd, Decimal::from_nanos(INT64_MAX), Decimal::from_nanos(1)));
}

TEST_CASE("deck bounds: names up to 255 characters, no control characters", "[import][deck][bounds]") {
  const std::string head = "prefix,destination,group\n";
  CHECK(outcome(head + "44," + std::string(255, 'n') + ",G\n", DeckKind::destinations) == "accepted");
  CHECK(outcome(head + "44," + std::string(254, 'n') + "ж,G\n", DeckKind::destinations) == "accepted");
  CHECK(outcome(head + "44," + std::string(256, 'n') + ",G\n", DeckKind::destinations) ==
        "2: the destination name is longer than 255 characters");
  CHECK(outcome(head + "44,UK," + std::string(256, 'g') + "\n", DeckKind::destinations) ==
        "2: the destination group is longer than 255 characters");
  CHECK(outcome(head + "44,U\x1BK,G\n", DeckKind::destinations) ==
        "2: the destination name has a control character");
  CHECK(outcome(head + "44,UK,G\x01\n", DeckKind::destinations) ==
        "2: the destination group has a control character");
  CHECK(outcome(head + "44,UK\x7F,G\n", DeckKind::destinations) ==
        "2: the destination name has a control character");
}
