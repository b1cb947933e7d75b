#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/help_examples.hpp"

namespace kolmi::cli {

// The one registry: global options once, then every command group.
void build_app(CLI::App& app, Context& ctx, CommandScope scope) {
  app.set_version_flag("-V,--version", fmt::format("kolmi {}", KOLMI_VERSION));
  app.require_subcommand(1);
  // Global options are accepted before or after the subcommand.
  app.fallthrough();
  // Environment fallbacks are resolved by Context (through its env lookup,
  // so tests control them), not by CLI11's envname, which reads getenv.
  auto& o = ctx.options;
  app.add_option("--db", o.db_path, "Database file (default: $KOLMI_DB, else $XDG_DATA_HOME/kolmi/kolmi.db)");
  app.add_option("--session", o.session_path,
                 "Session file (default: $KOLMI_SESSION, else $XDG_STATE_HOME/kolmi/session)");
  app.add_option("--as", o.as_user, "Act as another user (id or login; admins only)");
  app.add_option("--lang", o.lang, "Language of the pages")->check(CLI::IsMember({"en", "ru"}));
  app.add_option("--output", o.output,
                 "Output format: xml, json, csv, tsv or table (default: $KOLMI_OUTPUT, else xml for pages "
                 "and actions, table or tsv for admin commands)")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(output::kFormatNames), std::end(output::kFormatNames))));

  // See command_scope.hpp: a run builds only the branch it needs.
  const bool customer = scope != CommandScope::admin;
  const bool admin = scope != CommandScope::customer;
  if (customer) {
    add_setup_commands(app, ctx);
    add_identity_commands(app, ctx);
    add_page_commands(app, ctx);
    add_call_page_commands(app, ctx);
    add_account_page_commands(app, ctx);
    add_rate_page_commands(app, ctx);
  }
  if (admin) add_admin_commands(app, ctx);
  if (customer) {
    // Actions and exports attach to the page commands registered above.
    add_action_commands(app, ctx);
    add_callback_command(app, ctx);
    add_export_commands(app, ctx);
    add_stats_export_command(app, ctx);
    add_invoice_export_commands(app, ctx);
  }
  // Last: they read the whole tree.
  add_help_commands(app, ctx);
  add_help_footers(app);
}

}  // namespace kolmi::cli
