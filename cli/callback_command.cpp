// `kolmi callback`.
// TRANSIENT: registration is filled in by its issue's work before this lands.
#include "cli/commands.hpp"

namespace kolmi::cli {

void add_callback_command(CLI::App&, Context&) {}

}  // namespace kolmi::cli
