// kolmi admin import cdr|rates|destinations, kolmi admin rerate: operators'
// files in, and calls priced again. Admins only.
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/period_options.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "core/import/cdr_import.hpp"
#include "core/import/deck_import.hpp"
#include "core/import/import_input.hpp"
#include "core/import/import_reports.hpp"
#include "core/import/rerate.hpp"
#include "core/import/rerate_diff.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::cli {

namespace {

void dry_run_note(bool dry_run) {
  if (dry_run) fmt::print(stderr, "dry run: nothing was written\n");
}

// FILE "-" reads stdin; a terminal there is surely a mistake (the command
// would wait for typed CSV), so it is refused before anything else.
void check_input(const Context& ctx, const std::string& path, std::string_view what) {
  if (path == "-" && is_terminal(ctx.in)) {
    throw usage_error(fmt::format("reading {} from a terminal; pipe a file or give its name", what));
  }
}

constexpr std::string_view kFileHelp = "; - reads stdin";

struct ImportCdrOptions {
  import::CdrImportOptions import;
  std::string layout = "auto";
};

// Reports are records of the output contract: a table at a terminal, TSV
// for a script by default. The format is checked before anything is read.
void run_import_cdr(Context& ctx, ImportCdrOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  check_input(ctx, o.import.path, "CDRs");
  o.import.standard_input = ctx.in;
  auto db = ctx.open_database();
  require_admin(ctx, db);
  o.import.layout = *import::parse_cdr_layout(o.layout);
  const import::CdrImportSummary sum = import::import_cdr_file(db, o.import);
  import::write_cdr_import_report(*ctx.tree_writer(format), import::input_name(o.import.path), sum,
                                  o.import.dry_run);
  std::fflush(ctx.out);
  // Warnings quote the file's lines: one escaped line each, like errors.
  for (const auto& w : sum.warning_lines) fmt::print(stderr, "{}\n", text::one_line(w));
  if (sum.warnings > static_cast<std::int64_t>(sum.warning_lines.size())) {
    fmt::print(stderr, "{}: {} more warnings not shown\n", import::input_name(o.import.path),
               sum.warnings - static_cast<std::int64_t>(sum.warning_lines.size()));
  }
  dry_run_note(o.import.dry_run);
}

void run_import_destinations(Context& ctx, import::DeckImportOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  check_input(ctx, o.path, "destinations");
  o.standard_input = ctx.in;
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const import::DeckImportSummary sum = import::import_destinations_file(db, o);
  import::write_destinations_import_report(*ctx.tree_writer(format), import::input_name(o.path), sum, o.dry_run);
  std::fflush(ctx.out);
  dry_run_note(o.dry_run);
}

void run_import_rates(Context& ctx, import::RateImportOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  check_input(ctx, o.path, "a rate deck");
  o.standard_input = ctx.in;
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const import::DeckImportSummary sum = import::import_rates_file(db, o);
  import::write_rates_import_report(*ctx.tree_writer(format), import::input_name(o.path), sum, o.dry_run);
  std::fflush(ctx.out);
  if (sum.groups_without_rate > 0) {
    fmt::print(stderr,
               "{}: {} groups hold destinations the file does not price; their prefixes got rates of "
               "their own, and the groups no group rate\n",
               import::input_name(o.path), sum.groups_without_rate);
  }
  dry_run_note(o.dry_run);
}

// --diff: the changed calls, then (tree formats) the totals; the row
// formats print only the calls, so the counts go to stderr there.
void run_rerate_diff(Context& ctx, store::Database& db, const import::RerateOptions& o, output::Format format) {
  import::RerateDiff diff;
  const import::RerateSummary sum =
      import::rerate_calls(db, o, *ctx.clock, [&diff](const import::PriceChange& c) { diff.add(c); });
  const std::string currency = store::confline_str(db, store::conf::kDefaultCurrency);
  diff.write(*ctx.tree_writer(format), db, sum, o.dry_run, currency);
  if (format != output::Format::xml && format != output::Format::json) {
    std::fflush(ctx.out);
    fmt::print(stderr, "{} calls examined, {} changed, {} unrated; {} prices changed by {} {} in all\n",
               sum.examined, sum.changed, sum.unrated, diff.size(),
               (diff.total().new_price - diff.total().old_price).to_string(), currency);
  }
}

void run_rerate(Context& ctx, const import::RerateOptions& o, bool diff) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  if (diff) {
    run_rerate_diff(ctx, db, o, format);
  } else {
    const import::RerateSummary sum = import::rerate_calls(db, o, *ctx.clock);
    import::write_rerate_report(*ctx.tree_writer(format), sum, o.dry_run);
  }
  std::fflush(ctx.out);
  dry_run_note(o.dry_run);
}

