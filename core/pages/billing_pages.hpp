#pragma once
// The money pages: payments (examples/payments.xml), invoices
// (examples/invoices.xml) and subscriptions (examples/subscriptions.xml).
// Rows are written as SQLite reads them, so a long history needs no memory.
// Their lists are the pages' rows in the row formats.
#include <string>
#include <string_view>

#include "core/pages/page_context.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

// MOR's payment type as a word: the first letter upper-cased, the rest as
// stored ("manual" → "Manual", "paypal" → "Paypal").
std::string payment_type_text(std::string_view paymenttype);

// Amounts are in each payment's own currency, as stored: no conversion.
// amount_vat is amount + tax; vat is the payment's VAT percent.
void write_payments_page(output::TreeWriter& w, const PageContext& pc);

// Prices are stored in the default currency and shown in the user's; vat is
// the user's VAT percent.
void write_invoices_page(output::TreeWriter& w, const PageContext& pc);

// The service's price in the user's currency with its code: "10 USD".
void write_subscriptions_page(output::TreeWriter& w, const PageContext& pc);

}  // namespace kolmi::pages
