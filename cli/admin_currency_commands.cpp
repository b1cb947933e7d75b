// kolmi admin currency list|add|set|enable|disable: currencies and exchange
// rates (issue 13). Admins only; the checks and writes are
// core/console/currency_changes.
#include "cli/admin_common.hpp"
#include "core/console/currency_changes.hpp"
#include "core/console/currency_listing.hpp"
#include "core/store/currency_admin.hpp"

namespace kolmi::cli {

namespace {

struct CurrencyOptions {
  std::string code;
  std::string name;
  std::string rate;
};

void run_currency_list(Context& ctx) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  console::write_currency_list(*ctx.tree_writer(format), store::list_currency_use(db));
}

// Runs one change and prints its result record under `root`.
template <typename Change>
void run_currency_change(Context& ctx, std::string_view root, Change change) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const console::CurrencyChange done = change(db);
  console::write_currency_result(*ctx.tree_writer(format), root, done.code, done.message);
}

CLI::App* add_code(CLI::App& cmd, CurrencyOptions& o) {
  cmd.add_option("CODE", o.code, "Currency code, three capital letters (EUR)")->required();
  return &cmd;
}

}  // namespace

void add_admin_currency_commands(CLI::App& group, Context& ctx) {
  auto* currency =
      group.add_subcommand("currency", "Currencies and exchange rates: list, add, set, enable, disable");
  currency->require_subcommand(1);
  currency->add_subcommand("list", "List the currencies: rate per default currency, active, what uses each")
      ->callback([&ctx] { run_currency_list(ctx); });

  auto add = std::make_shared<CurrencyOptions>();
  auto* add_cmd =
      add_code(*currency->add_subcommand("add", "Add an active currency with its exchange rate"), *add);
  add_cmd->add_option("--name", add->name, "Full name (Euro)")->required();
  add_cmd->add_option("--rate", add->rate, "Units of it per one unit of the default currency, exact (0.92)")
      ->required();
  add_cmd->callback([&ctx, add] {
    run_currency_change(ctx, "currency_add", [&](store::Database& db) {
      return console::add_currency(db, add->code, add->name, add->rate);
    });
  });

  auto set = std::make_shared<CurrencyOptions>();
  auto* set_cmd =
      add_code(*currency->add_subcommand("set", "Set a currency's exchange rate (not the default's)"), *set);
  set_cmd->add_option("--rate", set->rate, "Units of it per one unit of the default currency, exact (0.92)")
      ->required();
  set_cmd->callback([&ctx, set] {
    run_currency_change(ctx, "currency_set", [&](store::Database& db) {
      return console::set_currency_rate(db, set->code, set->rate);
    });
  });

  for (bool active : {true, false}) {
    auto o = std::make_shared<CurrencyOptions>();
    auto* cmd = add_code(
        *currency->add_subcommand(active ? "enable" : "disable",
                                  active ? "Offer a currency on pages again"
                                         : "Stop offering a currency (not the default, nor one in use)"),
        *o);
    cmd->callback([&ctx, o, active] {
      run_currency_change(ctx, active ? "currency_enable" : "currency_disable", [&](store::Database& db) {
        return console::set_currency_active(db, o->code, active);
      });
    });
  }
}

}  // namespace kolmi::cli
