#pragma once
// kolmi admin rerate: prices stored calls again after a tariff or rate
// change, by exactly the rules of the CDR import (call_pricing.hpp), with
// each call's stored parties: calls.user_id (the caller's user, whose
// tariff applies), the grace time of calls.src_device_id, and whether
// calls.dst_device_id is set (a call to one of our devices is free).
//
// One transaction; calls are read one at a time in id order and a call is
// written only when its user_rate, user_billsec, user_price or prefix, or
// its buy side (provider_id, provider_rate, provider_billsec,
// provider_price: the provider found again from calls.dstchannel) changes, so memory stays flat however many calls there are. A prepaid
// user's balance is corrected in the same transaction by the difference
// between the new and old prices (prepaid_charges.hpp).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"

#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::import {

struct RerateOptions {
  // 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS' in `time_zone`; a bare --till
  // date means the end of that day. Absent: no bound.
  std::optional<std::string> from, till;
  // --period (pages/period.hpp) in `time_zone`, instead of --from/--till.
  std::optional<std::string> period;
  std::string time_zone = "UTC";    // of --from and --till (calls are stored in UTC)
  std::optional<std::string> user;  // login: only the calls this user made (calls.user_id)
  bool dry_run = false;             // count, write nothing
};

struct RerateSummary {
  std::int64_t examined = 0;  // calls in the selection
  std::int64_t changed = 0;   // whose price, rate, billed seconds or prefix changed
  std::int64_t unrated = 0;   // outgoing calls left without a price (no tariff, destination or rate)
  std::int64_t no_provider = 0;  // outgoing calls left without a buy price (no provider or buy rate)
};

// A call whose price (calls.user_price) the rerate changes, for --diff.
struct PriceChange {
  std::int64_t call_id = 0;
  std::optional<std::int64_t> user_id;  // calls.user_id
  std::string_view calldate;            // UTC, as stored; valid during the call
  std::string_view dst;                 // the number dialled, as stored
  std::optional<Decimal> old_price;     // as stored; nullopt: unrated
  std::optional<Decimal> new_price;     // as rerated; nullopt: unrated
};
// Called once per such call, in call id order, before the transaction
// ends: a dry run reports what would change, a real run what changed.
using PriceChangeObserver = std::function<void(const PriceChange&)>;

// Throws Error(usage) for a malformed --from/--till/--period, --period with
// --from or --till, --from not before
// --till, or an unknown zone; Error(not_found) for an unknown --user;
// Error(action_failed) "call ID: billsec N is too large to price";
// Error(storage) when the database fails.
// `on_price_change`, when set, sees every call whose price changes.
RerateSummary rerate_calls(store::Database& db, const RerateOptions& options, const Clock& clock,
                           const PriceChangeObserver& on_price_change = {});

}  // namespace kolmi::import
