// How `rates` and `destinations` are registered: parsed from argument
// vectors against a database that does not exist, so a page that runs shows
// itself as Error(storage) and one that does not run leaves no trace.
#include <catch2/catch.hpp>

#include <memory>
#include <vector>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/time/datetime.hpp"

using namespace kolmi;

namespace {

struct Harness {
  cli::Context ctx;
  CLI::App app{"kolmi"};

  Harness() {
    ctx.options.db_path = "/nonexistent-kolmi-dir/kolmi.db";
    ctx.env = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
    ctx.clock = std::make_shared<FixedClock>(*parse_utc("2026-11-28 09:30:00"));
    cli::add_rate_page_commands(app, ctx);
  }

  void parse(std::vector<const char*> args) {
    args.insert(args.begin(), "kolmi");
    app.parse(static_cast<int>(args.size()), args.data());
  }
};

ExitCode code_of(Harness& h, std::vector<const char*> args) {
  try {
    h.parse(std::move(args));
  } catch (const Error& e) {
    return e.code();
  }
  return ExitCode::ok;
}

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
