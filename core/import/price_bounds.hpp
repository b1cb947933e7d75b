#pragma once
// Whether the longest call at a deck row's price fits what kolmi can hold,
// in a given currency conversion (budget in import_limits.hpp).
#include "core/decimal.hpp"
#include "core/import/deck_reader.hpp"
#include "core/import/import_limits.hpp"

namespace kolmi::import {

// True when a kMaxCallSeconds call at `price` (its minimal time and
// increment applied, included seconds ignored), multiplied by
// numerator / denominator (both positive), costs at most kMaxCallPrice.
bool longest_call_fits(const DeckPrice& price, Decimal numerator = Decimal::from_units(1),
                       Decimal denominator = Decimal::from_units(1));

}  // namespace kolmi::import
