// A run builds only the branch of the command tree its first word needs
// (cli/command_scope.hpp); every command must look and behave the same as in
// the whole tree.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "cli/command_scope.hpp"
#include "cli/commands.hpp"
#include "tests/support/run_kolmi.hpp"

using namespace kolmi;
using kolmi::test::contains;
using kolmi::test::run_kolmi;

namespace {
std::string_view word_of(std::vector<const char*> args) {
  args.insert(args.begin(), "kolmi");
  return cli::first_command_word(static_cast<int>(args.size()), args.data());
}

// Every subcommand's help, depth first, keyed by its path.
void collect_help(const CLI::App& app, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
  out.emplace_back(path, app.help());
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    collect_help(*sub, path + " " + sub->get_name(), out);
}
}  // namespace

TEST_CASE("the first command word skips options and the values of global options", "[cli][scope]") {
  CHECK(word_of({"admin", "calls"}) == "admin");
  CHECK(word_of({"--db", "admin.db", "calls"}) == "calls");
  CHECK(word_of({"--db=admin", "calls"}) == "calls");
  CHECK(word_of({"--output", "json", "--as", "admin", "main"}) == "main");
  CHECK(word_of({"-V"}).empty());
  CHECK(word_of({}).empty());
  CHECK(word_of({"--", "admin"}).empty());
  CHECK(cli::scope_of("admin") == cli::CommandScope::admin);
  CHECK(cli::scope_of("calls") == cli::CommandScope::customer);
  CHECK(cli::scope_of("help") == cli::CommandScope::everything);
  CHECK(cli::scope_of("completion") == cli::CommandScope::everything);
  CHECK(cli::scope_of("") == cli::CommandScope::everything);
}

TEST_CASE("kGlobalOptionsWithValue is exactly the root's options that take a value", "[cli][scope]") {
  cli::Context ctx;
  CLI::App app{"kolmi", "kolmi"};
  cli::build_app(app, ctx);
  std::set<std::string> taking_value;
  for (const CLI::Option* o : app.get_options()) {
    if (o->get_items_expected_max() == 0 || o->get_positional()) continue;  // flags (-V, --help)
    for (const std::string& name : o->get_lnames()) taking_value.insert("--" + name);
  }
  const std::set<std::string> listed(std::begin(cli::kGlobalOptionsWithValue), std::end(cli::kGlobalOptionsWithValue));
  CHECK(listed == taking_value);
}

TEST_CASE("each command is the same in its branch as in the whole tree", "[cli][scope]") {
  cli::Context ctx;
  CLI::App whole{"kolmi", "kolmi"};
  cli::build_app(whole, ctx);
  int compared = 0;
  for (const CLI::App* top : whole.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string name = top->get_name();
    const cli::CommandScope scope = cli::scope_of(name);
    if (scope == cli::CommandScope::everything) continue;
    CLI::App branch{"kolmi", "kolmi"};
    cli::build_app(branch, ctx, scope);
    INFO(name);
    REQUIRE(cli::has_command(branch, name));
    const CLI::App* scoped = branch.get_subcommand(name);
    std::vector<std::pair<std::string, std::string>> expected, got;
    collect_help(*top, name, expected);
    collect_help(*scoped, name, got);
    CHECK(got == expected);
    ++compared;
  }
  CHECK(compared >= 20);
}

TEST_CASE("a branch holds no command of the other", "[cli][scope]") {
  cli::Context ctx;
  CLI::App admin{"kolmi", "kolmi"};
  cli::build_app(admin, ctx, cli::CommandScope::admin);
  CHECK_FALSE(cli::has_command(admin, "calls"));
  CHECK(cli::has_command(admin, "admin"));
  CLI::App customer{"kolmi", "kolmi"};
  cli::build_app(customer, ctx, cli::CommandScope::customer);
  CHECK_FALSE(cli::has_command(customer, "admin"));
  CHECK(cli::has_command(customer, "calls"));
}

TEST_CASE("a mistyped first word is still matched against every command", "[cli][scope]") {
  auto typo = run_kolmi({"admn", "calls"});
  CHECK(typo.code == 2);
  CHECK(contains(typo.err, "admin"));
  auto other = run_kolmi({"--output", "json", "clals"});
  CHECK(other.code == 2);
  CHECK(contains(other.err, "calls"));
}
