// kolmi admin tariff ...: the operator console's tariff views (issue 12).
// Admins only.
#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/session.hpp"
#include "core/console/tariff_listing.hpp"
#include "core/store/tariff_list.hpp"

namespace kolmi::cli {

namespace {

void run_tariff_list(Context& ctx) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  console::write_tariff_list(*ctx.tree_writer(format), store::list_tariffs(db));
}

}  // namespace

void add_admin_tariff_commands(CLI::App& group, Context& ctx) {
  auto* tariff = group.add_subcommand("tariff", "Tariffs: list");
  tariff->require_subcommand(1);
  tariff->add_subcommand("list", "List the tariffs: purpose, currency, rates and users on each")
      ->callback([&ctx] { run_tariff_list(ctx); });
}

}  // namespace kolmi::cli
