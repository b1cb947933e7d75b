#pragma once
// Reading a rate deck or destination list (CSV with a header row) into rows:
// which column is which, and every value checked. No database here, so the
// fuzz target runs it on any bytes.
//
// Columns are recognised by their header name, case-insensitive, in any
// order; others are ignored:
//   prefix          prefix, dialprefix, pattern (ASTPP's "^9375.*" accepted)
//   name            destination, comment, name
//   price/minute    rate, cost, price, rateinitial
//   connection fee  connection_fee, connectcost, connectcharge
//   increment       increment, inc, billingblock  (seconds; 0 means 1)
//   minimal time    min_time, initblock           (seconds)
//   included secs   includedseconds, included_seconds (free seconds, ASTPP)
//   subcode         subcode                       (FIX, MOB, ...)
//   group           group, destinationgroup, destination_group
//   effective date  effective_date, effective_from, effective from,
//                   effective date (rates only: 'YYYY-MM-DD', 'YYYY-MM-DD
//                   HH:MM:SS' or with a 'T'; read in the zone the import
//                   is told, deck_import.hpp; empty: --effective-from)
// The separator is ',' unless the header line has ';' and no ','.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/import/import_limits.hpp"

namespace kolmi::import {

enum class DeckKind {
  destinations,  // needs prefix and name; price columns are ignored
  rates,         // needs prefix, name and price
};

// What a deck says a call to one prefix costs.
struct DeckPrice {
  Decimal rate;            // per minute
  Decimal connection_fee;  // once per call that is charged
  std::int64_t increment = 1;
  std::int64_t min_time = 0;
  std::int64_t included_seconds = 0;
  friend bool operator==(const DeckPrice&, const DeckPrice&) = default;
};

struct DeckRow {
  std::size_t line = 0;
  std::string prefix;   // digits only
  std::string name;     // trimmed, never empty
  std::string subcode;  // upper-case; "" = derive from the name
  std::string group;    // "" = derive (country + subcode)
  DeckPrice price;      // rates only
  // Rates only: the effective date as written, normalised to 'YYYY-MM-DD
  // HH:MM:SS' on the deck's wall clock (not yet a UTC instant); "" when the
  // deck has no such column or the cell is empty.
  std::string effective;
};

struct Deck {
  std::vector<DeckRow> rows;  // in file order, one per prefix (and effective date)
  std::int64_t read = 0;      // data records in the file
  std::int64_t repeated = 0;  // records repeating an earlier prefix with the same values
};

// The longest prefix accepted, in digits.
inline constexpr std::size_t kMaxPrefixDigits = 32;
// The largest increment, minimal time or included seconds accepted: the
// longest call (import_limits.hpp).
inline constexpr std::int64_t kMaxDeckSeconds = kMaxCallSeconds;

// Reads the whole file. Throws ImportError(line, reason) for a missing
// column, a bad value (empty or non-digit prefix, a regex other than
// ^DIGITS.*, a price that is not a number or is negative, a price above
// kMaxDeckPrice or seconds above kMaxDeckSeconds ("too large"), a name or
// group with a control character or longer than kMaxDeckNameChars, an
// effective date that is not a date), a prefix repeated with different
// values (and the same effective date: two rates in force at once), or a
// file without data rows;
// std::runtime_error when the file cannot be read.
Deck read_deck(std::FILE* file, DeckKind kind);

// "^9375.*" -> "9375", "+44" -> "44", "9375" -> "9375"; nullopt-like empty
// string with `error` set when the text is not a prefix. Exposed for tests.
std::string parse_prefix(std::string_view text, std::string& error);

}  // namespace kolmi::import
