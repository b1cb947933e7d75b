#include "core/console/invoice_generation_report.hpp"

namespace kolmi::console {

namespace {
constexpr std::string_view kColumns[] = {"period",     "status", "invoice_id", "number", "user_id",
                                         "user",       "issue_date", "calls",  "unrated_calls", "lines",
                                         "price",      "vat",    "price_with_vat", "currency"};
}  // namespace

void write_generated_invoices(output::TreeWriter& w, std::string_view period,
                              const std::vector<billing::GeneratedInvoice>& invoices,
                              std::string_view default_currency) {
  auto money = [&w](std::string_view name, Decimal value) { w.money(name, value, value.to_string(), {}); };
  w.begin("invoices_generate");
  w.open_list("invoices", "invoice", kColumns);
  for (const billing::GeneratedInvoice& g : invoices) {
    w.open_item();
    w.text("period", period);
    w.text("status", billing::outcome_name(g.outcome));
    w.text("invoice_id", g.invoice_id ? std::to_string(g.invoice_id) : std::string());
    w.text("number", g.number);
    w.integer("user_id", g.user_id);
    w.text("user", g.login);
    w.text("issue_date", g.issue_date);
    w.integer("calls", g.calls);
    w.integer("unrated_calls", g.unrated_calls);
    w.integer("lines", g.lines);
    money("price", g.price);
    money("vat", g.vat);
    money("price_with_vat", g.price_with_vat);
    w.text("currency", default_currency);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
