#pragma once
// The rating engine: what a call costs the user (retail, MOR's aratedetails).
//
// Rater::load() reads every destination into an in-memory digit trie and
// every tariff's rates and rate details once; rate() then prices a call with
// no database access (longest-prefix match, then the rate details), in exact
// decimal arithmetic, rounded once. See shared/spec/domain.md "Pricing a call".
//
// Rater::load_for() reads only what one number can use under one tariff
// (its destination prefixes, their rates and details): the same engine,
// deciding the same way, for the one call an explanation prices. trace()
// is rate() with every step of the decision recorded.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/rating/rate_plan.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi {
class TimeZone;
}

namespace kolmi::rating {

// Strips a leading '+' or '00' and keeps the leading run of digits:
// "+370 5 212" -> "370", "0037052123456" -> "37052123456", "sip:x" -> "".
std::string normalize_number(std::string_view dialled);

struct CallToRate {
  std::string_view dst;          // the dialled number as stored
  std::int64_t billsec = 0;      // answered seconds
  Seconds start{};               // call start, UTC
  const TimeZone* zone = nullptr;  // for time-of-day / day-type details; nullptr = UTC
  std::int64_t grace_time = 0;   // the caller device's grace time, seconds
};

enum class Unrated {
  none,            // the call was rated
  no_destination,  // no destination prefix matches the number
  no_rate,         // the tariff has no rate for the destination (or its group)
  no_tariff,       // the tariff id is unknown
};

struct RatedCall {
  Unrated unrated = Unrated::none;
  std::string prefix;             // matched destination prefix ("" when none)
  std::int64_t destination_id = 0;
  Decimal rate;                   // price per minute of the first minute interval
  std::int64_t billed_seconds = 0;  // seconds billed after minimal time and rounding
  Decimal price;                  // without VAT, in the default currency
  bool rated() const { return unrated == Unrated::none; }
};

// One destination whose prefix begins the number.
struct PrefixCandidate {
  std::string prefix;
  std::int64_t destination_id = 0;
  std::optional<std::int64_t> group_id;
};

// Which rate of the tariff priced the destination: its own, else its group's.
enum class RateSource : std::uint8_t { none, destination, group };

// rate()'s decision, step by step.
struct RatingTrace {
  std::string number;                       // normalised (normalize_number)
  std::vector<PrefixCandidate> candidates;  // shortest first; the last one is the match
  bool tariff_known = false;
  Conversion conversion;                    // tariff currency -> default currency
  RateSource source = RateSource::none;
  std::int64_t rate_id = 0;
  const RatePlan* plan = nullptr;  // the rate's details; valid while the Rater lives
  PlanTrace plan_trace;            // filled when a plan was applied
  RatedCall result;                // exactly what rate() returns
};

class Rater {
 public:
  // Reads destinations, tariffs, rates and aratedetails. Throws Error(storage).
  static Rater load(store::Database& db);
  // Reads only what a call to `dialled` under tariff `tariff_id` can use.
  // rate() and trace() then answer for that tariff and number exactly as a
  // Rater from load() does. Throws Error(storage).
  static Rater load_for(store::Database& db, std::int64_t tariff_id, std::string_view dialled);
  Rater(Rater&&) noexcept;
  Rater& operator=(Rater&&) noexcept;
  ~Rater();

  RatedCall rate(std::int64_t tariff_id, const CallToRate& call) const;
  RatingTrace trace(std::int64_t tariff_id, const CallToRate& call) const;

 private:
  struct Impl;
  explicit Rater(std::unique_ptr<Impl> impl);
  RatedCall decide(std::int64_t tariff_id, const CallToRate& call, RatingTrace* trace) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kolmi::rating
