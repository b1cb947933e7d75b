#pragma once
// Reference data of the demo database: countries (directions), one FIX and
// one MOB destination group per country, destinations under real country
// calling codes, city and mobile prefixes, currencies, the two retail
// tariffs, two providers with their buy tariffs and the settings. None of it depends on the seed, so rates and
// destinations are the same in every demo database.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/demo/demo_random.hpp"
#include "core/store/database.hpp"

namespace kolmi::demo {

// A destination to dial under: its prefix and the length of a full
// international number there (E.164 digits, no '+').
struct DialPlan {
  std::string prefix;
  int length = 0;
};

struct Country {
  std::string code;           // ISO 3166 alpha-3
  std::string name;
  std::int64_t direction_id = 0;
  std::vector<DialPlan> fixed;   // the country code and city prefixes
  std::vector<DialPlan> mobile;  // mobile prefixes
};

struct Reference {
  std::vector<Country> countries;
  std::int64_t usd = 0, eur = 0, gbp = 0, rub = 0;  // currency ids
  std::int64_t tariff_usd = 0, tariff_eur = 0;
  // The buy side (issue 15): calls to the caller's own country leave through
  // "Carrier One" (peer carrier, buy tariff in USD, 6-second increments),
  // the others through "Wholesale Europe" (peer wholesale, in EUR), which
  // has no rate for Afghanistan and buys India's mobiles above the retail
  // price (a negative margin for the reports); the 1% to +882 leaves
  // through a trunk no provider claims (satlink).
  std::int64_t carrier_provider = 0, carrier_tariff = 0;
  std::int64_t wholesale_provider = 0, wholesale_tariff = 0;

  // Index into `countries`; throws std::logic_error for a code not in the table.
  std::size_t country_index(std::string_view alpha3) const;
  std::int64_t direction_id(std::string_view alpha3) const {
    return countries[country_index(alpha3)].direction_id;
  }
  std::int64_t currency_id(std::string_view code) const;
  // Users who pay in EUR get the EUR tariff; everyone else the USD one.
  std::int64_t tariff_for(std::string_view currency) const {
    return currency == "EUR" ? tariff_eur : tariff_usd;
  }
};

// Inserts the reference tables (directions ... aratedetails). Throws Error(storage).
Reference insert_reference(store::Database& db);

// Writes a full international number of `country` into `buf` (at least 20
// chars): a mobile one with probability mobile_percent, else a fixed one;
// the digits after the prefix are random. Returns the number.
std::string_view dial_number(Rng& rng, const Country& country, int mobile_percent, char* buf);
// The same, under one given prefix.
std::string_view dial_number(Rng& rng, const DialPlan& plan, char* buf);

}  // namespace kolmi::demo
