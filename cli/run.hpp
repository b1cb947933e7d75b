#pragma once
#include "cli/context.hpp"

namespace kolmi::cli {

// Parses argv, runs the command and returns the exit status. The one place
// where errors become messages: "kolmi: error: ..." on stderr and the exit
// code of shared/spec/cli.md.
int run(int argc, const char* const* argv, Context& ctx);

}  // namespace kolmi::cli
