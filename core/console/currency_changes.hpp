#pragma once
// kolmi admin currency add|set|enable|disable: each checks every value
// before anything is written, then changes one currency in one transaction
// with its audit row (target "currency").
//
// Exchange rates are units of a currency per one unit of the default
// currency (conflines Default_Currency), so the default's rate is 1 by
// definition: it cannot be re-rated, nor disabled. A currency that users or
// tariffs use cannot be disabled either (exit 1 naming them): a user's pages
// and a tariff's prices need their currency among the active ones, and
// `admin user set --currency` refuses inactive ones. Pages and exports read
// the currencies table per command, so a new rate is used at once.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::console {

// What a change did, for the result record and the message.
struct CurrencyChange {
  std::string code;
  std::string message;  // a sentence for a person
};

// An exchange rate as typed: digits, at most one point and at most 9
// decimals (kept exactly), greater than 0; no sign, exponent or separators.
std::optional<Decimal> parse_exchange_rate(std::string_view text);

// A code of three capital letters, ISO 4217's shape (EUR, USD).
bool valid_currency_code(std::string_view code);

// Longest full name of a currency, in characters.
inline constexpr std::size_t kMaxCurrencyNameChars = 60;

// Adds an active currency. Throws Error(usage) for a bad code, name or rate
// (naming the option), Error(action_failed) when the code exists.
CurrencyChange add_currency(store::Database& db, std::string_view code, std::string_view name,
                            std::string_view rate);

// Sets a currency's exchange rate. Throws Error(usage) for a bad rate,
// Error(not_found) for an unknown code, Error(action_failed) for the default
// currency.
CurrencyChange set_currency_rate(store::Database& db, std::string_view code, std::string_view rate);

// Enables or disables a currency; one already so changes nothing (and
// leaves no audit row). Throws Error(not_found) for an unknown code,
// Error(action_failed) when disabling the default currency or one in use.
CurrencyChange set_currency_active(store::Database& db, std::string_view code, bool active);

}  // namespace kolmi::console
