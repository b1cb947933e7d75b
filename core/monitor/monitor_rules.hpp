#pragma once
// kolmi admin monitor add|remove: alert rules kept in the database
// (monitorings, schema 13; monitor_rule.hpp says what each kind watches).
// Every value is checked before anything is written; then one transaction
// writes the rule with its audit row (target "monitoring").
//
// add KIND, with per kind (anything else given is refused):
//   spend       --user, --above AMOUNT, and --period or --last
//   calls       --user or --device, --above COUNT (whole), --period or --last
//   minutes     --user or --device, --above MINUTES, --period or --last
//   rate        --above PRICE (per minute), --last
//   margin      --below PERCENT (at most 100), --by destination|provider
//               (default destination), optionally --provider, --last
//   unrated, unassigned   --last
// Refused with exit 2 (usage), nothing written: an unknown kind, user,
// device or provider; a threshold that is not a positive decimal (not
// given, zero, negative, not a number, a fraction of a call); --last not
// 1 to kMaxLastMinutes; --period not day, week or month; an option the
// kind does not take, or a missing one.
// remove ID: exit 4 when there is no rule ID.
#include <cstdint>
#include <optional>
#include <string>

#include "core/store/database.hpp"
#include "core/store/monitorings.hpp"
#include "core/time/clock.hpp"

namespace kolmi::monitor {

// A rule as typed.
struct RuleSpec {
  std::string kind{};
  std::optional<std::string> user{};  // login or id
  std::optional<std::int64_t> device{};
  std::optional<std::string> provider{};
  std::optional<std::string> by{};
  std::optional<std::string> above{}, below{};
  std::optional<std::string> period{};
  std::optional<std::int64_t> last{};  // minutes
};

struct RuleChange {
  store::MonitoringRow rule;  // as written (or removed)
  std::string message;        // a sentence for a person
};

// Throws Error as described above, Error(storage) when the database fails.
RuleChange add_rule(store::Database& db, const RuleSpec& spec, const Clock& clock);
RuleChange remove_rule(store::Database& db, std::int64_t id);

// "spend of user ann above 50 USD, month": a rule in one line.
std::string describe(const store::MonitoringRow& rule, std::string_view currency);

}  // namespace kolmi::monitor
