#pragma once
// Moving users.balance (default currency, nano-units): a payment adds to it,
// a prepaid user's rated calls take from it. Each change is read, checked
// and written in C++ inside the caller's transaction, because SQLite's
// integer arithmetic turns an overflowing sum into a floating-point value
// instead of failing, and money must stay exact.
//
// What the balance means (MOR's rule): for a prepaid user, the money left:
// payments add to it and every imported or rerated call takes its price;
// for a postpaid user, what they paid: calls do not move it (invoices say
// what they owe).
#include <cstdint>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// Adds `delta` to the balance of user `user_id` and returns the new
// balance. Throws Error(not_found) for an unknown id, Error(action_failed)
// when the balance would leave the range of money (±9.2 × 10^9),
// Error(storage) when the database fails.
Decimal add_to_balance(Database& db, std::int64_t user_id, Decimal delta);

// Takes `price` (a sum of call prices; negative gives money back, as a
// rerate to a lower price does) from the balance of user `user_id` when
// that user is prepaid; a postpaid or unknown user is left alone. Returns
// true when a balance changed. Throws as add_to_balance does.
bool charge_if_prepaid(Database& db, std::int64_t user_id, Decimal price);

}  // namespace kolmi::store
