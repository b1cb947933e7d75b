// How `kolmi stats export` is registered: parsed from argument vectors
// against a database that does not exist, so an export that runs shows
// itself as Error(storage), and options that cannot apply are refused
// (exit 2) before anything is opened.
#include <catch2/catch.hpp>

#include "tests/support/command_harness.hpp"

using namespace kolmi;

namespace {

void add_stats_and_export(CLI::App& app, cli::Context& ctx) {
  app.fallthrough();  // as build_app does, so subcommands inherit it
  cli::add_call_page_commands(app, ctx);
  cli::add_stats_export_command(app, ctx);
}

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(add_stats_and_export) {}
};

ExitCode code_of(std::vector<const char*> args) {
  Harness h;
  return h.run(std::move(args));
}

bool refused_by_cli11(std::vector<const char*> args) {
  Harness h;
  try {
    h.parse(std::move(args));
  } catch (const CLI::ParseError&) {
    return true;
  } catch (const Error&) {
  }
  return false;
}

}  // namespace

TEST_CASE("stats export: a subcommand of stats taking pdf, svg or csv", "[stats_export]") {
  CHECK(code_of({"stats", "export", "--format", "pdf", "-o", "x.pdf"}) == ExitCode::storage);  // ran
  CHECK(code_of({"stats", "export", "--format", "svg"}) == ExitCode::storage);
  CHECK(code_of({"stats", "export", "--format", "csv", "--separator", ";", "--decimal", ",", "--bom"}) ==
        ExitCode::storage);
  CHECK(refused_by_cli11({"stats", "export"}));
  CHECK(refused_by_cli11({"stats", "export", "--format", "png"}));
}

TEST_CASE("stats export: the period before or after export", "[stats_export]") {
  CHECK(code_of({"stats", "--period", "2026-11", "export", "--format", "csv"}) == ExitCode::storage);
  CHECK(code_of({"stats", "export", "--format", "csv", "--from", "2026-11-01", "--till", "2026-11-30"}) ==
        ExitCode::storage);
}

TEST_CASE("stats export: options of another format are refused before anything is opened", "[stats_export]") {
  CHECK(code_of({"stats", "export", "--format", "svg", "--font", "/x.ttf"}) == ExitCode::usage);
  CHECK(code_of({"stats", "export", "--format", "csv", "--font", "/x.ttf"}) == ExitCode::usage);
  CHECK(code_of({"stats", "export", "--format", "pdf", "--separator", ","}) == ExitCode::usage);
  CHECK(code_of({"stats", "export", "--format", "svg", "--bom"}) == ExitCode::usage);
  CHECK(code_of({"stats", "export", "--format", "pdf", "--font", "/x.ttf"}) == ExitCode::storage);
}
