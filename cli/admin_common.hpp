#pragma once
// Shared by the `kolmi admin` command files.
#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "core/store/database.hpp"
#include "core/store/users.hpp"

namespace kolmi::cli {

// The acting user, when an admin. Throws Error(auth) otherwise.
store::User require_admin(const Context& ctx, store::Database& db);

// kolmi admin import cdr|rates|destinations and kolmi admin rerate
// (cli/admin_import_commands.cpp), added to the `admin` group.
void add_admin_import_commands(CLI::App& admin, Context& ctx);

// kolmi admin calls (cli/admin_calls_command.cpp).
void add_admin_calls_command(CLI::App& admin, Context& ctx);

// kolmi admin report (cli/admin_report_command.cpp).
void add_admin_report_command(CLI::App& admin, Context& ctx);

// kolmi admin tariff ... (cli/admin_tariff_commands.cpp).
void add_admin_tariff_commands(CLI::App& admin, Context& ctx);

// kolmi admin explain and kolmi admin rate (cli/admin_explain_commands.cpp).
void add_admin_explain_commands(CLI::App& admin, Context& ctx);
// kolmi admin user show and set (cli/admin_user_console_commands.cpp),
// added to the `admin user` group.
void add_admin_user_console_commands(CLI::App& user, Context& ctx);

// kolmi admin log (cli/admin_log_command.cpp).
void add_admin_log_command(CLI::App& admin, Context& ctx);
// kolmi admin payment add|list (cli/admin_payment_commands.cpp).
void add_admin_payment_commands(CLI::App& admin, Context& ctx);
// kolmi admin currency ... (cli/admin_currency_commands.cpp).
void add_admin_currency_commands(CLI::App& admin, Context& ctx);
// kolmi admin provider add|list|set (cli/admin_provider_commands.cpp).
void add_admin_provider_commands(CLI::App& admin, Context& ctx);
// kolmi admin config ... (cli/admin_config_commands.cpp).
void add_admin_config_commands(CLI::App& admin, Context& ctx);

// kolmi admin callbacks (cli/admin_callbacks_command.cpp).
void add_admin_callbacks_command(CLI::App& admin, Context& ctx);

// kolmi admin invoices generate|export (cli/admin_invoice_commands.cpp).
void add_admin_invoice_commands(CLI::App& admin, Context& ctx);

// kolmi admin monitor add|list|remove|check (cli/admin_monitor_commands.cpp).
void add_admin_monitor_commands(CLI::App& admin, Context& ctx);

// kolmi admin copy (cli/admin_copy_command.cpp).
void add_admin_copy_command(CLI::App& admin, Context& ctx);

}  // namespace kolmi::cli
