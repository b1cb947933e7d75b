#pragma once
// How a deck row that names no group gets its subcode, country and group.
//
// RULES (documented in man/kolmi.1, "admin import"):
//  - Subcode: the file's subcode column; else MOB when the name has the word
//    "mobile", "cellular" or "mob" (any case; words split at anything but a
//    letter or digit, so "Cellular-AT" counts), else FIX.
//  - Country (destinations.direction_code, ISO 3166 alpha-3): the longest run
//    of the name's leading words (up to six) that names a country, first as
//    a name in the directions table, then in the built-in table
//    (country_names.hpp): "Afghanistan Cellular-AT" -> AFG, "USA - Texas" ->
//    USA, "St. Kitts Cellular" -> KNA. When the name names none: the
//    destination's own stored country, else the country of the longest
//    shorter prefix (in the file or the database) that has one.
//  - Group: the file's group column; else the country's name (as in the
//    directions table, else the built-in name) with the subcode as its
//    desttype, so "Afghanistan Cellular-AT" is in group "Afghanistan"/MOB
//    and the rates page reads "Afghanistan MOB"; with no country, the
//    name's first word ("Inmarsat-BGAN" -> "Inmarsat").
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kolmi::import {

// MOB or FIX by the rule above.
std::string derive_subcode(std::string_view name);

// The name's first word, split at a space or '-': "Inmarsat-BGAN" -> "Inmarsat".
std::string first_word(std::string_view name);

// Country names to alpha-3 codes: the directions table's, then the built-in ones.
class CountryIndex {
 public:
  // A directions row; an earlier name for the same words wins.
  void add_direction(std::string_view name, std::string_view code);
  // The country the name's leading words name; nullopt when none.
  std::optional<std::string> country_of(std::string_view destination_name) const;

 private:
  std::unordered_map<std::string, std::string> directions_;  // normalised name -> code
};

}  // namespace kolmi::import
