#pragma once
// An explanation as an auditor reads it: numbered steps, each a topic, what
// was found and why. kolmi admin explain and kolmi admin rate build them
// (core/console/call_explanation, core/console/rate_quote); this file turns
// one decision of the rating engine (rating::RatingTrace) into its steps,
// from the dialled number to the rounded price, so both commands tell it the
// same way.
#include <cstdint>
#include <string>
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/rating/rater.hpp"
#include "core/store/call_facts.hpp"
#include "core/store/database.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

struct ExplanationStep {
  std::string topic;
  std::string value;
  std::string why;
};
using ExplanationSteps = std::vector<ExplanationStep>;

// "0.0833333333333333333..." : numerator / denominator nano-units as a
// decimal of units, with up to `fraction_digits` decimals and "..." when the
// quotient goes on.
std::string exact_quotient_text(Int128 numerator, Int128 denominator, int fraction_digits = 18);

// An amount with its currency: "0.08 USD".
std::string money_with_code(Decimal amount, std::string_view currency);

// What the engine was asked, besides the trace.
struct RatingQuestion {
  std::string_view dialled;                    // the number as dialled (stored dst)
  const store::TariffFacts* tariff = nullptr;  // the tariff it was asked for
  std::string default_currency;
  const TimeZone* zone = nullptr;  // whose wall clock details are read on
  Seconds start{};
  std::int64_t billsec = 0;
  std::int64_t grace_time = 0;
  bool priced = true;  // false: a rate quote without a duration (no billing steps)
};

// Appends the steps of `trace`: number, candidates, destination, rate,
// moment, each rate detail, billing, exact price, rounding. Reads the names
// of destinations and groups. Throws Error(storage).
void add_rating_steps(store::Database& db, const RatingQuestion& q, const rating::RatingTrace& trace,
                      ExplanationSteps& out);

// <steps><step><topic/><value/><why/></step>...: the main list, one row per
// step in the row formats.
void write_steps(output::TreeWriter& w, const ExplanationSteps& steps);

// "no tariff", "no destination", "no rate", or "" for a rated call.
std::string_view unrated_reason(rating::Unrated why);

}  // namespace kolmi::console
