#include "core/store/balances.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::store {

namespace {

// balance + delta, or balance - delta when `subtract`.
Decimal checked_sum(std::int64_t user_id, Decimal balance, Decimal delta, bool subtract = false) {
  std::int64_t sum = 0;
  const bool overflow = subtract ? __builtin_sub_overflow(balance.nanos(), delta.nanos(), &sum)
                                 : __builtin_add_overflow(balance.nanos(), delta.nanos(), &sum);
  if (overflow) {
    throw action_error(fmt::format("user {}: the balance {} {} {} is beyond the range of money", user_id,
                                   balance.to_string(), subtract ? "minus" : "plus", delta.to_string()));
  }
  return Decimal::from_nanos(sum);
}

void write_balance(Database& db, std::int64_t user_id, Decimal balance) {
  Statement s = db.prepare("UPDATE users SET balance = ? WHERE id = ?");
  s.bind_all(balance, user_id);
  s.run();
}

}  // namespace

Decimal add_to_balance(Database& db, std::int64_t user_id, Decimal delta) {
  Statement s = db.prepare("SELECT balance FROM users WHERE id = ?");
  s.bind(1, user_id);
  if (!s.step()) throw not_found_error(fmt::format("no user with id {}", user_id));
  const Decimal balance = checked_sum(user_id, s.decimal(0), delta);
  write_balance(db, user_id, balance);
  return balance;
}

bool charge_if_prepaid(Database& db, std::int64_t user_id, Decimal price) {
  if (price.is_zero()) return false;
  Statement s = db.prepare("SELECT balance FROM users WHERE id = ? AND postpaid = 0");
  s.bind(1, user_id);
  if (!s.step()) return false;
  write_balance(db, user_id, checked_sum(user_id, s.decimal(0), price, true));
  return true;
}

}  // namespace kolmi::store
