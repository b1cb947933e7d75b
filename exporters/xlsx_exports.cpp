#include "exporters/xlsx_exports.hpp"

#include <array>

#include "core/pages/call_text.hpp"
#include "exporters/xlsx/xlsx_table.hpp"
#include "exporters/xlsx/xlsx_workbook.hpp"

namespace kolmi::exporters {

namespace {

using pages::Lang;
using pages::tr;
using xlsx::Kind;

// Rows between two progress calls.
constexpr std::int64_t kProgressEvery = 10'000;

std::string heading(Lang lang, std::string_view key, const std::string& full_name) {
  std::string s(tr(lang, key));
  if (!full_name.empty()) {
    s += " \u2014 ";
    s += full_name;
  }
  return s;
}

xlsx::Column column(Lang lang, std::string_view key, Kind kind) {
  return {std::string(tr(lang, key)), kind};
}

}  // namespace

void write_rates_xlsx(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                      const XlsxOptions& options) {
  xlsx::Workbook book(options.scratch_dir,
                      {.title = heading(info.lang, "Personal rates", info.full_name),
                       .subject = std::string(tr(info.lang, "Currency")) + ": " + info.currency});
  xlsx::Table table(book, tr(info.lang, "Rates"),
                    {column(info.lang, "Name", Kind::text), column(info.lang, "Type", Kind::text),
                     column(info.lang, "Rate", Kind::money), column(info.lang, "Rate with VAT", Kind::money)},
                    {.digits = info.digits, .currency = info.currency});
  pages::PersonalRate rate;
  std::array<char, 32> rate_text{};
  std::array<char, 32> vat_text{};
  while (rows(rate)) {
    const std::array<xlsx::Cell, 4> cells{{{rate.name},
                                           {rate.type},
                                           {pages::money_text(rate.rate, info.digits, rate_text)},
                                           {pages::money_text(rate.rate_with_vat, info.digits, vat_text)}}};
    table.add_row(cells);
    if (table.rows() % kProgressEvery == 0 && options.progress) options.progress(table.rows());
  }
  if (options.progress) options.progress(table.rows());
  table.finish();
  book.save(sink);
}

void write_calls_xlsx(const CallsExportInfo& info, const CallRowSource& rows, const ByteSink& sink,
                      const XlsxOptions& options) {
  xlsx::Workbook book(
      options.scratch_dir,
      {.title = heading(info.lang, "Call list", info.full_name),
       .subject = std::string(tr(info.lang, "Period")) + ": " + info.period_from + " \u2014 " +
                  info.period_till + ", " + std::string(tr(info.lang, "Currency")) + ": " + info.currency});
  xlsx::Table table(book, tr(info.lang, "Calls"),
                    {column(info.lang, "Date", Kind::date), column(info.lang, "Called from", Kind::text),
                     column(info.lang, "Called to", Kind::text), column(info.lang, "Destination", Kind::text),
                     column(info.lang, "Duration", Kind::duration),
                     column(info.lang, "Hangup cause", Kind::text), column(info.lang, "Price", Kind::money)},
                    {.digits = info.digits, .currency = info.currency});
  CallExportRow row;
  while (rows(row)) {
    const std::array<xlsx::Cell, 7> cells{{{row.date},
                                           {row.called_from},
                                           {row.called_to},
                                           {row.destination},
                                           {{}, row.billsec},
                                           {row.hangup_cause},
                                           {row.price_text}}};
    table.add_row(cells);
    if (table.rows() % kProgressEvery == 0 && options.progress) options.progress(table.rows());
  }
  if (options.progress) options.progress(table.rows());
  table.finish();
  book.save(sink);
}

}  // namespace kolmi::exporters
