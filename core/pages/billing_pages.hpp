#pragma once
// The money pages: payments (examples/payments.xml), invoices
// (examples/invoices.xml) and subscriptions (examples/subscriptions.xml).
// Rows are written as SQLite reads them, so a long history needs no memory.
#include <string>
#include <string_view>

#include "core/pages/page_context.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::pages {

// MOR's payment type as a word: the first letter upper-cased, the rest as
// stored ("manual" → "Manual", "paypal" → "Paypal").
std::string payment_type_text(std::string_view paymenttype);

// Amounts are in each payment's own currency, as stored: no conversion.
// amount_vat is amount + tax; vat is the payment's VAT percent.
void write_payments_page(const PageContext& pc, xml::XmlWriter& w);

// Prices are stored in the default currency and shown in the user's; vat is
// the user's VAT percent.
void write_invoices_page(const PageContext& pc, xml::XmlWriter& w);

// The service's price in the user's currency with its code: "10 USD".
void write_subscriptions_page(const PageContext& pc, xml::XmlWriter& w);

}  // namespace kolmi::pages
