// The rate deck reader: columns by name, ASTPP patterns, values checked,
// every malformed row reported with its line.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "core/import/csv_reader.hpp"
#include "core/import/deck_reader.hpp"

using namespace kolmi;
using namespace kolmi::import;

namespace {

Deck read(std::string text, DeckKind kind = DeckKind::rates) {
  std::FILE* f = ::fmemopen(text.data(), text.size(), "rb");
  REQUIRE(f != nullptr);
  try {
    Deck d = read_deck(f, kind);
    std::fclose(f);
    return d;
  } catch (...) {
    std::fclose(f);
    throw;
  }
}

// "LINE: message" of a deck that must be refused.
std::string refusal(std::string text, DeckKind kind = DeckKind::rates) {
  try {
    read(std::move(text), kind);
  } catch (const ImportError& e) {
    return std::to_string(e.line()) + ": " + e.what();
  }
  FAIL("the deck was accepted");
  return {};
}

}  // namespace

TEST_CASE("deck reader: ASTPP columns in their own order, patterns become prefixes", "[import][deck]") {
  Deck d = read(
      "pattern,comment,connectcost,includedseconds,cost,inc\n"
      "^93.*,Afghanistan,0.00000,0,0.20930,6\n"
      "^9375.*,Afghanistan Cellular-AT,0.05,30,0.22040,60\n");
  REQUIRE(d.rows.size() == 2);
  CHECK(d.read == 2);
  CHECK(d.rows[0].prefix == "93");
  CHECK(d.rows[0].line == 2);
  CHECK(d.rows[1].prefix == "9375");
  CHECK(d.rows[1].name == "Afghanistan Cellular-AT");
  CHECK(d.rows[1].price.rate == *Decimal::parse("0.2204"));
  CHECK(d.rows[1].price.connection_fee == *Decimal::parse("0.05"));
  CHECK(d.rows[1].price.included_seconds == 30);
  CHECK(d.rows[1].price.increment == 60);
  CHECK(d.rows[1].price.min_time == 0);
}

TEST_CASE("deck reader: A2Billing names, any case, semicolon with decimal commas, a BOM", "[import][deck]") {
  Deck d = read(
      "\xEF\xBB\xBF"
      "DialPrefix; Destination ;RateInitial;InitBlock;BillingBlock;ConnectCharge;SubCode\n"
      "370;Lithuania;0,12;60;30;0,5;fix\n"
      "+3706; Lithuania mobile ;0.3;;;;\n");
  REQUIRE(d.rows.size() == 2);
  CHECK(d.rows[0].price.rate == *Decimal::parse("0.12"));
  CHECK(d.rows[0].price.min_time == 60);
  CHECK(d.rows[0].price.increment == 30);
  CHECK(d.rows[0].price.connection_fee == *Decimal::parse("0.5"));
  CHECK(d.rows[0].subcode == "FIX");
  CHECK(d.rows[1].prefix == "3706");
  CHECK(d.rows[1].name == "Lithuania mobile");
  CHECK(d.rows[1].subcode.empty());  // derived later from the name
  CHECK(d.rows[1].price.increment == 1);
  CHECK(d.rows[1].price.connection_fee.is_zero());
}

TEST_CASE("deck reader: an increment of 0 bills by the second, 6.0 is six seconds", "[import][deck]") {
  Deck d = read("prefix,name,rate,increment\n1,USA,0.01,0\n44,UK,0.02,6.0\n");
  CHECK(d.rows[0].price.increment == 1);
  CHECK(d.rows[1].price.increment == 6);
}

TEST_CASE("deck reader: a destination list needs no price and ignores price columns", "[import][deck]") {
  Deck d = read("prefix,destination\n43800,Austria fix\n437956,Austria fix\n", DeckKind::destinations);
  REQUIRE(d.rows.size() == 2);
  CHECK(d.rows[1].prefix == "437956");
  CHECK(refusal("prefix,destination\n1,USA\n") ==
        "1: no column for the price per minute (a header named rate, "
        "cost, price, rateinitial)");
}

