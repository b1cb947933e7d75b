#pragma once
// kolmi admin payment add: an operator books money a user paid (MOR's
// manual payment), and the user's balance grows in the same transaction.
//
// As in MOR, the operator types what was paid, VAT included, in the
// payment's currency (default: the user's). kolmi splits it with the user's
// VAT percent: amount = paid × 100 / (100 + VAT), rounded to the currency's
// decimals; tax = paid − amount, so amount + tax is exactly what was paid.
// The payments table keeps amount (without VAT) and tax, as the payments
// page shows them, and the exchange rate used. The balance (default
// currency, exact nano-units, without VAT like the calls it pays for) grows
// by amount ÷ exchange rate, rounded once to nano-units; the rate is that
// currency's units per one default unit at the moment of the payment.
//
// --refund books money given back: the amount may be typed with or
// without '-', and is recorded negative; the balance shrinks by it. A
// negative amount without --refund is refused, and so is 0.
#include <cstdint>
#include <optional>
#include <string>

#include "core/decimal.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

// What `kolmi admin payment add` was asked, as typed. Every member has an
// initializer so designated initializers may leave any out.
struct PaymentRequest {
  std::string user{};                     // login or id
  std::string amount{};                   // with VAT, as typed (payment_amount.hpp)
  std::optional<std::string> currency{};  // none: the user's currency
  std::optional<std::string> date{};      // 'YYYY-MM-DD[ HH:MM:SS]' in time_zone; none: now
  std::string time_zone = "UTC";          // of --date, and of the date shown
  std::string comment{};
  bool refund = false;
};

// Longest comment, in characters.
inline constexpr std::size_t kMaxPaymentComment = 255;

// What was booked.
struct PaymentAdded {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string login;
  std::string date;  // in the request's zone
  Decimal paid;      // with VAT, in `currency`
  Decimal amount;    // without VAT
  Decimal tax;
  Decimal vat_percent;
  std::string currency;
  Decimal exchange_rate;   // units of `currency` per one default unit
  Decimal balance_change;  // default currency
  Decimal balance;         // after the payment, default currency
  std::string default_currency;
};

// Checks every value, then writes the payment and the balance in one
// transaction (with its audit row). Throws Error(usage) for a malformed or
// zero amount, more decimals than the currency has, a negative amount
// without --refund, an inactive currency, an unknown zone, a malformed or
// future date, or a bad comment (invalid UTF-8, control characters, longer
// than kMaxPaymentComment); Error(not_found) for an unknown user or
// currency; Error(action_failed) when the balance would leave the range of
// money; Error(storage) when the database fails. Nothing is written then.
PaymentAdded add_payment(store::Database& db, const PaymentRequest& request, const Clock& clock);

// <payment_add><payment>...: one record.
void write_payment_added(output::TreeWriter& w, const PaymentAdded& payment);

}  // namespace kolmi::console
