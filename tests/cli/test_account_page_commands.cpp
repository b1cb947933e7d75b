// How the account page commands are registered: parsed from argument
// vectors against a database that does not exist, so a page that runs shows
// itself as Error(storage) and one that does not run leaves no trace.
#include <catch2/catch.hpp>

#include "tests/support/command_harness.hpp"

using namespace kolmi;

namespace {

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(cli::add_account_page_commands) {}
};

}  // namespace

TEST_CASE("every account page is a command that runs its page", "[account]") {
  for (const char* name :
       {"details", "devices", "payments", "invoices", "subscriptions", "clis", "phonebook", "faxes"}) {
    Harness h;
    INFO(name);
    CHECK(h.run({name}) == ExitCode::storage);  // the page ran and found no database
  }
}

TEST_CASE("a page's action subcommand runs instead of the page", "[account]") {
  for (const char* name : {"details", "clis", "phonebook"}) {
    Harness h;
    bool action_ran = false;
    h.app.get_subcommand(name)->add_subcommand("action")->callback([&] { action_ran = true; });
    INFO(name);
    CHECK(h.run({name, "action"}) == ExitCode::ok);  // the page did not open the database
    CHECK(action_ran);
  }
}

TEST_CASE("faxes options are checked at the edge", "[account]") {
  Harness all;
  CHECK(all.run({"faxes", "--from", "2026-11-01", "--till", "2026-11-02", "--status", "empty", "--device",
                 "7"}) == ExitCode::storage);
  Harness bad_status;
  CHECK_THROWS_AS(bad_status.run({"faxes", "--status", "good"}), CLI::ValidationError);
  Harness no_value;
  CHECK_THROWS_AS(no_value.run({"faxes", "--device"}), CLI::ParseError);
}
