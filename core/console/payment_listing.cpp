#include "core/console/payment_listing.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/period.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

// paid = amount + tax: what the user paid, VAT included, as it was typed.
constexpr std::string_view kPaymentColumns[] = {
    "id",          "date", "user_id",  "user",          "type",      "paid",      "amount",
    "vat_percent", "tax",  "currency", "exchange_rate", "confirmed", "completed", "comment"};

}  // namespace

store::PaymentFilter payment_filter(store::Database& db, const PaymentListRequest& r, const Clock& clock) {
  if (!is_known_time_zone(r.time_zone))
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(r.time_zone)));
  const TimeZone zone(r.time_zone);
  store::PaymentFilter f;
  pages::resolve_open_period({r.from, r.till, r.period}, zone, clock, f.from, f.till);
  if (r.user) {
    const std::optional<store::User> user = store::find_user(db, *r.user);
    if (!user) throw not_found_error(fmt::format("--user: no such user: {}", text::shown(*r.user)));
    f.user_id = user->id;
  }
  return f;
}

void write_payment_list(output::TreeWriter& w, store::Database& db, const store::PaymentFilter& filter,
                        const std::string& time_zone) {
  const TimeZone zone(time_zone);
  auto local = [&zone](std::string_view utc) {
    const std::optional<Seconds> t = parse_utc(utc);
    return t ? zone.format_local(*t) : std::string(utc);
  };
  auto money = [&w](std::string_view name, Decimal value) { w.money(name, value, value.to_string(), {}); };
  w.begin("payments");
  w.open_repeated("payment", kPaymentColumns);
  store::for_each_payment_row(db, filter, [&](const store::PaymentRow& p) {
    w.open_item();
    w.integer("id", p.id);
    w.text("date", local(p.date_added));
    w.integer("user_id", p.user_id);
    w.text("user", p.login);
    w.text("type", p.paymenttype);
    money("paid", p.amount + p.tax);
    money("amount", p.amount);
    w.number("vat_percent", p.vat_percent.to_string());
    money("tax", p.tax);
    w.text("currency", p.currency);
    w.number("exchange_rate", p.exchange_rate ? p.exchange_rate->to_string() : std::string());
    w.text("confirmed", p.shipped_at ? local(*p.shipped_at) : std::string());
    w.text("completed", p.completed ? "yes" : "no");
    w.text("comment", p.comment);
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::console