TEST_CASE("deck reader: a prefix repeated with the same values is counted once", "[import][deck]") {
  Deck d = read("prefix,name,rate\n44,UK,0.02\n44,UK,0.020\n");
  CHECK(d.rows.size() == 1);
  CHECK(d.read == 2);
  CHECK(d.repeated == 1);
}

TEST_CASE("deck reader: malformed decks are refused with their line", "[import][deck]") {
  const std::string head = "pattern,comment,cost,inc\n^44.*,UK,0.01,6\n";
  CHECK(refusal("comment,cost\nUK,0.1\n") ==
        "1: no column for the prefix (a header named prefix, dialprefix, pattern)");
  CHECK(refusal("prefix,name,rate,cost\n1,x,1,1\n") ==
        "1: columns 'rate' and 'cost' both give the price per minute");
  CHECK(refusal(head + ",UK,0.01,6\n") == "3: the prefix is empty");
  CHECK(
      refusal(head + "^4[4-5].*,UK,0.01,6\n") ==
      "3: pattern '^4[4-5].*' is not of the form ^DIGITS.* (other regular expressions cannot be turned into "
      "a prefix)");
  CHECK(refusal(head + "^.*,UK,0.01,6\n").starts_with("3: pattern '^.*' is not of the form"));
  CHECK(refusal(head + "44x,UK,0.01,6\n") == "3: prefix '44x' is not digits");
  CHECK(refusal(head + "^45.*,Denmark,abc,6\n") == "3: the price per minute 'abc' is not a number");
  CHECK(refusal(head + "^45.*,Denmark,-0.01,6\n") == "3: the price per minute '-0.01' is negative");
  CHECK(refusal(head + "^45.*,Denmark,,6\n") == "3: the price per minute is empty");
  CHECK(refusal(head + "^45.*,Denmark,0.1,1.5\n") ==
        "3: the increment '1.5' is not a whole number of seconds");
  CHECK(refusal(head + "^45.*,,0.1,6\n") == "3: the destination name is empty");
  CHECK(refusal(head + "^45.*,Denmark,0.1\n") == "3: 3 columns, but the header has 4");
  CHECK(refusal(head + "^44.*,UK,0.02,6\n") == "3: prefix 44 again, with a different price than on line 2");
  CHECK(refusal(head + "^44.*,Britain,0.01,6\n") ==
        "3: prefix 44 again, with a different destination than on line 2");
  CHECK(refusal("pattern,comment,cost\n") == "2: no data rows after the header");
  CHECK(refusal("") == "1: empty file: no header row");
  CHECK(refusal(head + "^45.*,\"Denmark,0.1,6\n") == "3: unterminated quoted field (a \" is never closed)");
  CHECK(refusal("prefix,name,rate,subcode\n1,x,1,MOB ILE\n") ==
        "2: subcode 'MOB ILE' is not a word such as FIX or MOB");
}

TEST_CASE("deck reader: parse_prefix accepts digits, +digits and ^digits.* only", "[import][deck]") {
  std::string error;
  CHECK(parse_prefix("^9375.*", error) == "9375");
  CHECK(error.empty());
  CHECK(parse_prefix("+44", error) == "44");
  CHECK(parse_prefix("^44", error) == "44");  // no tail: the same prefix
  CHECK(parse_prefix("44.*", error).empty());
  CHECK(error == "prefix '44.*' is not digits");
  CHECK(parse_prefix(std::string(33, '1'), error).empty());
  CHECK(error.ends_with("is longer than 32 digits"));
}

TEST_CASE("deck reader: both real decks read completely", "[import][deck]") {
  for (auto [file, kind, rows] :
       {std::tuple{"astpp-outbound-routes.csv", DeckKind::rates, 36'205},
        std::tuple{"a2billing-prefixes-josko.csv", DeckKind::destinations, 38'499}}) {
    std::FILE* f = std::fopen((std::string(KOLMI_TEST_DATA_DIR) + "/rating/" + file).c_str(), "rb");
    REQUIRE(f != nullptr);
    Deck d = read_deck(f, kind);
    std::fclose(f);
    CHECK(d.read == rows);
    CHECK(static_cast<std::int64_t>(d.rows.size()) == rows);
  }
}
