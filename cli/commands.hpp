#pragma once
// One registration function per command group (style: cli/<group>.cpp adds
// its subcommands to the app; each callback calls into core::).
#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace kolmi::cli {

void add_setup_commands(CLI::App& app, Context& ctx);     // init, demo
void add_identity_commands(CLI::App& app, Context& ctx);  // login-form, login, logout
void add_page_commands(CLI::App& app, Context& ctx);      // main, ...

// Builds the whole command line: global options and every command.
void build_app(CLI::App& app, Context& ctx);

}  // namespace kolmi::cli
