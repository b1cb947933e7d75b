#include "exporters/pdf_exports.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/pages/call_text.hpp"
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

// Rows between two progress calls.
constexpr std::int64_t kProgressEvery = 10'000;
// Destinations the summary ranks.
constexpr std::size_t kTopDestinations = 5;

std::string title_for(Lang lang, std::string_view key, const std::string& full_name) {
  std::string s(word(lang, key));
  if (!full_name.empty()) {
    s += " \u2014 ";
    s += full_name;
  }
  return s;
}

std::vector<pdf::Column> call_columns(Lang lang) {
  using pages::tr;
  using pdf::Align;
  return {{std::string(tr(lang, "Date")), Align::left},
          {std::string(tr(lang, "Called from")), Align::left},
          {std::string(tr(lang, "Called to")), Align::left},
          {std::string(tr(lang, "Destination")), Align::left, true, true},
          {std::string(tr(lang, "Duration")), Align::right},
          {std::string(tr(lang, "Hangup cause")), Align::left},
          {std::string(tr(lang, "Price")), Align::decimal}};
}

// The exact sum of prices in nano-units, as a Decimal; throws when it does
// not fit (beyond ±9.2 × 10^9 units).
Decimal total_price(Int128 nanos) {
  if (nanos > std::numeric_limits<std::int64_t>::max() || nanos < std::numeric_limits<std::int64_t>::min()) {
    throw storage_error("PDF: the total price of the calls is out of range");
  }
  return Decimal::from_nanos(static_cast<std::int64_t>(nanos));
}

struct VatTotals {
  Decimal net, vat, gross;  // net rounded once; VAT on it, rounded; gross = net + VAT
};

VatTotals vat_totals(Decimal exact, Decimal percent, int digits) {
  VatTotals t;
  t.net = exact.rounded(digits);
  t.vat = t.net.mul_div(percent, Decimal::from_units(100)).rounded(digits);
  t.gross = t.net + t.vat;
  return t;
}

}  // namespace

void write_rates_pdf(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                     const PdfOptions& options) {
  const std::string font = pdf::locate_font(options.font_path);
  const Lang lang = info.lang;
  const char mark = pdf::decimal_mark(lang);
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);

  const std::string title = title_for(lang, "Personal rates", info.full_name);
  pdf::Letterhead h = document_letterhead(lang, info.document, title);
  const std::string vat = pdf::percent_words(info.document.customer.vat_percent, lang);
  h.facts.emplace_back(pages::tr(lang, "Tariff"), info.tariff.empty() ? std::string("\u2014") : info.tariff);
  h.facts.emplace_back(word(lang, "Currency"), info.currency);
  h.facts.emplace_back(word(lang, "VAT"), vat);
  pdf::Sheet head(doc, fonts);
  float top = pdf::lay_out_letterhead(head, h);
  head.text(pdf::kMargin, top, 8, word(lang, "Rates are per minute."));
  top += 8;

  const std::string per_min = info.currency + "/min";
  std::vector<pdf::Column> columns = {
      {std::string(pages::tr(lang, "Name")), pdf::Align::left, true, true},
      {std::string(pages::tr(lang, "Type")), pdf::Align::left},
      {std::string(pages::tr(lang, "Rate")) + ", " + per_min, pdf::Align::decimal},
      {std::string(word(lang, "Rate with VAT")) + " " + vat + ", " + per_min, pdf::Align::decimal}};
  pdf::Table table(doc, fonts, std::move(columns), top, mark);

  pages::PersonalRate rate;
  std::array<char, 40> rate_text{};
  std::array<char, 40> vat_text{};
  std::int64_t count = 0;
  while (rows(rate)) {
    const std::array<std::string_view, 4> cells{rate.name, rate.type,
                                                pdf::fixed_money(rate.rate, info.digits, mark, rate_text),
                                                pdf::fixed_money(rate.rate_with_vat, info.digits, mark, vat_text)};
    table.add_row(cells);
    if (++count % kProgressEvery == 0 && options.progress) options.progress(count);
  }
  if (options.progress) options.progress(count);
  finish_document(doc, fonts, table, head, title, lang, info.document.issuer, title + " (" + info.currency + ")");
  doc.save(sink);
}

