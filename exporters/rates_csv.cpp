#include "exporters/rates_csv.hpp"

#include <array>
#include <string>

#include "core/pages/format.hpp"
#include "core/output/csv_writer.hpp"

namespace kolmi::exporters {

void write_rates_csv(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                     const CsvOptions& options) {
  output::CsvWriter csv(sink, options.separator);
  if (options.bom) csv.bom();
  for (std::string_view name : {"Name", "Type", "Rate", "Rate_with_VAT"}) csv.plain_field(name);
  csv.end_row();
  pages::PersonalRate rate;
  std::array<char, 32> buf{};
  while (rows(rate)) {
    // Name and type come from data (made safe); prices are kolmi's numbers.
    csv.field(rate.name);
    csv.field(rate.type);
    const std::string cost = pages::format_money(rate.rate, info.digits);
    csv.plain_field(with_decimal_mark(cost, options.decimal, buf));
    const std::string cost_with_vat = pages::format_money(rate.rate_with_vat, info.digits);
    csv.plain_field(with_decimal_mark(cost_with_vat, options.decimal, buf));
    csv.end_row();
  }
  csv.flush();
}

}  // namespace kolmi::exporters
