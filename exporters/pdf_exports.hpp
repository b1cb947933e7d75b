#pragma once
// The personal rates and call list exports as PDF (libharu): A4, a title,
// a table whose header row repeats on every page, page numbers "page/total",
// and for calls a final Total row. Text is UTF-8 through an embedded
// TrueType font (DejaVu Sans), so Cyrillic, €, ₽ and — render.
#include <cstdint>
#include <functional>
#include <string>

#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

struct PdfOptions {
  // A TrueType font file; empty: DejaVu Sans found through fontconfig.
  std::string font_path;
  // Called now and then with the number of rows written so far (progress on
  // a terminal); may be empty.
  std::function<void(std::int64_t rows_done)> progress;
};

// Each writes the whole document into `sink`. Throws Error(storage) when the
// font cannot be found or loaded, and Error(storage) for a libharu failure
// (naming it); the sink's own errors propagate. libharu keeps the whole
// document in memory until it is written (about 300 MB for a million calls).
//
// The calls PDF's title gives the number of rows the source gave (not
// info.total_calls), and its Total row the sum of `billsec` as HH:MM:SS and
// the exact sum of the rows' exact `price` (unrated rows add nothing),
// rounded once to info.digits: it can differ from the sum of the rounded
// prices the rows show.
void write_rates_pdf(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                     const PdfOptions& options);
void write_calls_pdf(const CallsExportInfo& info, const CallRowSource& rows, const ByteSink& sink,
                     const PdfOptions& options);

}  // namespace kolmi::exporters
