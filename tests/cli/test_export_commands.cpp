// How `rates export` and `calls export` are registered: parsed from
// argument vectors against a database that does not exist, so an export
// that runs shows itself as Error(storage), and options that cannot apply
// are refused (exit 2) before anything is opened.
#include <catch2/catch.hpp>

#include "tests/support/command_harness.hpp"

using namespace kolmi;

namespace {

void add_pages_and_exports(CLI::App& app, cli::Context& ctx) {
  app.fallthrough();  // as build_app does, so subcommands inherit it
  cli::add_call_page_commands(app, ctx);
  cli::add_rate_page_commands(app, ctx);
  cli::add_export_commands(app, ctx);
}

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(add_pages_and_exports) {}
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

TEST_CASE("exports are subcommands of rates and calls and need --format", "[export]") {
  CHECK(code_of({"rates", "export", "--format", "csv"}) == ExitCode::storage);  // ran: opened the database
  CHECK(code_of({"calls", "export", "--format", "pdf", "-o", "x.pdf"}) == ExitCode::storage);
  CHECK(refused_by_cli11({"calls", "export"}));
  CHECK(refused_by_cli11({"rates", "export", "--format", "xls"}));
}

TEST_CASE("the page's filters are accepted before and after export", "[export]") {
  CHECK(code_of({"calls", "--from", "2026-11-01", "--device", "10", "export", "--format", "csv"}) ==
        ExitCode::storage);
  CHECK(code_of({"calls", "export", "--format", "csv", "--from", "2026-11-01", "--till", "2026-11-30",
                 "--direction", "outgoing", "--status", "answered", "--device", "10", "--currency", "EUR"}) ==
        ExitCode::storage);
  CHECK(code_of({"rates", "export", "--currency", "EUR", "--format", "csv"}) == ExitCode::storage);
  CHECK(code_of({"rates", "--currency", "EUR", "export", "--format", "csv"}) == ExitCode::storage);
  // The page's validators still apply after export.
  CHECK(refused_by_cli11({"calls", "export", "--format", "csv", "--direction", "sideways"}));
  CHECK(refused_by_cli11({"calls", "export", "--format", "csv", "--device", "mine"}));
}

TEST_CASE("options of the other format are refused before anything is opened", "[export]") {
  CHECK(code_of({"calls", "export", "--format", "pdf", "--separator", ","}) == ExitCode::usage);
  CHECK(code_of({"calls", "export", "--format", "pdf", "--bom"}) == ExitCode::usage);
  CHECK(code_of({"rates", "export", "--format", "pdf", "--decimal", ","}) == ExitCode::usage);
  CHECK(code_of({"rates", "export", "--format", "csv", "--font", "/x.ttf"}) == ExitCode::usage);
  CHECK(code_of({"rates", "export", "--format", "csv", "--strict"}) == ExitCode::usage);
  CHECK(code_of({"calls", "export", "--format", "csv", "--strict"}) == ExitCode::usage);
  CHECK(code_of({"calls", "export", "--format", "csv", "--separator", ";", "--decimal", ",", "--bom"}) ==
        ExitCode::storage);
}
