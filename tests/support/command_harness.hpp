#pragma once
// One command group registered on a bare CLI11 app, parsed from argument
// vectors against a database that does not exist: a page that runs shows
// itself as Error(storage), one that does not run leaves no trace.
#include <CLI/CLI.hpp>

#include <memory>
#include <vector>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::test {

struct CommandHarness {
  cli::Context ctx;
  CLI::App app{"kolmi"};

  explicit CommandHarness(void (*add_commands)(CLI::App&, cli::Context&)) {
    ctx.options.db_path = "/nonexistent-kolmi-dir/kolmi.db";
    ctx.env = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
    ctx.clock = std::make_shared<FixedClock>(*parse_utc("2026-11-28 09:30:00"));
    ctx.root = &app;
    add_commands(app, ctx);
  }

  // Parses (and so runs) `args`; CLI11 and kolmi errors propagate.
  void parse(std::vector<const char*> args) {
    args.insert(args.begin(), "kolmi");
    app.parse(static_cast<int>(args.size()), args.data());
  }

  // The exit code a kolmi::Error carried, or ok.
  ExitCode run(std::vector<const char*> args) {
    try {
      parse(std::move(args));
    } catch (const Error& e) {
      return e.code();
    }
    return ExitCode::ok;
  }
};

}  // namespace kolmi::test
