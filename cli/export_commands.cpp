// `kolmi rates export` and `kolmi calls export` (spec: the "External links"
// exports): subcommands of the rates and calls pages. Their filters are the
// page's own options (--currency; --from, --till, --direction, --status,
// --device, --currency), accepted before or after `export`: CLI11 hands an
// option `export` does not know to its parent (fallthrough), and the export
// reads the parent's values here.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/export_file_options.hpp"
#include "cli/export_output.hpp"
#include "cli/period_options.hpp"
#include "cli/progress.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "exporters/calls_export.hpp"
#include "exporters/rates_export.hpp"

namespace kolmi::cli {

namespace {

using exporters::ExportFormat;

// How many rows the progress line counts towards (0: not known ahead).
std::int64_t rows_expected(const exporters::CallsExport& job) {
  return job.info().total_calls;
}
std::int64_t rows_expected(const exporters::RatesExport&) {
  return 0;
}

// The frame both exports share: who is asking, the export checked and
// prepared (`prepare(PageContext&)` returns a RatesExport or CallsExport),
// the options and the output decided, all before a file is created; then
// the rows stream into the file or stdout.
template <typename Prepare>
void run_export(const Context& ctx, const ExportFileOptions& o, std::string_view noun, Prepare&& prepare) {
  const ExportFormat format = checked_export_format(o);
  store::Database db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  store::ReadSnapshot snapshot(db);  // the rows, the totals and the title agree
  pages::PageContext pc = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
  auto job = std::forward<Prepare>(prepare)(pc);
  exporters::ExportOptions options = export_options(db, o, format);
  job.check_document(options);
  const std::optional<std::string> path =
      export_path(o.output_given(), job.file_name(format), format, is_terminal(ctx.out));
  if (format == ExportFormat::xlsx) options.scratch_dir = xlsx_scratch_dir(ctx, path);
  TerminalProgress progress(stderr, is_terminal(stderr), rows_expected(job), std::string(noun));
  options.progress = progress.callback();
  write_export(ctx, path, [&](const exporters::ByteSink& sink) { job.write(sink, options); });
}

// The calls page's filter options, read when the export runs.
struct CallFilterOptions {
  const CLI::App* calls = nullptr;  // --from, --till, --period (period_options.hpp)
  CLI::Option* direction = nullptr;
  CLI::Option* status = nullptr;
  CLI::Option* device = nullptr;
  CLI::Option* currency = nullptr;

  pages::CallsRequest request() const {
    PeriodValues period = period_values(calls);
    return {.from = std::move(period.from),
            .till = std::move(period.till),
            .period = std::move(period.period),
            .direction = given(direction).value_or("all"),
            .status = given(status).value_or("all"),
            .device = given(device).value_or("all"),
            .currency = given(currency)};
  }
};

}  // namespace

void add_export_commands(CLI::App& app, Context& ctx) {
  // Throws CLI::OptionNotFound at start-up if the pages were not registered.
  CLI::App* rates = app.get_subcommand("rates");
  CLI::App* calls = app.get_subcommand("calls");

  const ExportFileSpec spec{.formats = {"pdf", "csv", "xlsx"},
                            .output_help = "Write to FILE (atomically), or into DIR/ under the default file name; "
                                           "- or none: stdout (a PDF or XLSX only when stdout is not a terminal)"};
  auto rates_opts = std::make_shared<ExportFileOptions>();
  CLI::Option* rates_currency = rates->get_option("--currency");
  auto* rates_export =
      rates->add_subcommand("export", "Export your personal rates as PDF, CSV or XLSX (--currency as for rates)");
  add_export_file_options(rates_export, *rates_opts, spec);
  rates_export->fallthrough();
  rates_export->callback([&ctx, rates_opts, rates_currency] {
    run_export(ctx, *rates_opts, "rates", [rates_currency](const pages::PageContext& pc) {
      return exporters::RatesExport(pc, given(rates_currency));
    });
  });

  auto calls_opts = std::make_shared<ExportFileOptions>();
  CallFilterOptions filters{.calls = calls,
                            .direction = calls->get_option("--direction"),
                            .status = calls->get_option("--status"),
                            .device = calls->get_option("--device"),
                            .currency = calls->get_option("--currency")};
  auto* calls_export = calls->add_subcommand(
      "export",
      "Export your calls as PDF, CSV or XLSX (filters as for calls: --from --till --period --direction --status --device "
      "--currency, before or after export)");
  add_export_file_options(calls_export, *calls_opts, spec);
  calls_export->fallthrough();
  calls_export->callback([&ctx, calls_opts, filters] {
    run_export(ctx, *calls_opts, "calls", [&filters](const pages::PageContext& pc) {
      return exporters::CallsExport(pc, filters.request());
    });
  });
}

}  // namespace kolmi::cli
