// kolmi admin tariff ...: the operator console's tariff views (issue 12).
// Admins only.
#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "core/error.hpp"
#include "cli/id_option.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/console/tariff_diff.hpp"
#include "core/console/tariff_listing.hpp"
#include "core/console/tariff_rate_listing.hpp"
#include "core/store/tariff_list.hpp"

namespace kolmi::cli {

namespace {

struct TariffShowOptions {
  std::string name;
  std::string prefix;  // "" = no prefix filter
  std::int64_t group_id = 0;  // 0 = no group filter
};

void run_tariff_list(Context& ctx) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  console::write_tariff_list(*ctx.tree_writer(format), store::list_tariffs(db, ctx.clock->now()));
}

void run_tariff_show(Context& ctx, const TariffShowOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  store::TariffRateFilter filter;
  if (!o.prefix.empty()) filter.prefix = o.prefix.starts_with('+') ? o.prefix.substr(1) : o.prefix;
  if (o.group_id != 0) filter.group_id = o.group_id;
  filter.at = ctx.clock->now();  // the rates in force now; tariff diff shows what a deck changes
  console::TariffShow show = console::load_tariff_show(db, o.name, filter);
  console::write_tariff_rates(*ctx.tree_writer(format), show.tariff, show.rates, console::tariff_shape(format));
}

// A prefix as an operator types it: digits, maybe after one '+'.
CLI::Validator prefix_digits() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::string_view digits = value;
        if (digits.starts_with('+')) digits.remove_prefix(1);
        if (!digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos) return {};
        return "a prefix is digits (an optional leading '+'), like 4420";
      },
      "DIGITS");
}

void add_tariff_show(CLI::App& tariff, Context& ctx) {
  auto o = std::make_shared<TariffShowOptions>();
  auto* cmd = tariff.add_subcommand("show", "Every rate of a tariff with its destination or group and rate details");
  cmd->add_option("NAME", o->name, "Tariff name (as admin tariff list shows it)")->required();
  auto* prefix = cmd->add_option("--prefix", o->prefix, "Only the rates that price numbers starting with these digits")
                     ->check(prefix_digits());
  cmd->add_option("--group", o->group_id, "Only this destination group's rate and its destinations' rates")
      ->check(id_number())
      ->excludes(prefix);
  cmd->callback([&ctx, o] { run_tariff_show(ctx, *o); });
}

// tariff diff: reads the deck and the tariff, writes nothing; exit 1 when
// a price rises with less notice than --notice-days.
void run_tariff_diff(Context& ctx, console::TariffDiffOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  if (o.deck.path == "-" && is_terminal(ctx.in)) {
    throw usage_error("reading a rate deck from a terminal; pipe a file or give its name");
  }
  o.deck.standard_input = ctx.in;
  o.now = ctx.clock->now();
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const console::TariffDiff diff = console::diff_tariff(db, o);
  console::write_tariff_diff(*ctx.tree_writer(format), diff);
  if (diff.short_notice > 0) ctx.exit_code = static_cast<int>(ExitCode::action_failed);
}

void add_tariff_diff(CLI::App& tariff, Context& ctx) {
  auto o = std::make_shared<console::TariffDiffOptions>();
  auto* cmd = tariff.add_subcommand(
      "diff", "What a rate deck would change in a tariff: new, removed, increased, decreased prefixes");
  cmd->add_option("NAME", o->deck.tariff, "Tariff name (as admin tariff list shows it)")->required();
  cmd->add_option("FILE", o->deck.path, "Rate deck (CSV with a header row); - reads stdin")->required();
  cmd->add_option("--effective-from", o->deck.effective_from,
                  "When the deck's prices start (YYYY-MM-DD[ HH:MM:SS] in --tz; default: the file's dates, else now)")
      ->type_name("TIME");
  cmd->add_option("--tz", o->deck.time_zone, "Time zone of --effective-from and the file's effective dates")
      ->capture_default_str();
  cmd->add_option("--notice-days", o->notice_days, "Exit 1 when a price rises with less notice than this")
      ->check(CLI::Range(0, 3650))
      ->capture_default_str();
  cmd->callback([&ctx, o] { run_tariff_diff(ctx, *o); });
}

}  // namespace

void add_admin_tariff_commands(CLI::App& group, Context& ctx) {
  auto* tariff = group.add_subcommand("tariff", "Tariffs: list, show, diff");
  tariff->require_subcommand(1);
  tariff->add_subcommand("list", "List the tariffs: purpose, currency, rates and users on each")
      ->callback([&ctx] { run_tariff_list(ctx); });
  add_tariff_show(*tariff, ctx);
  add_tariff_diff(*tariff, ctx);
}

}  // namespace kolmi::cli
