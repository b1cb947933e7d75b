#include "exporters/stats_csv.hpp"

#include <array>
#include <string>

#include "core/output/csv_writer.hpp"
#include "core/pages/stats_page.hpp"

namespace kolmi::exporters {

void write_stats_csv(const chart::StatsChart& chart, const ByteSink& sink, const CsvOptions& options) {
  output::CsvWriter csv(sink, options.separator);
  if (options.bom) csv.bom();
  for (std::string_view name : kStatsCsvHeader) csv.plain_field(name);
  csv.end_row();
  std::array<char, 32> mark{};
  for (const chart::ChartDay& day : chart.days) {
    csv.plain_field(day.date);
    csv.plain_field(std::to_string(day.calls));
    csv.plain_field(std::to_string(day.answered));
    csv.plain_field(with_decimal_mark(pages::minutes_text(day.billsec), options.decimal, mark));
    csv.plain_field(std::to_string(day.billsec));
    csv.plain_field(with_decimal_mark(pages::minutes_text(day.billsec, day.answered), options.decimal, mark));
    csv.plain_field(std::to_string(pages::asr_percent(day.answered, day.calls)));
    csv.end_row();
  }
  csv.flush();
}

}  // namespace kolmi::exporters
