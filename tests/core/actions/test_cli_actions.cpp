// Add a CLI (add_cli): only to the user's own devices, validated, no
// duplicates on a device.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/actions/cli_actions.hpp"
#include "core/pages/devices_page.hpp"
#include "tests/core/actions/action_fixture.hpp"

using namespace kolmi;

namespace {

struct Fixture : test::ActionFixture {
  std::string add(std::int64_t user, const actions::NewCli& c) {
    return act_as(user, [&](pages::PageContext& pc) { return actions::add_cli(pc, c); });
  }
  std::pair<ExitCode, std::string> refused(std::int64_t user, const actions::NewCli& c,
                                           pages::Lang lang = pages::Lang::en) {
    return failure_as(
        user, [&](pages::PageContext& pc) { return actions::add_cli(pc, c); }, lang);
  }
};

}  // namespace

TEST_CASE("a CLI is added to the user's own device, added now", "[actions]") {
  Fixture f;
  CHECK(f.add(1, {11, "+37052123456", "  Office line  "}) == "CLI created");
  CHECK(f.text("SELECT cli || '|' || device_id || '|' || description || '|' || added_at || '|' || banned "
               "FROM callerids ORDER BY id DESC LIMIT 1") ==
        "+37052123456|11|Office line|2026-11-28 09:30:00|0");
  // The same number on another device of the user is another CLI.
  CHECK(f.add(1, {10, "+37052123456", ""}) == "CLI created");
}

TEST_CASE("a CLI the device already has is refused with a reason", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  CHECK(f.refused(1, {10, "5555555", "again"}) ==
        std::pair{ExitCode::action_failed, std::string("CLI not created: the device already has this CLI")});
  CHECK(f.dump() == before);
}

TEST_CASE("another user's device is exactly like a missing one and nothing changes", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  auto others = f.refused(1, {20, "1234567", ""});
  auto missing = f.refused(1, {99, "1234567", ""});
  CHECK(others == std::pair{ExitCode::not_found, std::string("no such device of yours: 20")});
  CHECK(missing == std::pair{ExitCode::not_found, std::string("no such device of yours: 99")});
  // Even a CLI that device 20 already has does not tell "duplicate" to user 1.
  CHECK(f.refused(1, {20, "9999999", ""}).first == ExitCode::not_found);
  CHECK(f.dump() == before);
  // The owner may.
  CHECK(f.add(2, {20, "1234567", ""}) == "CLI created");
}

TEST_CASE("malformed CLIs and descriptions are refused", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  CHECK(f.refused(1, {10, "555 5555", ""}).second ==
        "--cli: not a valid CLI (an optional leading + and 3 to 20 digits)");
  CHECK(f.refused(1, {10, "'; DROP TABLE users; --", ""}).first == ExitCode::action_failed);
  CHECK(f.refused(1, {10, "12", ""}).first == ExitCode::action_failed);
  CHECK(f.refused(1, {10, "1234", std::string(256, 'd')}).second ==
        "--description: too long (at most 255 characters)");
  CHECK(f.refused(1, {10, "1234", "bad\x1b"}).second == "--description: control characters are not allowed");
  CHECK(f.refused(1, {10, "1234", "\xFF"}).second == "--description: not valid UTF-8");
  CHECK(f.refused(1, {10, "12", ""}, pages::Lang::ru).second ==
        "--cli: неверный CLI (от 3 до 20 цифр, в начале может стоять +)");
  CHECK(f.dump() == before);
}

TEST_CASE("a description with SQL and XML metacharacters is stored verbatim and shown escaped", "[actions]") {
  Fixture f;
  f.add(1, {10, "1234567", "'; DROP TABLE users; -- <&>\"'"});
  CHECK(f.text("SELECT description FROM callerids WHERE cli = '1234567'") ==
        "'; DROP TABLE users; -- <&>\"'");
  std::string xml =
      f.render(1, [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_clis_page(w, pc); });
  CHECK(test::contains(xml, "<cli_desc>&apos;; DROP TABLE users; -- &lt;&amp;&gt;&quot;&apos;</cli_desc>"));
  CHECK(test::contains(xml, "<added_at>2026-11-28 14:30:00</added_at>"));  // Tashkent time
}
