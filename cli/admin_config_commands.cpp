// kolmi admin config list|get|set|unset: the settings (conflines) kolmi
// reads, checked against the one catalog (issue 13). Admins only; the checks
// and writes are core/console/settings_changes.
#include "cli/admin_common.hpp"
#include "core/console/settings_changes.hpp"
#include "core/console/settings_listing.hpp"

namespace kolmi::cli {

namespace {

struct ConfigOptions {
  std::string key;
  std::string value;
};

void run_config_list(Context& ctx) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  console::write_settings_list(*ctx.tree_writer(format), console::load_settings(db));
}

void run_config_get(Context& ctx, const ConfigOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  console::write_setting(*ctx.tree_writer(format), console::load_setting(db, o.key));
}

void run_config_change(Context& ctx, const ConfigOptions& o, bool unset) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const std::string message =
      unset ? console::unset_setting(db, o.key) : console::set_setting(db, o.key, o.value);
  console::write_setting_result(*ctx.tree_writer(format), unset ? "config_unset" : "config_set",
                                console::load_setting(db, o.key), message);
}

}  // namespace

void add_admin_config_commands(CLI::App& group, Context& ctx) {
  auto* config = group.add_subcommand("config", "Settings (conflines): list, get, set, unset");
  config->require_subcommand(1);
  config->add_subcommand("list", "List every setting kolmi reads: value, default, meaning")->callback([&ctx] {
    run_config_list(ctx);
  });

  auto get = std::make_shared<ConfigOptions>();
  auto* get_cmd = config->add_subcommand("get", "One setting: value, default, type, allowed values, meaning");
  get_cmd->add_option("KEY", get->key, "Setting name, as admin config list shows it")->required();
  get_cmd->callback([&ctx, get] { run_config_get(ctx, *get); });

  auto set = std::make_shared<ConfigOptions>();
  auto* set_cmd = config->add_subcommand("set", "Store a setting's value, checked against its type");
  set_cmd->add_option("KEY", set->key, "Setting name, as admin config list shows it")->required();
  set_cmd->add_option("VALUE", set->value, "The new value")->required();
  set_cmd->callback([&ctx, set] { run_config_change(ctx, *set, false); });

  auto unset = std::make_shared<ConfigOptions>();
  auto* unset_cmd = config->add_subcommand("unset", "Remove a setting's value so its default applies");
  unset_cmd->add_option("KEY", unset->key, "Setting name, as admin config list shows it")->required();
  unset_cmd->callback([&ctx, unset] { run_config_change(ctx, *unset, true); });
}

}  // namespace kolmi::cli
