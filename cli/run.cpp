#include "cli/run.hpp"

#include <cstdio>
#include <new>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::cli {

namespace {
// Not in the contract's table: a bug, never an expected failure.
constexpr int kInternalError = 70;

// The last safety net: whatever a message holds (CLI11 quotes arguments
// as typed, 128 KB included), one escaped line of bounded length reaches
// the terminal. Values kolmi puts in its messages are already shown().
void report(std::string_view message) {
  std::fflush(stdout);
  fmt::print(stderr, "kolmi: error: {}\n", text::one_line(message));
}

// CLI11 reports an unknown command word as "a subcommand is required"; name
// the word instead. Global options that take a value are skipped over.
void check_command_word(const CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") return;
    if (arg == "--db" || arg == "--session" || arg == "--as" || arg == "--lang" || arg == "--output") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->check_name(std::string(arg))) return;
    }
    throw CLI::ParseError(fmt::format("unknown command '{}'", text::shown(arg)), CLI::ExitCodes::ExtrasError);
  }
}
}  // namespace

int run(int argc, const char* const* argv, Context& ctx) {
  CLI::App app{"kolmi: MOR user-portal pages, exports and imports from an SQLite billing database",
               "kolmi"};
  try {
    build_app(app, ctx);
    check_command_word(app, argc, argv);
    app.parse(argc, argv);
    std::fflush(ctx.out);
    return ctx.exit_code;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    report(fmt::format("{} (see kolmi --help)", e.what()));
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& e) {
    report(e.what());
    return static_cast<int>(e.code());
  } catch (const std::bad_alloc&) {
    report("out of memory");
    return kInternalError;
  } catch (const std::exception& e) {
    report(fmt::format("internal error: {}", e.what()));
    return kInternalError;
  }
}

}  // namespace kolmi::cli
