#pragma once
// The queries behind kolmi admin monitor check (core/monitor/monitor_check):
// the calls one rule measures over its window, summed per group, and the
// ids of one group's calls. Every query is one range of an index of calls
// (a test reads SQLite's plans): a user's or a device's calls through
// calls_user_date (a device's are its owner's with src_device_id), unrated
// calls through calls_unrated_date, the others through calls_date. The
// threshold decisions are core's; this file only counts and sums exactly
// (integer nano-units).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// Which calls a rule measures.
enum class CallSet {
  user,                // the user's outgoing calls (calls.user_id)
  device,              // those of them made by the device (src_device_id)
  rate_above,          // calls rated above `rate` per minute, per destination prefix
  margin_destination,  // calls priced on both sides, per destination prefix
  margin_provider,     // calls priced on both sides, per provider
  unrated,             // calls without a price (admin calls --unrated)
  unassigned,          // calls no device of ours made or took (admin calls --unassigned)
};

struct CallScope {
  CallSet set = CallSet::user;
  Seconds from{};  // calls that started in [from, till), UTC
  Seconds till{};
  std::int64_t user_id = 0;    // user; device: the device's owner
  std::int64_t device_id = 0;  // device
  Decimal rate{};              // rate_above
  std::optional<std::int64_t> provider_id{};  // margin_*: only this provider's calls
};

// One group of a scope's calls. The sets without groups have one, keyed ""
// (and counted even when empty).
struct CallGroup {
  std::string prefix{};         // rate_above, margin_destination: the destination prefix
  std::int64_t provider_id = 0;  // margin_provider
  std::string name{};           // the destination's or the provider's name; "" when none
  std::int64_t calls = 0;
  std::int64_t billsec = 0;
  Decimal revenue{};   // sum of user_price
  Decimal cost{};      // sum of provider_price
  Decimal top_rate{};  // the highest user_rate
};

// The scope's calls, summed per group, groups in key order. Throws Error(storage).
std::vector<CallGroup> call_groups(Database& db, const CallScope& scope);
// The ids of the first `limit` calls (by start, then id) of `group` of the scope.
std::vector<std::int64_t> call_group_ids(Database& db, const CallScope& scope, const CallGroup& group,
                                         std::int64_t limit);

// Every statement text the two functions above prepare on `dialect`, for
// the test that reads their plans.
std::vector<std::string> monitor_finding_statements(Dialect dialect);

}  // namespace kolmi::store
