#include "core/pages/billing_pages.hpp"

#include "core/pages/account_common.hpp"
#include "core/pages/format.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/account_lists.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kPaymentColumns[] = {"payment_date", "confirmed_date", "payment_type", "amount",
                                                "vat",          "amount_vat",     "currency",     "completed"};
constexpr std::string_view kInvoiceColumns[] = {
    "user", "inv_number", "period_start", "period_end", "issue_date", "paid",           "paid_date",
    "price", "price_currency", "vat", "price_vat", "price_vat_currency"};
constexpr std::string_view kSubscriptionColumns[] = {"service",       "date_added", "acivation_start",
                                                     "acivation_end", "price",      "price_currency"};
}  // namespace

std::string payment_type_text(std::string_view paymenttype) {
  std::string out(paymenttype);
  // ASCII only: a multi-byte first letter is left as it is rather than broken.
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

void write_payments_page(output::TreeWriter& w, const PageContext& pc) {
  write_page_head(w, {.pagename = "Payments", .lang = pc.lang, .user_id = pc.user.id});
  w.open_list("payments", "payment", kPaymentColumns);
  store::for_each_payment(pc.db, pc.user.id, [&](const store::Payment& p) {
    w.open_item();
    w.text("payment_date", shown_time(pc, p.date_added));
    w.text("confirmed_date", shown_time(pc, p.shipped_at));
    w.text("payment_type", payment_type_text(p.paymenttype));
    // In the payment's own currency, named by <currency> below.
    w.money("amount", p.amount, format_money(p.amount, pc.digits), "");
    w.number("vat", percent_text(p.vat_percent));
    w.money("amount_vat", p.amount + p.tax, format_money(p.amount + p.tax, pc.digits), "");
    w.text("currency", p.currency);
    w.text("completed", yes_no(pc.lang, p.completed));
    w.close();
  });
  w.finish();
}

void write_invoices_page(output::TreeWriter& w, const PageContext& pc) {
  write_page_head(w, {.pagename = "Invoices", .lang = pc.lang, .user_id = pc.user.id});
  const std::string user = pc.user.full_name();
  const std::string vat = percent_text(pc.user.vat_percent);
  const std::string& currency = pc.user.currency;
  w.open_list("invoices", "invoice", kInvoiceColumns);
  store::for_each_invoice(pc.db, pc.user.id, [&](const store::Invoice& i) {
    w.open_item();
    w.text("user", user);
    w.text("inv_number", i.number);
    w.text("period_start", shown_time(pc, i.period_start));
    w.text("period_end", shown_time(pc, i.period_end));
    w.text("issue_date", shown_time(pc, i.issue_date));
    w.text("paid", yes_no(pc.lang, i.paid));
    w.text("paid_date", shown_time(pc, i.paid_date));
    w.money("price", pc.converted(i.price, currency), pc.money(i.price, currency), currency);
    w.number("vat", vat);
    w.money("price_vat", pc.converted(i.price_with_vat, currency), pc.money(i.price_with_vat, currency), currency);
    w.close();
  });
  w.finish();
}

void write_subscriptions_page(output::TreeWriter& w, const PageContext& pc) {
  write_page_head(w, {.pagename = "User subscriptions", .lang = pc.lang, .user_id = pc.user.id});
  const std::string& currency = pc.user.currency;
  w.open_list("subscriptions", "subscription", kSubscriptionColumns);
  store::for_each_subscription(pc.db, pc.user.id, [&](const store::Subscription& s) {
    w.open_item();
    w.text("service", s.service);
    w.text("date_added", shown_time(pc, s.added));
    w.text("acivation_start", shown_time(pc, s.activation_start));  // the spec's spelling
    w.text("acivation_end", shown_time(pc, s.activation_end));
    w.money("price", pc.converted(s.price, currency), pc.money_with_code(s.price, currency), currency);
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
