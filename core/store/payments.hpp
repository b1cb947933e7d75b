#pragma once
// The payments table for the operator (kolmi admin payment add / list): a
// new payment's row, and every user's payments as a cursor. The user's own
// page reads its payments through account_lists.hpp.
//
// Amounts are MOR's: `amount` is without VAT and `tax` the VAT, both in the
// payment's `currency`, so amount + tax is what was paid; `exchange_rate` is
// the rate the payment was converted to the default currency at (units of
// its currency per one default unit; NULL for payments made before kolmi
// recorded it).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

struct NewPayment {
  std::int64_t user_id = 0;
  std::string_view paymenttype = "manual";
  Decimal amount;  // without VAT, in `currency`
  Decimal tax;     // in `currency`
  Decimal vat_percent;
  std::string_view currency;
  Decimal exchange_rate;
  std::string_view date_added;  // UTC text
  std::string_view shipped_at;  // UTC text: when it was confirmed
  std::string_view comment;
};

// Inserts a completed payment and returns its id. Throws Error(storage).
std::int64_t insert_payment(Database& db, const NewPayment& payment);

struct PaymentFilter {
  std::string from = "0000-00-00 00:00:00";  // UTC, inclusive (default: no bound)
  std::string till = "9999-99-99 99:99:99";  // UTC, exclusive (default: no bound)
  std::optional<std::int64_t> user_id;
};

struct PaymentRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string_view login;
  std::string_view paymenttype;
  std::string_view date_added;                 // UTC text
  std::optional<std::string_view> shipped_at;  // UTC text
  bool completed = false;
  Decimal amount, tax, vat_percent;
  std::string_view currency;
  std::optional<Decimal> exchange_rate;
  std::string_view comment;
};

// Visits the payments of `filter` oldest first (date, then id), as SQLite
// reads them: through payments_user with a user, payments_date without; the
// row's views are valid only during the call. Streamed
// (Statement::stream): `visit` must not use the database. Throws
// Error(storage).
void for_each_payment_row(Database& db, const PaymentFilter& filter,
                          const std::function<void(const PaymentRow&)>& visit);

}  // namespace kolmi::store
