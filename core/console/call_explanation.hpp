#pragma once
// kolmi admin explain CALL_ID (issue 12): the whole pricing decision of one
// stored call, step by step, as an auditor would recompute it by hand, and
// whether today's tariff gives the price that is stored; then the buy side
// (console/buy_explanation.hpp): the provider and its tariff's price.
//
// The recomputation follows the import's and rerate's rules
// (core/import/call_pricing.hpp) on the call's stored owners: a call to one
// of the system's devices is free, a call of no known device has no price,
// anything else is priced by the caller's user's tariff with the caller
// device's grace time. The devices the CDR fields match today are shown
// beside the stored ones, but the stored ones are used, as rerate does.
#include <cstdint>
#include <optional>
#include <string>

#include "core/console/explanation_steps.hpp"
#include "core/decimal.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"

namespace kolmi::console {

struct CallExplanation {
  std::int64_t call_id = 0;
  std::string currency;  // the default currency, which stored prices are in
  std::optional<Decimal> stored_price;
  std::optional<Decimal> recomputed_price;
  std::optional<Decimal> stored_cost;      // the buy side (buy_explanation.hpp)
  std::optional<Decimal> recomputed_cost;
  bool price_matches = true;  // the stored price equals the recomputed one (both none counts)
  bool cost_matches = true;   // the same for the buy price
  bool matches = true;        // both: what the exit status says
  ExplanationSteps steps;
};

// Throws Error(not_found) when there is no call `call_id`, Error(storage)
// for data the engine refuses (an unknown time zone, a bad rate detail).
CallExplanation explain_call(store::Database& db, std::int64_t call_id);

// <explanation><call_id/><verdict>...</verdict><steps><step>... ; the steps
// are the rows of the row formats.
void write_call_explanation(output::TreeWriter& w, const CallExplanation& e);

}  // namespace kolmi::console
