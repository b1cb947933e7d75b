#pragma once
// The demo's countries, destinations and currencies as constant tables
// (demo_countries.cpp); demo_reference.cpp writes them into the database.
#include <span>
#include <string_view>

namespace kolmi::demo {

// Retail prices per minute in USD, in ten-thousandths (120 = 0.0120), set
// after typical VoIP retail price lists: cheap landlines in North America and
// Western Europe, dearer mobiles, Central Asia and Afghanistan dearest.
// `round` is the billing increment in seconds; a few groups bill whole
// minutes. `mob_fee`: a 0.01 connection fee (an 'event' detail) on the MOB group.
struct CountryDef {
  std::string_view name;
  std::string_view code;  // ISO 3166 alpha-3
  int fix_price;
  int mob_price;
  int fix_round;
  int mob_round;
  bool mob_fee;
};

// A real prefix: the country calling code, an area code of a big city or a
// mobile range. `length` is the usual length of a full number there (E.164
// digits without '+').
struct DestDef {
  std::string_view code;  // the country's alpha-3
  std::string_view prefix;
  bool mobile;
  int length;
  std::string_view name;
};

struct CurrencyDef {
  std::string_view code;
  std::string_view full_name;
  std::string_view rate;  // units per USD, the default currency
  bool active;
};

std::span<const CountryDef> country_table();
std::span<const DestDef> destination_table();
std::span<const CurrencyDef> currency_table();

}  // namespace kolmi::demo
