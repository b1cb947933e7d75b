// Process a missed call: only the user's own missed calls.
#include <catch2/catch.hpp>

#include "core/output/xml_tree_writer.hpp"
#include "core/actions/missed_call_actions.hpp"
#include "core/pages/missed_calls_page.hpp"
#include "core/store/call_queries.hpp"
#include "tests/core/actions/action_fixture.hpp"

using namespace kolmi;

namespace {

struct Fixture : test::ActionFixture {
  std::pair<ExitCode, std::string> process(std::int64_t user, std::int64_t call) {
    return failure_as(user, [&](pages::PageContext& pc) {
      actions::process_missed_call(pc, call);
      return 0;
    });
  }
};

}  // namespace

TEST_CASE("the user's missed call is marked processed", "[actions]") {
  Fixture f;
  REQUIRE(store::unprocessed_missed_calls(f.db, 1) == 1);
  CHECK(f.process(1, 500).first == ExitCode::ok);
  CHECK(f.text("SELECT processed FROM calls WHERE id = 500") == "1");
  CHECK(store::unprocessed_missed_calls(f.db, 1) == 0);
  std::string xml = f.render(
      1, [](pages::PageContext& pc, output::TreeWriter& w) { pages::produce_missed_calls_page(w, pc, {}); });
  CHECK(test::contains(xml, "<call_id>500</call_id>"));
  CHECK_FALSE(test::contains(xml, "<processed>0</processed>"));
}

TEST_CASE("marking a processed call again succeeds and changes nothing", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  CHECK(f.process(1, 504).first == ExitCode::ok);
  CHECK(f.dump() == before);
}

TEST_CASE("a call that is not the user's missed call is not found and nothing changes", "[actions]") {
  Fixture f;
  const auto before = f.dump();
  CHECK(f.process(1, 501) ==
        std::pair{ExitCode::not_found, std::string("no such missed call of yours: 501")});
  CHECK(f.process(1, 502).first == ExitCode::not_found);  // user 2's
  CHECK(f.process(1, 503).first == ExitCode::not_found);  // user 1's outgoing call, user 2's missed one
  CHECK(f.process(1, 999).first == ExitCode::not_found);
  CHECK(f.process(3, 500).first == ExitCode::not_found);
  CHECK(f.dump() == before);
  // User 2 may process the call user 1 made to them.
  CHECK(f.process(2, 503).first == ExitCode::ok);
}
