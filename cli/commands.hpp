#pragma once
// One registration function per command group (style: cli/<group>.cpp adds
// its subcommands to the app; each callback calls into core::).
#include <CLI/CLI.hpp>

#include "cli/command_scope.hpp"
#include "cli/context.hpp"

namespace kolmi::cli {

void add_setup_commands(CLI::App& app, Context& ctx);     // init, demo
void add_identity_commands(CLI::App& app, Context& ctx);  // login-form, login, logout
void add_page_commands(CLI::App& app, Context& ctx);      // main
void add_call_page_commands(CLI::App& app, Context& ctx);     // calls, new-calls, missed-calls, stats
void add_account_page_commands(CLI::App& app, Context& ctx);  // details, devices, payments, invoices,
                                                               // subscriptions, clis, phonebook, faxes
void add_rate_page_commands(CLI::App& app, Context& ctx);     // rates, destinations
void add_admin_commands(CLI::App& app, Context& ctx);  // admin user, admin device, admin import
// details update, clis add, phonebook add|destroy, missed-calls process
// (subcommands of the page commands, so they come after them).
void add_action_commands(CLI::App& app, Context& ctx);
void add_callback_command(CLI::App& app, Context& ctx);  // callback
void add_export_commands(CLI::App& app, Context& ctx);   // rates export, calls export
void add_stats_export_command(CLI::App& app, Context& ctx);  // stats export
void add_invoice_export_commands(CLI::App& app, Context& ctx);  // invoices export
void add_help_commands(CLI::App& app, Context& ctx);     // help, completion (read the whole tree)

// Builds the command line: global options and the commands of `scope`
// (command_scope.hpp; everything unless a run asks for less).
void build_app(CLI::App& app, Context& ctx, CommandScope scope = CommandScope::everything);

}  // namespace kolmi::cli
