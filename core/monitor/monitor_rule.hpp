#pragma once
// The kinds of alert rule kolmi admin monitor keeps (MOR's Monitorings
// add-on), what each watches, and its window. A rule is a store row
// (store/monitorings.hpp); this file gives its words and meaning:
//
//   spend       a user's spend (outgoing calls' prices without VAT, default
//               currency) in the window is above AMOUNT
//   calls       a user's or a device's outgoing calls in the window are more
//               than COUNT (every attempt, answered or not)
//   minutes     their answered time (billsec) is above MINUTES
//   rate        calls rated above PRICE per minute (default currency), one
//               finding per destination prefix
//   margin      calls priced on both sides whose margin, (revenue - cost) /
//               revenue, is below PERCENT, per destination prefix or per
//               provider (a loss is a negative margin, below any threshold;
//               cost without revenue trips too)
//   unrated     any call without a price (as admin calls --unrated)
//   unassigned  any call no device of ours made or took (admin calls --unassigned)
//
// The window: the current day, week (Monday to Sunday) or month in the
// user's time zone (a device's: its owner's), for rules on a user or a
// device; or the last N minutes. Both end now.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/monitorings.hpp"
#include "core/time/clock.hpp"

namespace kolmi::monitor {

enum class RuleKind { spend, calls, minutes, rate, margin, unrated, unassigned };

// The words of `add KIND`, in the order help lists them.
inline constexpr std::array<std::string_view, 7> kRuleKinds = {"spend",  "calls",   "minutes",   "rate",
                                                               "margin", "unrated", "unassigned"};
inline constexpr std::array<std::string_view, 3> kPeriodTypes = {"day", "week", "month"};
inline constexpr std::array<std::string_view, 2> kMarginGroups = {"destination", "provider"};
// --last: at most a leap year of minutes.
inline constexpr std::int64_t kMaxLastMinutes = 366 * 24 * 60;

std::optional<RuleKind> rule_kind(std::string_view word);
std::string_view kind_word(RuleKind kind);
// The rule's kind; std::logic_error for a row whose mtype kolmi never writes.
RuleKind kind_of(const store::MonitoringRow& rule);

// What a rule's threshold and values are counted in: the default currency,
// "<currency>/min", "calls", "minutes", "%"; "" for rules without one.
std::string unit_of(RuleKind kind, std::string_view currency);
// "day", "week", "month" or "last 60 minutes".
std::string window_text(const store::MonitoringRow& rule);
// What the rule watches: "user ann", "device SIP/ann101 (7)", "destinations",
// "destinations of provider Carrier", "providers", "all calls".
std::string subject_text(const store::MonitoringRow& rule);

// The start of the rule's window ending at `now` (UTC). A zone kolmi cannot
// read counts in UTC rather than hiding the rule.
Seconds window_start(const store::MonitoringRow& rule, Seconds now);

}  // namespace kolmi::monitor
