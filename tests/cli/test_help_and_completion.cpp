// kolmi help, --help footers, -V, and the completion scripts generated from
// the command tree.
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/help_examples.hpp"
#include "cli/usage_errors.hpp"
#include "tests/support/run_kolmi.hpp"

using namespace kolmi;
using kolmi::test::contains;
using kolmi::test::run_kolmi;

namespace {
// Every command path of the real tree ("" for kolmi itself).
std::vector<std::string> all_paths() {
  cli::Context ctx;
  CLI::App app{"kolmi", "kolmi"};
  cli::build_app(app, ctx);
  std::vector<std::string> paths;
  std::function<void(const CLI::App&)> visit = [&](const CLI::App& a) {
    paths.push_back(cli::command_path(a));
    for (const CLI::App* sub : cli::named_subcommands(a)) visit(*sub);
  };
  visit(app);
  return paths;
}
}  // namespace

TEST_CASE("kolmi help COMMAND is kolmi COMMAND --help", "[cli][help]") {
  auto help = run_kolmi({"help", "calls"});
  CHECK(help.code == 0);
  CHECK(help.out == run_kolmi({"calls", "--help"}).out);
  CHECK(contains(help.out, "Usage: kolmi calls"));
  CHECK(run_kolmi({"help", "admin", "import", "cdr"}).out == run_kolmi({"admin", "import", "cdr", "--help"}).out);
  CHECK(run_kolmi({"help"}).out == run_kolmi({"--help"}).out);

  auto unknown = run_kolmi({"help", "cals"});
  CHECK(unknown.code == 2);
  CHECK(unknown.out.empty());
  CHECK(contains(unknown.err, "unknown command 'cals'; did you mean 'calls'?"));
}

TEST_CASE("every --help ends with examples, the environment and man kolmi", "[cli][help]") {
  auto calls = run_kolmi({"calls", "--help"});
  CHECK(contains(calls.out, "Examples:\n  kolmi calls --from 2026-11-01 --till 2026-11-30\n"));
  CHECK(contains(calls.out, "Environment: KOLMI_DB, KOLMI_SESSION, KOLMI_USER with KOLMI_PASSWORD"));
  CHECK(calls.out.size() > 15);
  CHECK(calls.out.substr(calls.out.size() - 15) == "See man kolmi.\n");

  // The table covers the whole tree, with two or three examples each.
  for (const std::string& path : all_paths()) {
    INFO("command: '" << path << "'");
    const cli::HelpEntry* found = nullptr;
    for (const cli::HelpEntry& e : cli::help_entries()) {
      if (e.path == path) found = &e;
    }
    REQUIRE(found != nullptr);
    CHECK(found->examples.size() >= 2);
    CHECK(found->examples.size() <= 3);
    for (std::string_view example : found->examples) CHECK(contains(std::string(example), "kolmi"));
  }
}

TEST_CASE("kolmi -V is kolmi --version", "[cli][help]") {
  auto v = run_kolmi({"-V"});
  CHECK(v.code == 0);
  CHECK(v.out == run_kolmi({"--version"}).out);
  CHECK(contains(v.out, "kolmi "));
}

TEST_CASE("the bash completion is generated from the tree", "[cli][completion]") {
  auto r = run_kolmi({"completion", "bash"});
  CHECK(r.code == 0);
  CHECK(r.err.empty());
  const std::string& s = r.out;
  CHECK(contains(s, "complete -F _kolmi kolmi\n"));
  // Commands at every level.
  CHECK(contains(s, "    \"admin\") echo \"user device payment import rerate tariff provider calls report explain rate log currency config callbacks invoices monitor copy\" ;;\n"));
  CHECK(contains(s, "    \"admin import\") echo \"cdr rates destinations\" ;;\n"));
  CHECK(contains(s, "    \"\") echo \"init demo login-form login logout main calls new-calls"));
  CHECK(contains(s, " callback help completion\" ;;\n"));
  // Each command's options with the global ones, and the choices of IsMember options.
  CHECK(contains(s, "    \"calls\") echo \"--help -h --from --till --period --direction --status --device --currency "
                     "--summary"));
  CHECK(contains(s, "--db --session --as --lang --output"));
  CHECK(contains(s, "\"|--output\") echo \"xml json csv tsv table\"; return 0 ;;"));
  CHECK(contains(s, "\"calls|--status\") echo \"all answered no_answer busy failed\"; return 0 ;;"));
  CHECK(contains(s, "\"|--lang\") echo \"en ru\"; return 0 ;;"));
  CHECK(contains(s, "\"calls export|--format\") echo \"pdf csv xlsx\"; return 0 ;;"));
  // File names where a path goes.
  CHECK(contains(s, "\"calls export|--output\"|\"calls export|-o\") echo \"@file\"; return 0 ;;"));
  CHECK(contains(s, "\"|--db\") echo \"@file\"; return 0 ;;"));
  CHECK(contains(s, "    \"admin import cdr\") echo \"@file\" ;;\n"));
  CHECK(contains(s, "    \"completion\") echo \"bash zsh\" ;;\n"));
}

TEST_CASE("the zsh completion registers itself or runs as _kolmi", "[cli][completion]") {
  auto r = run_kolmi({"completion", "zsh"});
  CHECK(r.code == 0);
  CHECK(r.out.compare(0, 16, "#compdef kolmi\n#") == 0);
  CHECK(contains(r.out, "compdef _kolmi kolmi"));
  CHECK(contains(r.out, "\"calls|--status\") echo \"all answered no_answer busy failed\"; return 0 ;;"));

  auto other = run_kolmi({"completion", "fish"});
  CHECK(other.code == 2);
  CHECK(contains(other.err, "'fish' is not one of bash, zsh"));
}
