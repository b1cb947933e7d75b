// kolmi admin calls' filters as typed: patterns, dispositions, limits, the
// default period, and unknown users and devices.
#include <catch2/catch.hpp>

#include "core/console/call_search.hpp"
#include "core/error.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

ExitCode code_of(store::Database& db, const Clock& clock, const console::CallSearchRequest& r) {
  try {
    console::load_call_search(db, clock, r);
  } catch (const Error& e) {
    return e.code();
  }
  return ExitCode::ok;
}

}  // namespace

TEST_CASE("call search: a number pattern is a prefix, or a whole-number glob with *", "[console]") {
  CHECK(console::call_glob("--dst", "4420") == "4420*");
  CHECK(console::call_glob("--dst", "4420*") == "4420*");
  CHECK(console::call_glob("--dst", "*123") == "*123");
  CHECK(console::call_glob("--src", "+44*7*") == "+44*7*");
  for (std::string_view bad : {"", "44?", "44[0-9]", "abc", "44 20", "4420%"}) {
    INFO(bad);
    CHECK_THROWS_AS(console::call_glob("--dst", bad), Error);
  }
  try {
    console::call_glob("--src", "44?");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    CHECK(std::string(e.what()) ==
          "--src: '44?' is not a number pattern (digits, + and *, as 4420 or 44*55)");
  }
}

TEST_CASE("call search: filters checked, unknown user or device not found", "[console]") {
  test::TestDatabase t;
  t.add_user({.id = 1, .login = "ann"});
  t.add_user({.id = 7, .login = "42"});  // a login that looks like an id: the login wins
  t.add_device({.id = 10, .user_id = 1, .name = "ann1"});

  console::CallSearchRequest r;
  // Default: today (UTC), 2026-11-28.
  store::AdminCallFilter f = console::load_call_search(t.db, t.clock, r);
  CHECK(format_utc(f.from) == "2026-11-28 00:00:00");
  CHECK(format_utc(f.till) == "2026-11-29 00:00:00");
  CHECK_FALSE(f.user_id);
  CHECK_FALSE(f.limit);

  // Today in --tz.
  r.time_zone = "Europe/Vilnius";
  f = console::load_call_search(t.db, t.clock, r);
  CHECK(format_utc(f.from) == "2026-11-27 22:00:00");

  // A unique id names one call whatever its day; with a period, that period.
  r = {};
  r.uniqueid = "1732781400.42";
  f = console::load_call_search(t.db, t.clock, r);
  CHECK(f.from == store::AdminCallFilter{}.from);
  CHECK(f.till == store::AdminCallFilter{}.till);
  r.period = "yesterday";
  f = console::load_call_search(t.db, t.clock, r);
  CHECK(format_utc(f.from) == "2026-11-27 00:00:00");

  r = {};
  r.user = "ann";
  r.device = 10;
  r.dst = "4420";
  r.src = "*5";
  r.disposition = "no answer";
  r.limit = "5";
  r.unrated = true;
  r.unassigned = true;
  f = console::load_call_search(t.db, t.clock, r);
  CHECK(f.user_id == 1);
  CHECK(f.device_id == 10);
  CHECK(f.dst_glob == "4420*");
  CHECK(f.src_glob == "*5");
  CHECK(f.outcome == store::CallOutcome::no_answer);
  CHECK(f.limit == 5);
  CHECK(f.unrated);
  CHECK(f.unassigned);

  r = {};
  r.user = "1";
  CHECK(console::load_call_search(t.db, t.clock, r).user_id == 1);
  r.user = "42";
  CHECK(console::load_call_search(t.db, t.clock, r).user_id == 7);

  auto code = [&](auto&& change) {
    console::CallSearchRequest bad;
    change(bad);
    return code_of(t.db, t.clock, bad);
  };
  CHECK(code([](auto& b) { b.user = "nobody"; }) == ExitCode::not_found);
  CHECK(code([](auto& b) { b.user = "99"; }) == ExitCode::not_found);
  CHECK(code([](auto& b) { b.device = 11; }) == ExitCode::not_found);
  CHECK(code([](auto& b) { b.dst = "44a"; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.src = ""; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.disposition = "CONGESTION"; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.limit = "0"; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.limit = "-3"; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.limit = "ten"; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.time_zone = "Mars/Base"; }) == ExitCode::usage);
  CHECK(code([](auto& b) { b.from = "28.11.2026"; }) == ExitCode::usage);
  CHECK(code([](auto& b) {
          b.period = "today";
          b.from = "2026-11-01";
        }) == ExitCode::usage);
  // A bad value is refused before an unknown user is looked up.
  CHECK(code([](auto& b) {
          b.user = "nobody";
          b.dst = "x";
        }) == ExitCode::usage);
}
