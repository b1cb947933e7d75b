#pragma once
// An invoice as a PDF a customer can be sent (issue 16 items 1 and 3): the
// letterhead (issuer, customer, issue date, invoice number, period with
// its time zone, currency), a summary on page 1 (calls, talk time,
// subscriptions; total without VAT, VAT at the user's percent, total with
// VAT; the top destinations by amount), then the invoice's lines (one per
// destination group's calls with their count, minutes and amount, one per
// subscription) and the three totals. Money is aligned on the decimal mark
// with the invoice's fixed decimals; words, dates and the mark are the
// user's language's.
//
// The totals are the invoice row's own amounts (price, price_with_vat and
// their difference, the VAT), each rounded once: the document always
// agrees with the invoice kolmi stored. When the rounded lines do not add
// up to the rounded total, or the rounded total and VAT to the rounded
// total with VAT, a note under the summary and the table says so.
#include <string>
#include <vector>

#include "exporters/export_rows.hpp"
#include "exporters/invoice_export.hpp"

namespace kolmi::exporters {

// Writes the whole document into `sink`. `font_path`: a TrueType font
// file, empty for DejaVu Sans through fontconfig. Throws Error(storage)
// when the font cannot be found or loaded and for a libharu failure; the
// sink's own errors propagate. info.document.logo must have been checked
// (InvoiceExport::check_document).
void write_invoice_pdf(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                       const ByteSink& sink, const std::string& font_path);

}  // namespace kolmi::exporters
