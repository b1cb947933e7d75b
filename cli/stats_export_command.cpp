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
#include "cli/export_output.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "exporters/stats_export.hpp"

namespace kolmi::cli {

namespace {

using exporters::StatsFormat;

std::optional<std::string> given(const CLI::Option* option) {
  return option->count() ? std::optional(option->as<std::string>()) : std::nullopt;
}

struct StatsExportCliOptions {
  std::string format;
  std::string output;
  std::string separator;
  std::string decimal;
  bool bom = false;
  std::string font;
  CLI::Option* output_option = nullptr;
  CLI::Option* separator_option = nullptr;
  CLI::Option* decimal_option = nullptr;
  CLI::Option* bom_option = nullptr;
  CLI::Option* font_option = nullptr;
};

// The format, with the options that do not apply to it refused in one
// sentence each (the words of the other exports).
StatsFormat checked_format(const StatsExportCliOptions& o) {
  const StatsFormat format =
      o.format == "pdf" ? StatsFormat::pdf : o.format == "svg" ? StatsFormat::svg : StatsFormat::csv;
  if (format != StatsFormat::csv &&
      (o.separator_option->count() || o.decimal_option->count() || o.bom_option->count())) {
    throw usage_error("--separator, --decimal and --bom apply to --format csv only");
  }
  if (format != StatsFormat::pdf && o.font_option->count()) {
    throw usage_error("--font applies to --format pdf only");
  }
  return format;
}

void run_stats_export(const Context& ctx, const CLI::App* stats, const StatsExportCliOptions& o) {
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
    options.csv = exporters::resolve_csv_options(
        db, {.separator = given(o.separator_option), .decimal = given(o.decimal_option), .bom = o.bom});
  }
  // Only a PDF is kept off a terminal: an SVG and a CSV are text.
  const auto terminal_rule = format == StatsFormat::pdf ? exporters::ExportFormat::pdf : exporters::ExportFormat::csv;
  const std::optional<std::string> path =
      export_path(given(o.output_option), job.file_name(format), terminal_rule, is_terminal(ctx.out));
  write_export(ctx, path, [&](const exporters::ByteSink& sink) { job.write(sink, options); });
}

}  // namespace

void add_stats_export_command(CLI::App& app, Context& ctx) {
  // Throws CLI::OptionNotFound at start-up if the pages were not registered.
  CLI::App* stats = app.get_subcommand("stats");
  auto o = std::make_shared<StatsExportCliOptions>();
  auto* cmd = stats->add_subcommand(
      "export",
      "Export your statistics as a chart (PDF, SVG: calls and minutes per day, ASR) or their by-date table "
      "(CSV); period as for stats: --from --till --period, before or after export");
  cmd->add_option("--format", o->format, "File format")->required()->check(CLI::IsMember({"pdf", "svg", "csv"}));
  o->output_option = cmd->add_option("-o,--output", o->output,
                                     "Write to FILE (atomically), or into DIR/ under the default file name; "
                                     "- or none: stdout (a PDF only when stdout is not a terminal)");
  o->separator_option = cmd->add_option("--separator", o->separator,
                                        "CSV field separator: one character, or tab (default: setting "
                                        "CSV_Separator, else ;)");
  o->decimal_option = cmd->add_option("--decimal", o->decimal,
                                      "CSV decimal mark, . or , (default: setting CSV_Decimal, else .)");
  o->bom_option = cmd->add_flag("--bom", o->bom, "Start the CSV with a UTF-8 byte order mark (for spreadsheets)");
  o->font_option = cmd->add_option(
      "--font", o->font, "PDF: a TrueType font file (default: DejaVu Sans, found through fontconfig)");
  cmd->fallthrough();
  cmd->callback([&ctx, stats, o] { run_stats_export(ctx, stats, *o); });
}

}  // namespace kolmi::cli
