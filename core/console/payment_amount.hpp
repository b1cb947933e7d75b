#pragma once
// How an operator types money for a payment (kolmi admin payment add
// --amount): pure functions, no database.
//
// An amount is an optional '-', one or more digits, and optionally a '.'
// followed by one to currency_digits(code) digits: "100", "12.5", "-0.99".
// Nothing else: no '+', no exponent, no thousands separators or spaces, no
// comma for a decimal mark, no bare ".5" or "5.", so a typed amount means
// exactly one thing. More decimals than the currency has are refused, not
// rounded: money a bank cannot move is a typo.
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"

namespace kolmi::console {

// Decimal places of a currency (ISO 4217 minor units): 0 for JPY, KRW and
// the other currencies without a minor unit, 3 for BHD, IQD, JOD, KWD, LYD,
// OMR and TND, 2 for every other code.
int currency_digits(std::string_view code);

// The amount `text` in a currency with `digits` decimal places, or a
// sentence saying what is wrong with it (without the option's name).
struct ParsedAmount {
  std::optional<Decimal> value;
  std::string problem;  // "" when value is set
};
ParsedAmount parse_amount(std::string_view text, int digits);

}  // namespace kolmi::console
