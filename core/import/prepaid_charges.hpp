#pragma once
// What imported and rerated calls take from prepaid users' balances (MOR
// does this): the CDR import adds each stored call's price per user, a
// rerate each changed call's new price minus its old one, and apply() then
// moves the balances of the prepaid users among them inside the import's
// or rerate's transaction. Postpaid users' balances are left alone (see
// store/balances.hpp). Sums are exact; memory is one entry per user.
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::import {

class PrepaidCharges {
 public:
  // Adds `price` to what `user_id`'s calls cost (nothing for an unassigned
  // or unrated call). Throws Error(action_failed) when a user's sum leaves
  // the range of money.
  void add(std::optional<std::int64_t> user_id, std::optional<Decimal> price);
  // add(user, new) and add(user, -old) of a rerated call; an unrated side counts 0.
  void change(std::optional<std::int64_t> user_id, std::optional<Decimal> old_price,
              std::optional<Decimal> new_price);

  // Takes each sum from its user's balance when that user is prepaid, and
  // returns how many balances changed. Throws as store::charge_if_prepaid.
  std::int64_t apply(store::Database& db) const;

 private:
  std::unordered_map<std::int64_t, Decimal> sums_;
};

}  // namespace kolmi::import
