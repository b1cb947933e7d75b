#include "exporters/invoice_pdf.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "exporters/document_letterhead.hpp"
#include "exporters/pdf/document_frame.hpp"
#include "exporters/pdf/document_words.hpp"
#include "exporters/pdf/font_locator.hpp"
#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/pdf_table.hpp"

namespace kolmi::exporters {

namespace {

using pages::Lang;
using pdf::word;

// Destination groups the summary ranks.
constexpr std::size_t kTopDestinations = 5;

std::string_view type_words(Lang lang, std::string_view type) {
  if (type == "calls") return word(lang, "Calls");
  if (type == "periodic_fee") return word(lang, "Periodic fee");
  if (type == "flat_rate") return word(lang, "Flat rate");
  if (type == "one_time_fee") return word(lang, "One-time fee");
  return type;
}

// Billed seconds as minutes with two decimals and the language's mark.
std::string minutes_words(std::int64_t seconds, char mark) {
  return pdf::fixed_money(Decimal::from_units(seconds).mul_div(1, 60), 2, mark);
}

std::string with_currency(Lang lang, std::string_view key, const std::string& currency) {
  return std::string(word(lang, key)) + ", " + currency;
}

// The invoice's amounts as printed: each of the row's exact amounts rounded
// once, and what the printed parts add up to.
struct PrintedAmounts {
  Decimal net, vat, gross;
  Decimal lines;  // the sum of the rounded lines
};

PrintedAmounts printed_amounts(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines) {
  PrintedAmounts a{.net = info.price.rounded(info.digits),
                   .vat = info.vat.rounded(info.digits),
                   .gross = info.price_with_vat.rounded(info.digits),
                   .lines = {}};
  for (const InvoiceExportLine& l : lines) a.lines = a.lines + l.price.rounded(info.digits);
  return a;
}

// How the totals are rounded, for each printed sum that is not the sum of
// the printed parts; none when every one is.
std::vector<std::string> rounding_notes(Lang lang, const PrintedAmounts& a, int digits, char mark) {
  std::vector<std::string> notes;
  if (a.lines != a.net) {
    notes.push_back(std::string(word(lang, "The total is the invoice's exact amount, rounded once; the rounded lines "
                                           "add up to")) +
                    " " + pdf::fixed_money(a.lines, digits, mark) + ".");
  }
  if (a.net + a.vat != a.gross) {
    notes.push_back(std::string(word(lang, "The total with VAT is the invoice's exact amount, rounded once; the "
                                           "rounded total and VAT add up to")) +
                    " " + pdf::fixed_money(a.net + a.vat, digits, mark) + ".");
  }
  return notes;
}

pdf::SummaryBlock summary(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                          const PrintedAmounts& a, char mark) {
  const Lang lang = info.lang;
  const int digits = info.digits;
  std::int64_t calls = 0, billsec = 0, subscriptions = 0;
  std::vector<const InvoiceExportLine*> groups;
  for (const InvoiceExportLine& l : lines) {
    if (l.type == "calls") {
      calls += l.quantity;
      billsec += l.total_time;
      groups.push_back(&l);
    } else {
      ++subscriptions;
    }
  }
  pdf::SummaryBlock s;
  s.heading = std::string(word(lang, "Summary"));
  s.counts = {{std::string(word(lang, "Calls")), std::to_string(calls)},
              {std::string(word(lang, "Talk time")), pdf::talk_time(billsec)}};
  if (subscriptions > 0) s.counts.emplace_back(std::string(word(lang, "Subscriptions")), std::to_string(subscriptions));
  s.money = {{with_currency(lang, "Total without VAT", info.currency), pdf::fixed_money(a.net, digits, mark)},
             {std::string(word(lang, "VAT")) + " " + pdf::percent_words(info.document.customer.vat_percent, lang),
              pdf::fixed_money(a.vat, digits, mark)},
             {with_currency(lang, "Total with VAT", info.currency), pdf::fixed_money(a.gross, digits, mark)}};
  // The largest amounts first; equal ones in the invoice's order.
  std::stable_sort(groups.begin(), groups.end(),
                   [](const InvoiceExportLine* x, const InvoiceExportLine* y) { return y->price < x->price; });
  s.ranking_heading = std::string(word(lang, "Top destinations by spend"));
  s.ranking_columns = {std::string(pages::tr(lang, "Destination")), std::string(word(lang, "Calls")),
                       std::string(word(lang, "Talk time")), with_currency(lang, "Amount", info.currency)};
  for (const InvoiceExportLine* g : groups) {
    if (s.ranking.size() == kTopDestinations || g->price.is_zero()) break;
    s.ranking.push_back({g->name, std::to_string(g->quantity), pdf::talk_time(g->total_time),
                         pdf::fixed_money(g->price, digits, mark)});
  }
  return s;
}

}  // namespace

void write_invoice_pdf(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                       const ByteSink& sink, const std::string& font_path) {
  const std::string font = pdf::locate_font(font_path);
  const Lang lang = info.lang;
  const char mark = pdf::decimal_mark(lang);
  const int digits = info.digits;
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);

