#include "cli/run.hpp"

#include <cstdio>
#include <memory>
#include <new>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/usage_errors.hpp"
#include "core/error.hpp"
#include "core/pages/i18n.hpp"
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

// Help and the version go to the command's stdout (tests read it there).
int print_to(const Context& ctx, const CLI::App& app, const CLI::Error& e) {
  std::ostringstream text;
  const int code = app.exit(e, text, text);
  fmt::print(ctx.out, "{}", text.str());
  std::fflush(ctx.out);
  return code;
}

// The tree a run parses: the branch its first word needs (command_scope.hpp),
// or all of it when that branch does not know the word, so a typo's "did you
// mean" still sees every command.
std::unique_ptr<CLI::App> build_for(int argc, const char* const* argv, Context& ctx) {
  auto make = [&](CommandScope scope) {
    auto app = std::make_unique<CLI::App>(
        "kolmi: MOR user-portal pages, exports and imports from an SQLite billing database", "kolmi");
    build_app(*app, ctx, scope);
    return app;
  };
  const std::string_view word = first_command_word(argc, argv);
  const CommandScope scope = scope_of(word);
  auto app = make(scope);
  if (scope != CommandScope::everything && !has_command(*app, word)) app = make(CommandScope::everything);
  return app;
}
}  // namespace

int run(int argc, const char* const* argv, Context& ctx) {
  // Until the user is known, messages follow --lang alone.
  const pages::Lang lang = lang_in_argv(argc, argv);
  struct ForgetRoot {
    Context& ctx;
    ~ForgetRoot() { ctx.root = nullptr; }
  } forget_root{ctx};
  std::unique_ptr<CLI::App> tree;
  try {
    tree = build_for(argc, argv, ctx);
  } catch (const std::exception& e) {  // out of memory, or a bug in the tree's definition
    report(fmt::format("internal error: {}", e.what()));
    return kInternalError;
  }
  CLI::App& app = *tree;
  ctx.root = &app;  // the command path the audit trail records; forgotten with the tree
  try {
    app.parse(argc, argv);
    std::fflush(ctx.out);
    return ctx.exit_code;
  } catch (const CLI::CallForHelp& e) {
    return print_to(ctx, app, e);
  } catch (const CLI::CallForAllHelp& e) {
    return print_to(ctx, app, e);
  } catch (const CLI::CallForVersion& e) {
    return print_to(ctx, app, e);
  } catch (const CLI::ParseError& e) {
    report(parse_error_message(app, e, argc, argv, lang));
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& e) {
    const std::string message = pages::translate(lang, e.what());
    report(e.code() == ExitCode::usage ? usage_error_message(app, message, lang) : message);
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
