// Ids on the command line: anything but a positive int64 in decimal is a
// usage error (exit 2) naming the option, for every command that takes one.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/support/run_kolmi.hpp"

using namespace kolmi;
using kolmi::test::contains;
using kolmi::test::is_one_line;
using kolmi::test::run_kolmi;

TEST_CASE("an id that is not a positive int64 is exit 2 for every command", "[cli][id]") {
  test::InitDatabase db;
  for (const char* id : {"99999999999999999999", "9223372036854775808", "0", "0x10", "1e3", "-1"}) {
    const std::vector<std::vector<const char*>> commands = {
        {"phonebook", "destroy", id},
        {"missed-calls", "process", id},
        {"destinations", id},
        {"clis", "add", "--device", id, "--cli", "37060000001"},
        {"callback", "--src", "37060000001", "--dst", "37060000002", "--device", id},
        {"calls", "--device", id},
        {"calls", "export", "--format", "csv", "--device", id},
        {"faxes", "--device", id},
    };
    for (const auto& args : commands) {
      auto r = run_kolmi(args, db.env);
      INFO(args[0] << " " << args[1] << " " << id << ": " << r.err);
      CHECK(r.code == 2);
      CHECK(is_one_line(r.err));
      if (std::string(id) != "-1") CHECK(contains(r.err, "is not "));  // CLI11 may take -1 for an option
    }
  }
  // The largest id is an id: looked up, and not found.
  auto max = run_kolmi({"phonebook", "destroy", "9223372036854775807"}, db.env);
  CHECK(max.code == 4);
  auto group = run_kolmi({"destinations", "9223372036854775807"}, db.env);
  CHECK(group.code == 4);
}
