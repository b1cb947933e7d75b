// `kolmi invoices export INVOICE_ID` (issue 16 item 3): one of the user's
// invoices as a file, a subcommand of the invoices page. CSV for now; the
// PDF and XLSX of an invoice come with the invoice-grade PDF layout and the
// XLSX writer (--format names them already, and says so).
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/export_output.hpp"
#include "cli/id_option.hpp"
#include "cli/invoice_export_options.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "exporters/invoice_export.hpp"

namespace kolmi::cli {

namespace {

struct InvoiceExportCliOptions {
  std::int64_t invoice_id = 0;
  InvoiceFileOptions file;
};

void run_invoice_export(const Context& ctx, const InvoiceExportCliOptions& o) {
  const exporters::ExportFormat format = invoice_format(o.file);
  store::Database db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  store::ReadSnapshot snapshot(db);
  pages::PageContext pc = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
  const exporters::InvoiceExport job(pc, o.invoice_id);
  const exporters::ExportOptions options = invoice_export_options(db, o.file, format);
  const std::optional<std::string> path =
      export_path(o.file.output_given(), job.file_name(format), format, is_terminal(ctx.out));
  write_export(ctx, path, [&](const exporters::ByteSink& sink) { job.write(sink, options); });
}

}  // namespace

void add_invoice_export_commands(CLI::App& app, Context& ctx) {
  CLI::App* invoices = app.get_subcommand("invoices");  // CLI::OptionNotFound if the page is missing
  auto o = std::make_shared<InvoiceExportCliOptions>();
  auto* cmd = invoices->add_subcommand("export", "Export one of your invoices with its lines (CSV for now)");
  cmd->add_option("INVOICE_ID", o->invoice_id, "The invoice's id")->required()->check(id_number());
  add_invoice_file_options(cmd, o->file,
                           "Write to FILE (atomically), or into DIR/ as Invoice-<number>.csv; - or none: stdout");
  cmd->callback([&ctx, o] { run_invoice_export(ctx, *o); });
}

}  // namespace kolmi::cli
