#include "core/pages/billing_pages.hpp"

#include "core/pages/account_common.hpp"
#include "core/pages/format.hpp"
#include "core/store/account_lists.hpp"

namespace kolmi::pages {

std::string payment_type_text(std::string_view paymenttype) {
  std::string out(paymenttype);
  // ASCII only: a multi-byte first letter is left as it is rather than broken.
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

void write_payments_page(const PageContext& pc, xml::XmlWriter& w) {
  write_page_head(w, "Payments", pc.lang, pc.user.id);
  w.open("payments");
  store::for_each_payment(pc.db, pc.user.id, [&](const store::Payment& p) {
    w.open("payment");
    w.leaf("payment_date", shown_time(pc, p.date_added));
    w.leaf("confirmed_date", shown_time(pc, p.shipped_at));
    w.leaf("payment_type", payment_type_text(p.paymenttype));
    w.leaf("amount", format_money(p.amount, pc.digits));
    w.leaf("vat", percent_text(p.vat_percent));
    w.leaf("amount_vat", format_money(p.amount + p.tax, pc.digits));
    w.leaf("currency", p.currency);
    w.leaf("completed", yes_no(pc.lang, p.completed));
    w.close();
  });
  w.finish();
}

void write_invoices_page(const PageContext& pc, xml::XmlWriter& w) {
  write_page_head(w, "Invoices", pc.lang, pc.user.id);
  const std::string user = pc.user.full_name();
  const std::string vat = percent_text(pc.user.vat_percent);
  const std::string& currency = pc.user.currency;
  w.open("invoices");
  store::for_each_invoice(pc.db, pc.user.id, [&](const store::Invoice& i) {
    w.open("invoice");
    w.leaf("user", user);
    w.leaf("inv_number", i.number);
    w.leaf("period_start", shown_time(pc, i.period_start));
    w.leaf("period_end", shown_time(pc, i.period_end));
    w.leaf("issue_date", shown_time(pc, i.issue_date));
    w.leaf("paid", yes_no(pc.lang, i.paid));
    w.leaf("paid_date", shown_time(pc, i.paid_date));
    w.leaf("price", pc.money(i.price, currency));
    w.leaf("vat", vat);
    w.leaf("price_vat", pc.money(i.price_with_vat, currency));
    w.close();
  });
  w.finish();
}

void write_subscriptions_page(const PageContext& pc, xml::XmlWriter& w) {
  write_page_head(w, "User subscriptions", pc.lang, pc.user.id);
  w.open("subscriptions");
  store::for_each_subscription(pc.db, pc.user.id, [&](const store::Subscription& s) {
    w.open("subscription");
    w.leaf("service", s.service);
    w.leaf("date_added", shown_time(pc, s.added));
    w.leaf("acivation_start", shown_time(pc, s.activation_start));  // the spec's spelling
    w.leaf("acivation_end", shown_time(pc, s.activation_end));
    w.leaf("price", pc.money_with_code(s.price, pc.user.currency));
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
