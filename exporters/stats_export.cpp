#include "exporters/stats_export.hpp"

#include "exporters/chart/pdf_renderer.hpp"
#include "exporters/chart/stats_chart_layout.hpp"
#include "exporters/chart/svg_renderer.hpp"
#include "exporters/file_names.hpp"
#include "exporters/stats_csv.hpp"

namespace kolmi::exporters {

std::string_view extension(StatsFormat format) {
  switch (format) {
    case StatsFormat::pdf:
      return "pdf";
    case StatsFormat::svg:
      return "svg";
    case StatsFormat::csv:
      return "csv";
  }
  return "pdf";
}

StatsExport::StatsExport(const pages::PageContext& pc, const pages::StatsRequest& request)
    : pc_(pc), chart_(chart::make_stats_chart(pages::load_stats_page(pc, request))) {}

std::string StatsExport::file_name(StatsFormat format) const {
  return stats_file_name(pc_.user.username, chart_.start_date, chart_.end_date, extension(format));
}

void StatsExport::write(const ByteSink& sink, const StatsExportOptions& options) const {
  if (options.format == StatsFormat::csv) {
    write_stats_csv(chart_, sink, options.csv);
    return;
  }
  const chart::Drawing drawing = chart::layout_stats_chart(
      chart_, {.full_name = pc_.user.full_name(), .zone = pc_.zone.name(), .lang = pc_.lang});
  if (options.format == StatsFormat::svg) {
    chart::write_svg(drawing, sink);
  } else {
    chart::write_chart_pdf(drawing, sink, options.font_path);
  }
}

}  // namespace kolmi::exporters
