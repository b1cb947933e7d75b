#include "exporters/calls_csv.hpp"

#include "core/output/csv_writer.hpp"

namespace kolmi::exporters {

namespace {
// Rows between two progress reports: rare enough to cost nothing per row.
constexpr std::int64_t kProgressEvery = 4096;
}  // namespace

void write_calls_csv(const CallRowSource& rows, const ByteSink& sink, const CsvOptions& options,
                     const ProgressCallback& progress) {
  output::CsvWriter csv(sink, options.separator);
  if (options.bom) csv.bom();
  for (std::string_view name : kCallsCsvHeader) csv.plain_field(name);
  csv.end_row();
  CallExportRow row;
  std::array<char, 32> price{};
  std::int64_t done = 0;
  while (rows(row)) {
    // Numbers and destination come from data (made safe); date, duration,
    // cause and price are kolmi's own text.
    csv.plain_field(row.date);
    csv.field(row.called_from);
    csv.field(row.called_to);
    csv.field(row.destination);
    csv.plain_field(row.duration);
    csv.plain_field(row.hangup_cause);
    csv.plain_field(with_decimal_mark(row.price_text, options.decimal, price));
    csv.end_row();
    if (++done % kProgressEvery == 0 && progress) progress(done);
  }
  csv.flush();
  if (progress) progress(done);
}

}  // namespace kolmi::exporters