void add_cdr(CLI::App& imp, Context& ctx) {
  auto o = std::make_shared<ImportCdrOptions>();
  auto* cdr = imp.add_subcommand("cdr", "Import a CDR file (all or nothing) and rate its calls");
  cdr->add_option("FILE", o->import.path, fmt::format("CDR file (CSV){}", kFileHelp))->required();
  cdr->add_option("--layout", o->layout, "Column layout")
      ->check(CLI::IsMember({"auto", "asterisk", "asterisk-custom", "freeswitch"}))
      ->capture_default_str();
  cdr->add_option("--source-tz", o->import.source_tz, "Time zone of the file's times")->capture_default_str();
  cdr->add_flag("--dry-run", o->import.dry_run, "Check and count everything, write nothing");
  cdr->callback([&ctx, o] { run_import_cdr(ctx, *o); });
}

void add_destinations(CLI::App& imp, Context& ctx) {
  auto o = std::make_shared<import::DeckImportOptions>();
  auto* cmd = imp.add_subcommand("destinations", "Import destinations (prefix, name) from a CSV file");
  cmd->add_option("FILE", o->path, fmt::format("CSV file with a header row{}", kFileHelp))->required();
  cmd->add_flag("--dry-run", o->dry_run, "Check and count everything, write nothing");
  cmd->callback([&ctx, o] { run_import_destinations(ctx, *o); });
}

void add_rates(CLI::App& imp, Context& ctx) {
  auto o = std::make_shared<import::RateImportOptions>();
  auto* cmd = imp.add_subcommand("rates", "Import a rate deck (CSV) into a tariff, all or nothing");
  cmd->add_option("FILE", o->path, fmt::format("CSV file with a header row{}", kFileHelp))->required();
  cmd->add_option("--tariff", o->tariff, "Tariff name (created when missing)")->required();
  cmd->add_option("--currency", o->currency, "Currency of a new tariff (default: the default currency)");
  cmd->add_option("--purpose", o->purpose,
                  "user (retail, sold) or provider (a carrier's buy deck); a new tariff's purpose (default "
                  "user), and what an existing one must be")
      ->check(CLI::IsMember({"user", "provider"}));
  cmd->add_flag("--replace", o->replace, "Remove the tariff's rates the file does not give");
  cmd->add_option("--effective-from", o->effective_from,
                  "When the prices start (YYYY-MM-DD[ HH:MM:SS] in --tz); older calls keep the older prices")
      ->type_name("TIME");
  cmd->add_option("--tz", o->time_zone, "Time zone of --effective-from and the file's effective dates")
      ->capture_default_str();
  cmd->add_flag("--dry-run", o->dry_run, "Check and count everything, write nothing");
  cmd->callback([&ctx, o] { run_import_rates(ctx, *o); });
}

void add_rerate(CLI::App& admin, Context& ctx) {
  auto o = std::make_shared<import::RerateOptions>();
  auto* cmd = admin.add_subcommand("rerate", "Price stored calls again with the current tariffs");
  add_period_options(cmd, {.zone = "--tz",
                           .from_default = "no bound",
                           .till_default = "no bound",
                           .till_alone = "alone, that day"});
  cmd->add_option("--tz", o->time_zone, "Time zone of --from, --till and --period")->capture_default_str();
  cmd->add_option("--user", o->user, "Only the calls this user (login) made");
  cmd->add_flag("--dry-run", o->dry_run, "Count what would change, write nothing");
  auto diff = std::make_shared<bool>(false);
  cmd->add_flag("--diff", *diff, "Also list each call whose price changes, with totals per user");
  cmd->callback([&ctx, o, cmd, diff] {
    PeriodValues period = period_values(cmd);
    o->from = std::move(period.from);
    o->till = std::move(period.till);
    o->period = std::move(period.period);
    run_rerate(ctx, *o, *diff);
  });
}

}  // namespace

void add_admin_import_commands(CLI::App& admin, Context& ctx) {
  auto* imp = admin.add_subcommand("import", "Import operator data: cdr, rates, destinations");
  imp->require_subcommand(1);
  add_cdr(*imp, ctx);
  add_rates(*imp, ctx);
  add_destinations(*imp, ctx);
  add_rerate(admin, ctx);
}

}  // namespace kolmi::cli
