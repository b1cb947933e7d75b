// kolmi: sets up the context and hands over to the command registry.
#include "cli/context.hpp"
#include "cli/run.hpp"
#include "core/error.hpp"
#include "core/text/message_text.hpp"

#include <fmt/format.h>

int main(int argc, char** argv) {
  kolmi::cli::Context ctx;
  try {
    ctx.clock = kolmi::cli::make_clock(ctx.env);
  } catch (const kolmi::Error& e) {
    fmt::print(stderr, "kolmi: error: {}\n", kolmi::text::one_line(e.what()));
    return static_cast<int>(e.code());
  }
  return kolmi::cli::run(argc, argv, ctx);
}
