#include "core/import/prepaid_charges.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/balances.hpp"

namespace kolmi::import {

namespace {

void checked_add(std::int64_t user_id, Decimal& sum, std::int64_t nanos, bool subtract) {
  std::int64_t out = 0;
  const bool overflow = subtract ? __builtin_sub_overflow(sum.nanos(), nanos, &out)
                                 : __builtin_add_overflow(sum.nanos(), nanos, &out);
  if (overflow)
    throw action_error(fmt::format("user {}: the calls' prices add up beyond the range of money", user_id));
  sum = Decimal::from_nanos(out);
}

}  // namespace

void PrepaidCharges::add(std::optional<std::int64_t> user_id, std::optional<Decimal> price) {
  if (!user_id || !price || price->is_zero()) return;
  checked_add(*user_id, sums_[*user_id], price->nanos(), false);
}

void PrepaidCharges::change(std::optional<std::int64_t> user_id, std::optional<Decimal> old_price,
                            std::optional<Decimal> new_price) {
  if (!user_id) return;
  if (new_price && !new_price->is_zero()) checked_add(*user_id, sums_[*user_id], new_price->nanos(), false);
  if (old_price && !old_price->is_zero()) checked_add(*user_id, sums_[*user_id], old_price->nanos(), true);
}

std::int64_t PrepaidCharges::apply(store::Database& db) const {
  // In user id order, so the writes (and a failure's message) do not
  // depend on the hash map's order.
  std::vector<std::pair<std::int64_t, Decimal>> sums(sums_.begin(), sums_.end());
  std::sort(sums.begin(), sums.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::int64_t changed = 0;
  for (const auto& [user_id, sum] : sums) {
    if (store::charge_if_prepaid(db, user_id, sum)) ++changed;
  }
  return changed;
}

}  // namespace kolmi::import
