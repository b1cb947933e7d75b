#include "core/billing/subscription_charge.hpp"

#include <algorithm>

namespace kolmi::billing {

std::optional<SubscriptionCharge> charge_in_period(const SubscriptionTerms& t, LocalDays period) {
  if (t.servicetype == "one_time_fee") {
    if (t.start_day < period.first || t.start_day >= period.end) return std::nullopt;
    return SubscriptionCharge{.quantity = 1, .amount = t.price};
  }
  const std::int64_t first = std::max(t.start_day, period.first);
  const std::int64_t last = t.end_day ? std::min(*t.end_day, period.end - 1) : period.end - 1;
  if (last < first) return std::nullopt;
  const std::int64_t days = last - first + 1;
  if (t.periodtype == "day") return SubscriptionCharge{.quantity = days, .amount = t.price.mul_div(days, 1)};
  return SubscriptionCharge{.quantity = days, .amount = t.price.mul_div(days, period.end - period.first)};
}

}  // namespace kolmi::billing
