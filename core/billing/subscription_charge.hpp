#pragma once
// What one subscription costs in one invoice period: MOR's rules, as exact
// decimal arithmetic on local calendar days (the user's zone; the caller
// turns stored UTC times into local days).
//
// The rule (binding; man/kolmi.1 states it too):
// - The subscription is active from the local day of activation_start to
//   the local day of activation_end, both included (a day counts when the
//   subscription is active at any moment of it); no end: still active.
//   That span is clipped to the period's days.
// - A periodic fee or flat rate by the month costs
//     price × days charged ÷ days of the period's month,
//   rounded once, to nano-units (half away from zero). A whole month is
//   exactly the price, whatever the month's length (28, 29, 30, 31 days).
// - A fee by the day costs price × days charged.
// - A one-time fee costs its price once: in the period holding the local
//   day of activation_start, whatever the end.
// - No day of the period charged: no line.
// Other period types are charged as by the month.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/decimal.hpp"

namespace kolmi::billing {

// Local days are days since 1970-01-01 on the user's wall clock.
struct LocalDays {
  std::int64_t first = 0;  // the period's first day
  std::int64_t end = 0;    // the day after its last (so end - first days)
};

struct SubscriptionTerms {
  std::string_view servicetype{};  // periodic_fee, flat_rate, one_time_fee
  std::string_view periodtype{};   // month, day
  Decimal price{};                 // the service's price, default currency
  std::int64_t start_day = 0;      // local day of activation_start
  std::optional<std::int64_t> end_day{};  // local day of activation_end; nullopt: open
};

struct SubscriptionCharge {
  std::int64_t quantity = 0;  // days charged; 1 for a one-time fee
  Decimal amount{};           // without VAT, default currency
};

// The charge of `terms` in `period`, or nullopt when nothing is charged.
// Throws std::overflow_error beyond the range of money.
std::optional<SubscriptionCharge> charge_in_period(const SubscriptionTerms& terms, LocalDays period);

}  // namespace kolmi::billing
