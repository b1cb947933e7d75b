// kolmi admin invoices generate|export (issue 16): invoices from calls and
// subscriptions, and every user's invoice of a month as files (for cron).
// Admins only.
#include <sys/stat.h>

#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/export_output.hpp"
#include "cli/export_file_options.hpp"
#include "cli/session.hpp"
#include "core/billing/invoice_generation.hpp"
#include "core/console/invoice_generation_report.hpp"
#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"
#include "exporters/invoice_export.hpp"

namespace kolmi::cli {

namespace {

void run_generate(Context& ctx, const billing::GenerateRequest& request) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const auto results = billing::generate_invoices(db, request, *ctx.clock);
  console::write_generated_invoices(*ctx.tree_writer(format), request.period, results,
                                    store::confline_str(db, store::conf::kDefaultCurrency));
}

struct AdminExportOptions {
  std::string period;
  ExportFileOptions file;
};

// -o must name an existing folder: one file per invoice goes into it.
std::string export_folder(const ExportFileOptions& o) {
  struct stat st {};
  if (o.output.empty() || ::stat(o.output.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    throw usage_error(fmt::format("-o: '{}' is not a folder; give an existing folder (DIR/), one file per invoice "
                                  "goes into it",
                                  text::shown(o.output)));
  }
  return o.output.back() == '/' ? o.output : o.output + "/";
}

constexpr std::string_view kExportColumns[] = {"user_id", "user", "invoice_id", "number", "file"};

// Every invoice of the month, one file each, written atomically (a failure
// leaves the files written so far, each complete, and no partial one). A
// PDF's logo and --strict are checked on the first invoice before any file
// is made: the issuer is the same on every invoice.
void run_export_all(Context& ctx, const AdminExportOptions& o) {
  const output::Format output_format = ctx.admin_output_format(output::kEveryFormat);
  const exporters::ExportFormat format = checked_export_format(o.file);
  const auto month = billing::parse_year_month(o.period);
  if (!month) {
    throw usage_error(fmt::format("--period: '{}' is not a month (YYYY-MM, such as 2026-10)", text::shown(o.period)));
  }
  const std::string folder = export_folder(o.file);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  exporters::ExportOptions options = export_options(db, o.file, format);
  if (format == exporters::ExportFormat::xlsx) options.scratch_dir = folder;
  const auto invoices = billing::invoices_of_month(db, *month);
  auto job_of = [&](const billing::MonthInvoice& m) {
    const pages::PageContext pc = pages::make_page_context(db, m.user, *ctx.clock, page_lang(ctx, m.user));
    exporters::InvoiceExport job(pc, m.invoice_id);
    job.check_document(options);
    return job;
  };
  if (!invoices.empty()) job_of(invoices.front());
  auto w = ctx.tree_writer(output_format);
  w->begin("invoices_export");
  w->open_list("files", "file", kExportColumns);
  for (const billing::MonthInvoice& m : invoices) {
    const exporters::InvoiceExport job = job_of(m);
    const std::string path = folder + job.file_name(format);
    write_export(ctx, path, [&](const exporters::ByteSink& sink) { job.write(sink, options); });
    w->open_item();
    w->integer("user_id", m.user.id);
    w->text("user", m.user.username);
    w->integer("invoice_id", m.invoice_id);
    w->text("number", m.number);
    w->text("file", path);
    w->close();
  }
  w->finish();
}

}  // namespace

void add_admin_invoice_commands(CLI::App& admin, Context& ctx) {
  auto* invoices = admin.add_subcommand("invoices", "Invoices from calls and subscriptions: generate, export");
  invoices->require_subcommand(1);

  auto r = std::make_shared<billing::GenerateRequest>();
  auto* generate = invoices->add_subcommand(
      "generate", "Make each user's invoice of a month from its rated calls and subscriptions");
  generate->add_option("--period", r->period, "The month, YYYY-MM (each user's month on their own wall clock)")
      ->required();
  generate->add_option("--user", r->user, "Only this user (login or id)");
  generate->add_option("--issue-date", r->issue_date,
                       "Issue date, 'YYYY-MM-DD[ HH:MM:SS]' in each user's time zone (default: now)");
  generate->add_flag("--replace", r->replace, "Make an existing unpaid invoice anew (a paid one is refused)");
  generate->callback([&ctx, r] { run_generate(ctx, *r); });

  auto o = std::make_shared<AdminExportOptions>();
  auto* exp = invoices->add_subcommand(
      "export", "Write every user's invoice of a month into a folder, one CSV, PDF or XLSX each (for cron)");
  exp->add_option("--period", o->period, "The month, YYYY-MM")->required();
  add_export_file_options(exp, o->file,
                          {.formats = {"csv", "pdf", "xlsx"},
                           .default_format = "csv",
                           .output_help = "The folder (DIR/) the files go into, one Invoice-<number>.csv|pdf|xlsx each"});
  o->file.output_option->required();
  exp->callback([&ctx, o] { run_export_all(ctx, *o); });
}

}  // namespace kolmi::cli
