#pragma once
// What every page producer needs to turn rows into text for one user: the
// database, the user, the clock, the language, the user's time zone, money
// formatting (Nice_Number_Digits) and currency conversion. Built once per
// command by make_page_context().
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/pages/i18n.hpp"
#include "core/store/currencies.hpp"
#include "core/store/database.hpp"
#include "core/store/users.hpp"
#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

struct PageContext {
  store::Database& db;
  const store::User& user;
  const Clock& clock;
  Lang lang;
  TimeZone zone;          // the user's
  int digits;             // Nice_Number_Digits
  store::Currencies currencies;

  // An amount stored in the default currency, converted exactly into
  // `currency` (the value the data formats carry).
  Decimal converted(Decimal amount_in_default, std::string_view currency) const;
  // An amount stored in the default currency, shown in `currency`:
  // converted exactly, rounded to `digits`, trailing zeros trimmed.
  std::string money(Decimal amount_in_default, std::string_view currency) const;
  // The same with the currency code appended: "100 USD".
  std::string money_with_code(Decimal amount_in_default, std::string_view currency) const;
  // A stored UTC time ('YYYY-MM-DD HH:MM:SS') on the user's wall clock; ""
  // for an empty or malformed value.
  std::string local_time(std::string_view utc_text) const;
  // The currency to show: `requested` when given (it must be an active
  // currency, else Error(usage) naming --currency; an empty one too, as
  // `--currency ''` is surely a mistake), else (nullopt) the user's.
  std::string display_currency(std::optional<std::string_view> requested) const;
};

// Throws Error(usage) for an unknown time zone of the user (a data problem
// reported as such) and Error(storage) for unreadable settings.
PageContext make_page_context(store::Database& db, const store::User& user, const Clock& clock, Lang lang);

// The languages offered in <aval_languages> (en, ru).
inline constexpr std::string_view kAvailableLanguages[] = {"en", "ru"};

}  // namespace kolmi::pages