void write_calls_pdf(const CallsExportInfo& info, const CallRowSource& rows, const ByteSink& sink,
                     const PdfOptions& options) {
  const std::string font = pdf::locate_font(options.font_path);
  const Lang lang = info.lang;
  const char mark = pdf::decimal_mark(lang);
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);

  const std::string title = title_for(lang, "Call list", info.full_name);
  pdf::Letterhead h = document_letterhead(lang, info.document, title);
  const std::string zone = info.document.time_zone.empty() ? std::string() : " (" + info.document.time_zone + ")";
  add_period_facts(h, lang, info.document, info.period_from, info.period_till, info.currency);
  pdf::Sheet head(doc, fonts);
  float top = pdf::lay_out_letterhead(head, h);

  // The summary, from the breakdown's exact sums (the same as `kolmi calls
  // --summary`), each amount rounded once.
  const int digits = info.digits;
  std::string rounding_note;
  if (info.breakdown) {
    const pages::CallsBreakdown& b = *info.breakdown;
    const Decimal percent = info.document.customer.vat_percent;
    const VatTotals t = vat_totals(b.totals.price, percent, digits);
    pdf::SummaryBlock s;
    s.heading = std::string(word(lang, "Summary"));
    s.counts = {{std::string(word(lang, "Calls")), std::to_string(b.totals.calls)},
                {std::string(word(lang, "Answered calls")), std::to_string(b.totals.answered)},
                {std::string(word(lang, "Talk time")), pdf::talk_time(b.totals.billsec)}};
    if (b.totals.unrated > 0) {
      s.counts.emplace_back(std::string(word(lang, "Calls")) + ", " + std::string(word(lang, "not rated")),
                            std::to_string(b.totals.unrated));
    }
    s.money = {{std::string(word(lang, "Total without VAT")) + ", " + info.currency,
                pdf::fixed_money(t.net, digits, mark)},
               {std::string(word(lang, "VAT")) + " " + pdf::percent_words(percent, lang),
                pdf::fixed_money(t.vat, digits, mark)},
               {std::string(word(lang, "Total with VAT")) + ", " + info.currency,
                pdf::fixed_money(t.gross, digits, mark)}};
    s.ranking_heading = std::string(word(lang, "Top destinations by spend"));
    s.ranking_columns = {std::string(pages::tr(lang, "Destination")), std::string(word(lang, "Calls")),
                         std::string(word(lang, "Talk time")),
                         std::string(word(lang, "Amount")) + ", " + info.currency};
    for (std::size_t i = 0; i < b.destinations.size() && s.ranking.size() < kTopDestinations; ++i) {
      const pages::DestinationSpend& d = b.destinations[i];
      if (d.price.is_zero()) break;
      s.ranking.push_back({d.name.empty() ? std::string("\u2014") : d.name, std::to_string(d.calls),
                           pdf::talk_time(d.billsec), pdf::fixed_money(d.price, digits, mark)});
    }
    if (b.rounded_rows.rounded(digits) != t.net) {
      rounding_note = std::string(word(lang, "The total is the exact sum of the calls' prices, rounded once; the "
                                             "rounded prices of the rows add up to")) +
                      " " + pdf::fixed_money(b.rounded_rows, digits, mark) + ".";
      s.notes.push_back(rounding_note);
    }
    top = pdf::lay_out_summary(head, top, s, mark);
  }

  pdf::Table table(doc, fonts, call_columns(lang), top, mark);
  if (info.breakdown) {
    // Every destination name and the longest numbers, so the columns are
    // wide enough for every row, not only the first ones.
    for (const pages::DestinationSpend& d : info.breakdown->destinations) table.measure(3, d.name);
    table.measure(1, info.breakdown->longest_src);
    table.measure(2, info.breakdown->longest_dst);
  }
  for (std::string_view cause : {"Answered", "No Answer", "Busy", "Failed"}) {
    table.measure(5, pages::tr(lang, cause));
  }

  CallExportRow row;
  std::int64_t count = 0;
  std::int64_t billsec = 0;
  Int128 price_nanos = 0;
  std::array<char, 40> price_text{};
  while (rows(row)) {
    const std::array<std::string_view, 7> cells{
        row.date,         row.called_from, row.called_to, row.destination, row.duration,
        row.hangup_cause, row.price ? pdf::fixed_money(*row.price, digits, mark, price_text) : std::string_view{}};
    table.add_row(cells);
    billsec += row.billsec;
    if (row.price) price_nanos += row.price->nanos();
    if (++count % kProgressEvery == 0 && options.progress) options.progress(count);
  }
  if (options.progress) options.progress(count);

  // Total: the exact sum of the rows' exact prices, rounded once to the
  // export's digits (not the sum of the rounded prices shown in the rows).
  std::array<char, 32> duration_text{};
  const std::string total_text = pdf::fixed_money(total_price(price_nanos), digits, mark);
  const std::array<std::string_view, 7> total{
      pages::tr(lang, "Total"), {}, {}, {}, pages::duration_text(billsec, duration_text), {}, total_text};
  table.add_total_row(total);
  if (!rounding_note.empty()) table.add_note_row(rounding_note);

  finish_document(doc, fonts, table, head, title, lang, info.document.issuer,
                  title + ", " + info.period_from + " \u2014 " + info.period_till + zone);
  doc.save(sink);
}

}  // namespace kolmi::exporters
