#pragma once
// The user's personal rates: one row per destination group that the user's
// tariff prices, with the price per minute without and with the user's VAT in
// a chosen currency. The rates page (`kolmi rates`) and the personal rates
// exports (CSV, PDF) render these same rows.
//
// WHICH RATE IS LISTED (documented in the man page, "DEVIATIONS"):
//  - A group is listed when the tariff has a group rate for it: a `rates` row
//    with that destinationgroup_id and no destination_id (a row naming a
//    destination prices that destination only, as in the rating engine).
//    Of several such rows the lowest id wins, as in the rating engine. A rate
//    without any aratedetails prices no call (the engine leaves such calls
//    unrated), so its group is not listed either.
//  - "The" rate of a group is the price of one 'minute' detail of that rate:
//    the first all-day detail (start_time 00:00:00, end_time 23:59:59,
//    daytype '') in the order the engine applies intervals ("from", then id);
//    when the rate has only time-of-day or day-type minute details, the first
//    of those in the same order; when it has no minute detail (event charges
//    only), 0.
//  - Prices are in the tariff's currency (tariffs.currency); they are shown in
//    the chosen currency as price x rate(chosen) / rate(tariff currency), and
//    with VAT as that x (1 + vat_percent / 100). Each value is computed
//    exactly and rounded once, half away from zero, to the requested digits.
//  - Order: group name, then desttype, then group id (byte order of the UTF-8
//    text, i.e. by code point; not locale collation).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/currencies.hpp"
#include "core/store/database.hpp"
#include "core/store/personal_rate_rows.hpp"
#include "core/store/users.hpp"

namespace kolmi::pages {

struct PersonalRate {
  std::int64_t group_id = 0;
  std::string name;       // destinationgroups.name
  std::string flag;       // destinationgroups.flag, an icon file name
  std::string type;       // destinationgroups.desttype (FIX, MOB, ...)
  Decimal rate;           // per minute without VAT, in the chosen currency, rounded to `digits`
  Decimal rate_with_vat;  // the same with the user's VAT, rounded once from the exact value
};

// A forward-only cursor over the user's personal rates, read from the
// database as they are asked for (no list is built in memory).
class PersonalRates {
 public:
  // `currency` is the code to show prices in; it must be in `currencies`
  // (pages pass PageContext::display_currency()). `digits` is the number of
  // decimals to round to, 0-9 (Nice_Number_Digits for pages). A user without a
  // tariff has no rows. `db` must outlive the cursor; `user` and
  // `currencies` are only read here. Throws Error(storage) when the tariff's
  // currency or `currency` has no positive exchange rate. The rates are
  // those in force at `at` (pages: now), dated rates (store/rate_versions.hpp);
  // nullopt: the latest versions.
  PersonalRates(store::Database& db, const store::User& user, const store::Currencies& currencies,
                std::string_view currency, int digits, std::optional<Seconds> at = std::nullopt);

  // Fills `row` with the next rate; false after the last one (and on every
  // call after that). Throws Error(storage) for a rate detail that cannot be
  // understood or a price that does not fit after conversion (naming it).
  bool next(PersonalRate& row);

 private:
  store::Database* db_;
  std::optional<store::ListedGroupCursor> groups_;  // absent: no tariff, or finished
  std::optional<store::RateDetailCursor> details_;
  std::int64_t tariff_id_ = 0;
  Decimal rate_to_;    // exchange rate of the chosen currency
  Decimal rate_from_;  // exchange rate of the tariff's currency
  Decimal vat_percent_;
  int digits_ = 4;
};

// The name and flag of a destination group that the user's tariff prices by
// the rules above (the groups PersonalRates lists); nullopt for a missing
// group, a group outside the user's tariff, or a user without a tariff.
struct PersonalGroup {
  std::string name;
  std::string flag;
};
std::optional<PersonalGroup> find_personal_group(store::Database& db, const store::User& user,
                                                 std::int64_t group_id, std::optional<Seconds> at = std::nullopt);

}  // namespace kolmi::pages
