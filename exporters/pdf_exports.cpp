#include "exporters/pdf_exports.hpp"

#include <array>
#include <limits>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/pages/call_text.hpp"
#include "exporters/pdf/font_locator.hpp"
#include "exporters/pdf/pdf_document.hpp"
#include "exporters/pdf/pdf_table.hpp"

namespace kolmi::exporters {

namespace {

using pages::Lang;
using pages::tr;

// Rows between two progress calls.
constexpr std::int64_t kProgressEvery = 10'000;

std::string label(Lang lang, std::string_view key, std::string_view value) {
  std::string s(tr(lang, key));
  s += ": ";
  s += value;
  return s;
}

std::string heading(Lang lang, std::string_view key, const std::string& full_name) {
  std::string s(tr(lang, key));
  if (!full_name.empty()) {
    s += " \u2014 ";
    s += full_name;
  }
  return s;
}

std::vector<pdf::Column> call_columns(Lang lang) {
  using pdf::Align;
  // Points: they add up to the page's content width (523; pdf::Column
  // widths are relative), 2 of them padding on each side. At 8 pt a date
  // takes 85 points, a 13-digit number 66, "Длительность" 60.
  return {{std::string(tr(lang, "Date")), 90, Align::left},
          {std::string(tr(lang, "Called from")), 72, Align::left},
          {std::string(tr(lang, "Called to")), 72, Align::left},
          {std::string(tr(lang, "Destination")), 107, Align::left},
          {std::string(tr(lang, "Duration")), 64, Align::right},
          {std::string(tr(lang, "Hangup cause")), 62, Align::left},
          {std::string(tr(lang, "Price")), 56, Align::right}};
}

std::vector<pdf::Column> rate_columns(Lang lang) {
  using pdf::Align;
  return {{std::string(tr(lang, "Name")), 260, Align::left},
          {std::string(tr(lang, "Type")), 63, Align::left},
          {std::string(tr(lang, "Rate")), 100, Align::right},
          {std::string(tr(lang, "Rate with VAT")), 100, Align::right}};
}

// The exact sum of prices in nano-units, as a Decimal; throws when it does
// not fit (beyond ±9.2 × 10^9 units).
Decimal total_price(Int128 nanos) {
  if (nanos > std::numeric_limits<std::int64_t>::max() || nanos < std::numeric_limits<std::int64_t>::min()) {
    throw storage_error("PDF: the total price of the calls is out of range");
  }
  return Decimal::from_nanos(static_cast<std::int64_t>(nanos));
}

}  // namespace

void write_rates_pdf(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                     const PdfOptions& options) {
  const std::string font = pdf::locate_font(options.font_path);
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);
  pdf::Table table(doc, fonts, rate_columns(info.lang), 2);

  pages::PersonalRate rate;
  std::array<char, 32> rate_text{};
  std::array<char, 32> vat_text{};
  std::int64_t count = 0;
  while (rows(rate)) {
    const std::array<std::string_view, 4> cells{rate.name, rate.type,
                                                pages::money_text(rate.rate, info.digits, rate_text),
                                                pages::money_text(rate.rate_with_vat, info.digits, vat_text)};
    table.add_row(cells);
    if (++count % kProgressEvery == 0 && options.progress) options.progress(count);
  }
  if (options.progress) options.progress(count);

  pdf::Title title;
  title.heading = heading(info.lang, "Personal rates", info.full_name);
  title.lines = {label(info.lang, "Tariff", info.tariff.empty() ? std::string_view("\u2014") : info.tariff),
                 label(info.lang, "Currency", info.currency)};
  table.finish(title);
  doc.save(sink);
}

void write_calls_pdf(const CallsExportInfo& info, const CallRowSource& rows, const ByteSink& sink,
                     const PdfOptions& options) {
  const std::string font = pdf::locate_font(options.font_path);
  pdf::Document doc;
  const pdf::Fonts fonts = doc.load_font(font);
  pdf::Table table(doc, fonts, call_columns(info.lang), 3);

  CallExportRow row;
  std::int64_t count = 0;
  std::int64_t billsec = 0;
  Int128 price_nanos = 0;
  while (rows(row)) {
    const std::array<std::string_view, 7> cells{row.date,        row.called_from, row.called_to,
                                                row.destination, row.duration,    row.hangup_cause,
                                                row.price_text};
    table.add_row(cells);
    billsec += row.billsec;
    if (row.price) price_nanos += row.price->nanos();
    if (++count % kProgressEvery == 0 && options.progress) options.progress(count);
  }
  if (options.progress) options.progress(count);

  // Total: the exact sum of the rows' exact prices, rounded once to the
  // export's digits (not the sum of the rounded prices shown in the rows).
  std::array<char, 32> duration_text{};
  std::array<char, 32> price_text{};
  const std::array<std::string_view, 7> total{
      tr(info.lang, "Total"),
      {},
      {},
      {},
      pages::duration_text(billsec, duration_text),
      {},
      pages::money_text(total_price(price_nanos), info.digits, price_text)};
  table.add_total_row(total);

  pdf::Title title;
  title.heading = heading(info.lang, "Call list", info.full_name);
  title.lines = {label(info.lang, "Period", info.period_from + " \u2014 " + info.period_till),
                 label(info.lang, "Currency", info.currency),
                 label(info.lang, "Number of calls", std::to_string(count))};
  table.finish(title);
  doc.save(sink);
}

}  // namespace kolmi::exporters
