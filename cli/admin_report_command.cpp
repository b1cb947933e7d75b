// kolmi admin report (issue 15 item 3): MOR's aggregate statistics, calls
// summed by user, device, provider, destination, group, day and hour, with
// revenue, cost and margin; printed in the output contract's formats, or
// exported as CSV or PDF with --format. Admins only.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/admin_common.hpp"
#include "cli/export_output.hpp"
#include "cli/period_options.hpp"
#include "cli/terminal.hpp"
#include "core/console/aggregate_report.hpp"
#include "core/console/report_listing.hpp"
#include "core/error.hpp"
#include "core/time/datetime.hpp"
#include "exporters/csv_options.hpp"
#include "exporters/report_export.hpp"

namespace kolmi::cli {

namespace {

struct ReportOptions {
  console::ReportRequest request;
  std::string format;  // --format: "", pdf or csv
  std::string file;    // -o
  CLI::Option* file_option = nullptr;
};

// The filters as the PDF names them.
std::vector<std::pair<std::string, std::string>> filter_facts(const console::ReportRequest& r) {
  std::vector<std::pair<std::string, std::string>> facts;
  if (r.user) facts.emplace_back("User", *r.user);
  if (r.provider) facts.emplace_back("Provider", *r.provider);
  if (r.dst) facts.emplace_back("Called number", *r.dst);
  return facts;
}

void run_report(Context& ctx, const ReportOptions& o) {
  const bool exporting = !o.format.empty();
  if (!exporting && o.file_option->count()) {
    throw usage_error("-o: give --format csv or pdf with it (without --format the report goes to stdout)");
  }
  const output::Format output_format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const console::Report report = console::load_report(db, *ctx.clock, o.request);
  if (!exporting) {
    console::write_report(*ctx.tree_writer(output_format), report);
    return;
  }
  const exporters::ExportFormat format =
      o.format == "pdf" ? exporters::ExportFormat::pdf : exporters::ExportFormat::csv;
  // Everything is read and checked before the file is made.
  exporters::ReportDocumentFacts facts;
  exporters::CsvOptions csv;
  if (format == exporters::ExportFormat::pdf) {
    facts.issuer = exporters::load_issuer(db);
    if (!facts.issuer.logo_path.empty()) facts.logo = exporters::pdf::read_logo(facts.issuer.logo_path);
    facts.issue_date = TimeZone(report.time_zone).local_date(ctx.clock->now());
    facts.filters = filter_facts(o.request);
  } else {
    csv = exporters::resolve_csv_options(db, {});
  }
  const std::optional<std::string> path =
      export_path(o.file_option->count() ? std::optional(o.file) : std::nullopt,
                  exporters::report_file_name(report, format), format, is_terminal(ctx.out));
  write_export(ctx, path, [&](const exporters::ByteSink& sink) {
    if (format == exporters::ExportFormat::pdf) {
      exporters::write_report_pdf(report, facts, sink, {});
    } else {
      exporters::write_report_csv(report, sink, csv);
    }
  });
}

}  // namespace

void add_admin_report_command(CLI::App& admin, Context& ctx) {
  auto o = std::make_shared<ReportOptions>();
  console::ReportRequest& r = o->request;
  auto* cmd = admin.add_subcommand(
      "report", "Calls summed by user, device, provider, destination, group, day, hour: ASR, ACD, revenue, cost, margin");
  cmd->add_option("--by", r.by,
                  "What to group by, comma-separated, any of user, device, provider, destination, group, day, hour "
                  "(nested in that order, whatever order is typed)")
      ->required()
      ->type_name("LIST");
  add_period_options(cmd, {.zone = "--tz", .from_default = "the start of this month", .till_default = "the end of this month"});
  cmd->add_option("--tz", r.time_zone, "Time zone of the period, the days and the hours")->capture_default_str();
  cmd->add_option("--user", r.user, "Only the calls this user paid for")->type_name("LOGIN|ID");
  cmd->add_option("--provider", r.provider, "Only the calls that left through this provider")->type_name("NAME|ID");
  cmd->add_option("--dst", r.dst, "Called number: a prefix, or a pattern with * (digits, +, *)")
      ->type_name("PATTERN");
  cmd->add_option("--currency", r.currency, "Money in this currency (default: the default currency)")
      ->type_name("CODE");
  cmd->add_option("--format", o->format, "Export as a file instead: csv or pdf")
      ->check(CLI::IsMember({"csv", "pdf"}));
  o->file_option = cmd->add_option("-o", o->file,
                                   "With --format: write to FILE (atomically), or into DIR/ under the default file "
                                   "name; - or none: stdout (a PDF only when stdout is not a terminal)")
                       ->type_name("FILE");
  cmd->callback([&ctx, o, cmd] {
    PeriodValues period = period_values(cmd);
    o->request.from = std::move(period.from);
    o->request.till = std::move(period.till);
    o->request.period = std::move(period.period);
    run_report(ctx, *o);
  });
}

}  // namespace kolmi::cli
