#pragma once
// kolmi admin rate NUMBER (--user U | --tariff NAME) [--at T] [--duration S]
// (issue 12; MOR's rate_get, plus the why): what a call to NUMBER would
// cost, decided by the same engine and told with the same steps as
// kolmi admin explain. Without a duration: the rate per minute and the
// rate's details that apply at that moment.
#include <cstdint>
#include <optional>
#include <string>

#include "core/console/explanation_steps.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

struct RateQuestion {
  std::string number;
  std::optional<std::string> user;    // id or login; exactly one of user and tariff
  std::optional<std::string> tariff;  // name
  std::optional<std::string> at;      // 'YYYY-MM-DD[ HH:MM:SS]' on `zone`'s wall clock; default now
  std::optional<std::string> zone;    // default: the user's zone, UTC with a tariff
  std::optional<std::int64_t> duration;  // answered seconds
};

struct RateQuote {
  std::string number;
  std::string tariff;    // its name ("" when the user has none)
  std::string user;      // login, "" with --tariff
  std::string at;        // the moment asked about, on the zone's wall clock
  std::string zone;
  std::optional<std::int64_t> duration;
  std::string currency;  // the default currency
  std::string unrated;   // "" when priced, else "no tariff" / "no destination" / "no rate"
  std::optional<Decimal> rate;  // per minute
  std::optional<std::int64_t> billed_seconds;
  std::optional<Decimal> price;
  ExplanationSteps steps;
  bool priced() const { return unrated.empty(); }
};

// Throws Error(usage) for a number without digits, a malformed --at, an
// unknown zone or a negative duration; Error(not_found) naming an unknown
// user or tariff.
RateQuote quote_rate(store::Database& db, const RateQuestion& q, const Clock& clock);

// <rate_quote>...<steps><step>...; the steps are the rows of the row formats.
void write_rate_quote(output::TreeWriter& w, const RateQuote& quote);

}  // namespace kolmi::console
