#include "core/console/payment_entry.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "core/actions/value_checks.hpp"
#include "core/console/payment_amount.hpp"
#include "core/error.hpp"
#include "core/store/balances.hpp"
#include "core/store/currencies.hpp"
#include "core/store/payments.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kPaymentColumns[] = {
    "id",  "user",     "date",          "paid",           "amount",  "vat_percent",
    "tax", "currency", "exchange_rate", "balance_change", "balance", "balance_currency"};

// The checks that need no database, first of all.
void check_plain_values(const PaymentRequest& r) {
  if (!is_known_time_zone(r.time_zone))
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(r.time_zone)));
  if (const auto problem = actions::check_text(r.comment, kMaxPaymentComment);
      problem != actions::TextProblem::none)
    throw usage_error(
        actions::text_problem_message(pages::Lang::en, problem, "--comment", kMaxPaymentComment));
}

// The instant of --date (none: now). Error(usage) when malformed or later than now.
Seconds payment_time(const PaymentRequest& r, const Clock& clock) {
  if (!r.date) return clock.now();
  if (!parse_utc(*r.date)) {
    throw usage_error(fmt::format("--date: '{}' is not a time (YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS')",
                                  text::shown(*r.date)));
  }
  const Seconds t = TimeZone(r.time_zone).to_utc(*r.date);
  if (t > clock.now()) {
    throw usage_error(fmt::format("--date: {} is in the future; a payment is booked when it was made",
                                  text::shown(*r.date)));
  }
  return t;
}

// The amount paid, signed: negative for a refund.
Decimal paid_amount(const PaymentRequest& r, std::string_view currency) {
  const ParsedAmount parsed = parse_amount(r.amount, currency_digits(currency));
  if (!parsed.value) throw usage_error(fmt::format("--amount: {}", parsed.problem));
  const Decimal amount = *parsed.value;
  if (amount.is_zero()) throw usage_error("--amount: a payment of 0 moves no money");
  if (amount.is_negative() && !r.refund) {
    throw usage_error(fmt::format("--amount: {} is negative; money given back is booked with --refund",
                                  text::shown(r.amount)));
  }
  // With --refund the sign may be typed or not: a refund is recorded negative.
  return r.refund && !amount.is_negative() ? -amount : amount;
}

const store::Currency& payment_currency(const store::Currencies& currencies, const std::string& code,
                                        bool typed) {
  const store::Currency* c = currencies.find(code);
  const std::string_view option = typed ? "--currency" : "the user's currency";
  if (!c) throw not_found_error(fmt::format("{}: no currency '{}'", option, text::shown(code)));
  if (!c->active) {
    throw usage_error(fmt::format("{}: currency '{}' is not active (kolmi admin currency enable {})", option,
                                  text::shown(code), text::shown(code)));
  }
  return *c;
}

}  // namespace

PaymentAdded add_payment(store::Database& db, const PaymentRequest& r, const Clock& clock) {
  check_plain_values(r);
  const Seconds when = payment_time(r, clock);
  const Seconds now = clock.now();

  store::Transaction tx(db);
  const std::optional<store::User> user = store::find_user(db, r.user);
  if (!user) throw not_found_error(fmt::format("--user: no such user: {}", text::shown(r.user)));
  const store::Currencies currencies = store::Currencies::load(db);
  const store::Currency& currency =
      payment_currency(currencies, r.currency.value_or(user->currency), r.currency.has_value());

  PaymentAdded p;
  p.user_id = user->id;
  p.login = user->username;
  p.currency = currency.code;
  p.default_currency = currencies.default_code();
  p.vat_percent = user->vat_percent;
  p.paid = paid_amount(r, currency.code);
  try {
    const Decimal hundred = Decimal::from_units(100);
    p.amount = p.paid.mul_div(hundred, hundred + p.vat_percent).rounded(currency_digits(currency.code));
    p.tax = p.paid - p.amount;
    // The rate alone gives the balance's change: stored with the payment,
    // it explains the balance after any later change of rates.
    p.exchange_rate = currencies.convert(Decimal::from_units(1), p.default_currency, currency.code);
    p.balance_change = p.amount.mul_div(Decimal::from_units(1), p.exchange_rate);
  } catch (const std::overflow_error&) {
    throw action_error(
        fmt::format("--amount: {} {} is beyond the range of money", text::shown(r.amount), currency.code));
  }
  p.balance = store::add_to_balance(db, p.user_id, p.balance_change);
  const std::string date_added = format_utc(when);
  const std::string confirmed = format_utc(now);
  p.id = store::insert_payment(db, {.user_id = p.user_id,
                                    .amount = p.amount,
                                    .tax = p.tax,
                                    .vat_percent = p.vat_percent,
                                    .currency = p.currency,
                                    .exchange_rate = p.exchange_rate,
                                    .date_added = date_added,
                                    .shipped_at = confirmed,
                                    .comment = r.comment});
  p.date = TimeZone(r.time_zone).format_local(when);
  tx.audit({.target_type = "user",
            .target_id = p.user_id,
            .data = fmt::format("payment {}: {} {} with VAT, balance {}{} {}", p.id, p.paid.to_string(),
                                p.currency, p.balance_change.is_negative() ? "" : "+",
                                p.balance_change.to_string(), p.default_currency)});
  tx.commit();
  return p;
}

void write_payment_added(output::TreeWriter& w, const PaymentAdded& p) {
  auto money = [&w](std::string_view name, Decimal value) { w.money(name, value, value.to_string(), {}); };
  w.begin("payment_add");
  w.open_record("payment", kPaymentColumns);
  w.integer("id", p.id);
  w.text("user", p.login);
  w.text("date", p.date);
  money("paid", p.paid);
  money("amount", p.amount);
  w.number("vat_percent", p.vat_percent.to_string());
  money("tax", p.tax);
  w.text("currency", p.currency);
  w.number("exchange_rate", p.exchange_rate.to_string());
  money("balance_change", p.balance_change);
  money("balance", p.balance);
  w.text("balance_currency", p.default_currency);
  w.finish();
}

}  // namespace kolmi::console
