#pragma once
// kolmi admin monitor check: every rule (monitor_rule.hpp) evaluated over
// its window, ending now; what tripped comes back as findings, one per
// rule and group (a user, a device, a destination prefix, a provider),
// each with its calls' ids. Nothing tripped: no findings (the command then
// prints nothing and exits 0, so a crontab line mails only real alerts).
//
// The window of a rule: its own (the current day/week/month in the user's
// zone, or the last N minutes) cut to start no earlier than `since`, so a
// cron job that passes the time of its previous run sees each call once.
// A rule trips when its measure is strictly beyond the threshold: a spend,
// a count, minutes or a rate above it, a margin below it. Money and
// margins are compared exactly (integer nano-units, 128-bit products).
//
// With `block`, the users a spend rule tripped for are blocked
// (users.blocked, their sessions ended, as admin user block), all in one
// transaction with one audit row naming each of them (target "user";
// its id when there is one user), read and decided in that transaction.
// Users already blocked, and the admin running the check, are not touched
// (the finding says so).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::monitor {

// A finding lists at most this many of its calls' ids (the first by start);
// `calls` counts them all.
inline constexpr std::int64_t kMaxCallIds = 20;

struct CheckOptions {
  std::optional<Seconds> since{};
  bool block = false;
  std::int64_t acting_user_id = 0;  // never blocked
};

struct Finding {
  std::int64_t rule_id = 0;
  std::string kind{};
  std::string subject{};  // "user ann", "destination 3706 Lithuania mobile", "provider Carrier", "all calls"
  std::optional<std::string> value{};  // the measure: "12.5", "101", "-3.25"; nullopt: none (a margin of no revenue)
  std::optional<std::string> threshold{};  // nullopt for unrated and unassigned
  std::string unit{};
  std::string from{}, till{};  // the window, UTC, till being now
  std::int64_t calls = 0;
  std::vector<std::int64_t> call_ids{};  // the first kMaxCallIds
  std::string note{};                    // margin: "revenue 1.2, cost 1.5"
  std::string action{};                  // --block: "blocked", "already blocked", "not blocked: you"
  std::optional<std::int64_t> block_user{};  // spend: the user --block blocks
};

struct CheckResult {
  std::vector<Finding> findings;  // by rule, then group
  std::vector<std::string> blocked;  // logins blocked now
};

// Throws Error(storage) when the database fails.
CheckResult check_rules(store::Database& db, const CheckOptions& options, const Clock& clock);

// The decisions, exact; exposed for tests.
// margin = (revenue - cost) / revenue * 100; nullopt when revenue is 0.
std::optional<Decimal> margin_percent(Decimal revenue, Decimal cost);
// True when the margin is below `percent` (revenue 0: when cost is positive).
bool margin_below(Decimal revenue, Decimal cost, Decimal percent);
// True when `billsec` seconds are more than `minutes`.
bool minutes_above(std::int64_t billsec, Decimal minutes);

}  // namespace kolmi::monitor
