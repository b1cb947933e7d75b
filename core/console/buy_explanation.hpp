#pragma once
// The buy side of kolmi admin explain (issue 15): which provider the call
// left through, found again from its dstchannel as the import and rerate
// find it (import/provider_matcher.hpp), and what the provider's tariff
// charges for it, step by step with the same engine and narrative as the
// sell side (explanation_steps.hpp), every topic prefixed "buy ".
#include <optional>
#include <string_view>

#include "core/console/explanation_steps.hpp"
#include "core/decimal.hpp"
#include "core/store/call_facts.hpp"
#include "core/store/database.hpp"

namespace kolmi::console {

struct BuySide {
  std::optional<Decimal> stored;      // calls.provider_price
  std::optional<Decimal> recomputed;  // today's buy price
  bool matches = true;                // both equal (both none counts)
};

// Appends the buy side's steps to `out`. Throws Error(storage) for data the
// engine refuses, Error(action_failed) for a billsec too large to price.
BuySide explain_buy_side(store::Database& db, const store::StoredCall& c, std::string_view currency,
                         ExplanationSteps& out);

}  // namespace kolmi::console
