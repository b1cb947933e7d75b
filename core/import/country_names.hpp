#pragma once
// Country names for deriving a destination's country (direction) from its
// name in a rate deck: "Afghanistan Cellular-AT" -> AFG, "St. Kitts
// Cellular" -> KNA, "USA - Texas" -> USA. A built-in table (ISO 3166-1
// names, plus the spellings rate decks use) so a fresh database, whose
// directions table is empty, still gets countries.
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::import {

struct CountryName {
  std::string_view code;  // ISO 3166 alpha-3 (XKX for Kosovo)
  std::string_view name;  // a short English name: "Russia", "United Kingdom"
};

struct CountryAlias {
  std::string_view words;  // normalised (normalize_words): "saint kitts"
  std::string_view code;
};

// Lower-case ASCII letters and digits; every run of anything else becomes one
// space (trimmed); the word "st" becomes "saint". "St. Kitts-Nevis" ->
// "saint kitts nevis". Bytes outside ASCII count as separators.
std::string normalize_words(std::string_view text);

// The country a normalised alias names; nullopt when none.
std::optional<std::string_view> builtin_country_code(std::string_view normalized_words);

// The built-in short name of an alpha-3 code; nullopt when unknown.
std::optional<std::string_view> builtin_country_name(std::string_view code);

}  // namespace kolmi::import
