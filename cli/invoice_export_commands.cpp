// `kolmi invoices export INVOICE_ID` (issue 16 item 3): one of the user's
// invoices as a CSV, PDF or XLSX file, a subcommand of the invoices page.
// --format defaults to csv (what the command made before PDF and XLSX).
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/export_file_options.hpp"
#include "cli/export_output.hpp"
#include "cli/id_option.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "exporters/invoice_export.hpp"

namespace kolmi::cli {

namespace {

struct InvoiceExportCliOptions {
  std::int64_t invoice_id = 0;
  ExportFileOptions file;
};

void run_invoice_export(const Context& ctx, const InvoiceExportCliOptions& o) {
  const exporters::ExportFormat format = checked_export_format(o.file);
  store::Database db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  store::ReadSnapshot snapshot(db);
  pages::PageContext pc = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
  exporters::InvoiceExport job(pc, o.invoice_id);  // another user's: not found, before any file
  exporters::ExportOptions options = export_options(db, o.file, format);
  job.check_document(options);
  const std::optional<std::string> path =
      export_path(o.file.output_given(), job.file_name(format), format, is_terminal(ctx.out));
  if (format == exporters::ExportFormat::xlsx) options.scratch_dir = xlsx_scratch_dir(ctx, path);
  write_export(ctx, path, [&](const exporters::ByteSink& sink) { job.write(sink, options); });
}

}  // namespace

void add_invoice_export_commands(CLI::App& app, Context& ctx) {
  CLI::App* invoices = app.get_subcommand("invoices");  // CLI::OptionNotFound if the page is missing
  auto o = std::make_shared<InvoiceExportCliOptions>();
  auto* cmd = invoices->add_subcommand("export", "Export one of your invoices with its lines as CSV, PDF or XLSX");
  cmd->add_option("INVOICE_ID", o->invoice_id, "The invoice's id")->required()->check(id_number());
  add_export_file_options(cmd, o->file,
                          {.formats = {"csv", "pdf", "xlsx"},
                           .default_format = "csv",
                           .output_help = "Write to FILE (atomically), or into DIR/ as Invoice-<number>.csv|pdf|xlsx; "
                                          "- or none: stdout (a PDF or XLSX only when stdout is not a terminal)"});
  cmd->callback([&ctx, o] { run_invoice_export(ctx, *o); });
}

}  // namespace kolmi::cli
