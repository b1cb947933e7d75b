#pragma once
// The personal rates and call list exports as XLSX: one sheet of the CSV
// export's columns with their headings in the user's language, typed cells
// (exporters/xlsx/xlsx_table.hpp: prices numbers with the document's
// decimals and currency, dates Excel dates on the user's wall clock as the
// CSV shows them, durations [hh]:mm:ss, the rest text), the header frozen,
// an auto-filter, widths from the content. Streamed: a million calls cost
// two buffers of memory (exporters/xlsx/sheet_body.hpp).
#include <cstdint>
#include <functional>
#include <string>

#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

struct XlsxOptions {
  // The folder where the workbook is built before it is copied into the
  // sink (its files there have no names); for a file export, the target's
  // folder. Empty: the current folder.
  std::string scratch_dir;
  // Called now and then with the number of rows written so far; may be empty.
  std::function<void(std::int64_t rows_done)> progress;
};

// Each writes the whole workbook into `sink`. Throws Error(storage) when a
// scratch file cannot be made, written or read back, or the workbook would
// pass zip's 4 GiB; the sink's own errors propagate.
void write_rates_xlsx(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                      const XlsxOptions& options);
void write_calls_xlsx(const CallsExportInfo& info, const CallRowSource& rows, const ByteSink& sink,
                      const XlsxOptions& options);

}  // namespace kolmi::exporters