  const std::string title = std::string(word(lang, "Invoice")) + " " + info.number;
  pdf::Letterhead h = document_letterhead(lang, info.document, title);
  h.facts.emplace_back(word(lang, "Invoice number"), info.number);
  add_period_facts(h, lang, info.document, info.period_start, info.period_end, info.currency);
  pdf::Sheet head(doc, fonts);
  float top = pdf::lay_out_letterhead(head, h);

  const PrintedAmounts amounts = printed_amounts(info, lines);
  const std::vector<std::string> notes = rounding_notes(lang, amounts, digits, mark);
  pdf::SummaryBlock s = summary(info, lines, amounts, mark);
  s.notes = notes;
  top = pdf::lay_out_summary(head, top, s, mark);

  using pdf::Align;
  pdf::Table table(doc, fonts,
                   {{std::string(word(lang, "Description")), Align::left, true, true},
                    {std::string(pages::tr(lang, "Type")), Align::left},
                    {std::string(word(lang, "Quantity")), Align::right},
                    {std::string(pages::tr(lang, "Minutes")), Align::decimal},
                    {with_currency(lang, "Amount", info.currency), Align::decimal}},
                   top, mark);
  for (const InvoiceExportLine& l : lines) {
    const std::string quantity = std::to_string(l.quantity);
    const std::string minutes = l.type == "calls" ? minutes_words(l.total_time, mark) : std::string();
    const std::string amount = pdf::fixed_money(l.price, digits, mark);
    const std::array<std::string_view, 5> cells{l.name, type_words(lang, l.type), quantity, minutes, amount};
    table.add_row(cells);
  }
  const std::string vat_label = std::string(word(lang, "VAT")) + " " +
                                pdf::percent_words(info.document.customer.vat_percent, lang);
  const std::array<std::pair<std::string, Decimal>, 3> totals{{{std::string(word(lang, "Total without VAT")), amounts.net},
                                                                {vat_label, amounts.vat},
                                                                {std::string(word(lang, "Total with VAT")), amounts.gross}}};
  for (const auto& [label, amount] : totals) {
    const std::string text = pdf::fixed_money(amount, digits, mark);
    const std::array<std::string_view, 5> cells{label, {}, {}, {}, text};
    table.add_total_row(cells);
  }
  for (const std::string& note : notes) table.add_note_row(note);

  const std::string zone = info.document.time_zone.empty() ? std::string() : " (" + info.document.time_zone + ")";
  std::string subject = title + ", " + info.period_start + " \u2014 " + info.period_end + zone;
  if (!info.full_name.empty()) subject += ", " + info.full_name;
  finish_document(doc, fonts, table, head, title, lang, info.document.issuer, subject);
  doc.save(sink);
}

}  // namespace kolmi::exporters
