// Action commands: details update, clis add, phonebook add|destroy, missed-calls process.
// TRANSIENT: registration is filled in by its issue's work before this lands.
#include "cli/commands.hpp"

namespace kolmi::cli {

void add_action_commands(CLI::App&, Context&) {}

}  // namespace kolmi::cli
