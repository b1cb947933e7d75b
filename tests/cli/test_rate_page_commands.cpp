// How `rates` and `destinations` are registered: parsed from argument
// vectors against a database that does not exist, so a page that runs shows
// itself as Error(storage) and one that does not run leaves no trace.
#include <catch2/catch.hpp>

#include "tests/support/command_harness.hpp"

using namespace kolmi;

namespace {

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(cli::add_rate_page_commands) {}
};

ExitCode code_of(Harness& h, std::vector<const char*> args) { return h.run(std::move(args)); }

}  // namespace

TEST_CASE("rates prints its page only when no subcommand of rates ran", "[rates]") {
  SECTION("a subcommand of rates runs alone") {
    Harness h;
    bool export_ran = false;
    h.app.get_subcommand("rates")->add_subcommand("export")->callback([&] { export_ran = true; });
    CHECK(code_of(h, {"rates", "export"}) == ExitCode::ok);  // the page did not try to open the database
    CHECK(export_ran);
  }
  SECTION("plain rates runs the page") {
    Harness h;
    CHECK(code_of(h, {"rates", "--currency", "EUR"}) == ExitCode::storage);  // no database there
  }
}

TEST_CASE("destinations needs a numeric group id", "[rates]") {
  Harness h;
  CHECK_THROWS_AS(h.parse({"destinations", "abc"}), CLI::ParseError);
  Harness missing;
  CHECK_THROWS_AS(missing.parse({"destinations"}), CLI::ParseError);
  Harness numeric;
  CHECK(code_of(numeric, {"destinations", "12"}) == ExitCode::storage);  // parsed; the page ran
}
