#pragma once
// What the PDF documents (calls, rates, invoices) build the same way from
// their DocumentFacts: the letterhead (issuer, customer, issue date) in the
// reader's language, and the document's end (the table drawn, the
// letterhead on page 1, the footers, the metadata).
#include <string>
#include <string_view>

#include "core/pages/i18n.hpp"
#include "exporters/document_facts.hpp"
#include "exporters/pdf/document_frame.hpp"
#include "exporters/pdf/pdf_table.hpp"

namespace kolmi::exporters {

// "<label in lang>: value".
std::string labelled(pages::Lang lang, std::string_view key, std::string_view value);

// The issuer's lines (company, address lines, VAT number, e-mail), top right.
void add_issuer(pdf::Letterhead& h, pages::Lang lang, const Issuer& issuer);

// Issuer top right (add_issuer), the
// customer (name, account, address, VAT number) and the fact "Issue date"
// (d.issue_date in words); the caller adds its own facts after it.
pdf::Letterhead document_letterhead(pages::Lang lang, const DocumentFacts& d, std::string title);

// Adds the facts of a document about a period: "Period" from — till (the
// user's wall clock, in words), the time zone they are in, the currency.
void add_period_facts(pdf::Letterhead& h, pages::Lang lang, const DocumentFacts& d, std::string_view from,
                      std::string_view till, const std::string& currency);

// Finishes the table, draws `head` on its first page, the footer "title …
// Page n/N" on every page, and sets Title (title), Author (the issuer's
// company), Subject (subject) and Creator (kolmi). Throws Error(storage).
void finish_document(pdf::Document& doc, const pdf::Fonts& fonts, pdf::Table& table, pdf::Sheet& head,
                     const std::string& title, pages::Lang lang, const Issuer& issuer,
                     const std::string& subject);

}  // namespace kolmi::exporters
