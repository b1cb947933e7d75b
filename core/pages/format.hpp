#pragma once
// How values look on pages: durations, money with the user's currency.
#include <cstdint>
#include <string>

#include "core/decimal.hpp"

namespace kolmi::pages {

// "HH:MM:SS"; hours grow past 99 when needed ("125:00:00"). Negative → "00:00:00".
std::string format_duration(std::int64_t seconds);

// Money with Nice_Number_Digits decimals, trailing zeros trimmed: "0.049", "10".
inline std::string format_money(Decimal amount, int digits) { return amount.to_string(digits); }

}  // namespace kolmi::pages
