#pragma once
// `kolmi stats export`: the statistics page (spec "Graphs") as a chart, PDF
// or SVG, or as its by-date table, CSV. Built from the page context the
// command line made, in two steps so that nothing is written before
// everything is checked: the constructor reads the stats page (the same
// load as `kolmi stats`: same period options, same numbers) and makes the
// chart's model; write() renders it.
#include <string>
#include <string_view>

#include "core/pages/page_context.hpp"
#include "core/pages/stats_page.hpp"
#include "exporters/chart/stats_chart.hpp"
#include "exporters/csv_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

enum class StatsFormat { pdf, svg, csv };

// "pdf", "svg" or "csv": the file name's extension.
std::string_view extension(StatsFormat format);

struct StatsExportOptions {
  StatsFormat format = StatsFormat::pdf;
  CsvOptions csv{};         // for csv
  std::string font_path{};  // for pdf; empty: DejaVu Sans through fontconfig
};

class StatsExport {
 public:
  // Throws what pages::load_stats_page throws: Error(usage) naming --from,
  // --till or --period, Error(storage). `pc` must outlive this object.
  StatsExport(const pages::PageContext& pc, const pages::StatsRequest& request);

  const chart::StatsChart& chart() const { return chart_; }
  // Stats-<username>-<first day>-<last day>.pdf|svg|csv
  // (exporters/file_names.hpp).
  std::string file_name(StatsFormat format) const;
  // Writes the export into `sink`. Throws Error(storage) for the PDF writer
  // (font, libharu), and what `sink` throws.
  void write(const ByteSink& sink, const StatsExportOptions& options) const;

 private:
  const pages::PageContext& pc_;
  chart::StatsChart chart_;
};

}  // namespace kolmi::exporters
