// `kolmi rates export` and `kolmi calls export`.
// TRANSIENT: registration is filled in by its issue's work before this lands.
#include "cli/commands.hpp"

namespace kolmi::cli {

void add_export_commands(CLI::App&, Context&) {}

}  // namespace kolmi::cli
