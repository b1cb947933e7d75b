// `kolmi stats export --format pdf|svg|csv` (cli.md "Documents"): the
// statistics page as a chart (PDF, SVG) or its by-date table (CSV). A
// subcommand of `stats`, whose period options (--from, --till, --period)
// it reads, before or after `export`, as `calls export` does; the output
// (-o FILE, -o DIR/, stdout) is decided and written as the other exports'.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/export_file_options.hpp"
#include "cli/export_output.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "exporters/stats_export.hpp"

namespace kolmi::cli {

namespace {

using exporters::StatsFormat;

// The format, with the options that do not apply to it refused in one
// sentence each (the words of the other exports).
StatsFormat checked_format(const ExportFileOptions& o) {
  refuse_other_format_options(o);
  return o.format == "pdf" ? StatsFormat::pdf : o.format == "svg" ? StatsFormat::svg : StatsFormat::csv;
}

void run_stats_export(const Context& ctx, const CLI::App* stats, const ExportFileOptions& o) {
  const StatsFormat format = checked_format(o);
  PeriodValues period = period_values(stats);
  const pages::StatsRequest request{std::move(period.from), std::move(period.till), std::move(period.period)};
  store::Database db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  store::ReadSnapshot snapshot(db);
  pages::PageContext pc = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
  const exporters::StatsExport job(pc, request);  // checks the period before any file is made
  exporters::StatsExportOptions options{.format = format, .font_path = o.font};
  if (format == StatsFormat::csv) {
    options.csv = csv_options(db, o);
  }
  // Only a PDF is kept off a terminal: an SVG and a CSV are text.
  const auto terminal_rule = format == StatsFormat::pdf ? exporters::ExportFormat::pdf : exporters::ExportFormat::csv;
  const std::optional<std::string> path =
      export_path(o.output_given(), job.file_name(format), terminal_rule, is_terminal(ctx.out));
  write_export(ctx, path, [&](const exporters::ByteSink& sink) { job.write(sink, options); });
}

}  // namespace

void add_stats_export_command(CLI::App& app, Context& ctx) {
  // Throws CLI::OptionNotFound at start-up if the pages were not registered.
  CLI::App* stats = app.get_subcommand("stats");
  auto o = std::make_shared<ExportFileOptions>();
  auto* cmd = stats->add_subcommand(
      "export",
      "Export your statistics as a chart (PDF, SVG: calls and minutes per day, ASR) or their by-date table "
      "(CSV); period as for stats: --from --till --period, before or after export");
  add_export_file_options(cmd, *o,
                          {.formats = {"pdf", "svg", "csv"},
                           .output_help = "Write to FILE (atomically), or into DIR/ under the default file name; "
                                          "- or none: stdout (a PDF only when stdout is not a terminal)",
                           .strict = false});
  cmd->fallthrough();
  cmd->callback([&ctx, stats, o] { run_stats_export(ctx, stats, *o); });
}

}  // namespace kolmi::cli
