// kolmi admin tariff ...: the operator console's tariff views (issue 12).
// Admins only.
#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/id_option.hpp"
#include "cli/session.hpp"
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
  console::write_tariff_list(*ctx.tree_writer(format), store::list_tariffs(db));
}

void run_tariff_show(Context& ctx, const TariffShowOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  store::TariffRateFilter filter;
  if (!o.prefix.empty()) filter.prefix = o.prefix.starts_with('+') ? o.prefix.substr(1) : o.prefix;
  if (o.group_id != 0) filter.group_id = o.group_id;
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

}  // namespace

void add_admin_tariff_commands(CLI::App& group, Context& ctx) {
  auto* tariff = group.add_subcommand("tariff", "Tariffs: list, show");
  tariff->require_subcommand(1);
  tariff->add_subcommand("list", "List the tariffs: purpose, currency, rates and users on each")
      ->callback([&ctx] { run_tariff_list(ctx); });
  add_tariff_show(*tariff, ctx);
}

}  // namespace kolmi::cli
