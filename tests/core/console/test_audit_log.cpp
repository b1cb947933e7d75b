#include <catch2/catch.hpp>

#include <string>

#include "core/console/audit_log.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct LogFixture {
  test::TestDatabase db;
  LogFixture() {
    db.add_user({.id = 1, .login = "root", .usertype = "admin"});
    db.add_user({.id = 2, .login = "bob", .time_zone = "Europe/Vilnius"});
    store::insert_action(db.db, {1, "root", std::nullopt, ""}, "admin user add", "2026-11-27 21:30:00",
                         {.target_type = "user", .target_id = 2, .data = "login bob"});
    store::insert_action(db.db, {1, "root", 2, "bob"}, "callback", "2026-11-28 09:00:00",
                         {.target_type = "callback", .target_id = 5, .failed = true, .reason = "no spool"});
    store::insert_action(db.db, {7, "gone", std::nullopt, ""}, "admin rerate", "2026-11-28 09:10:00",
                         {.target_type = "calls", .data = "3 calls examined"});
  }
  std::string render(output::Format format, const console::ActionLogRequest& r) {
    const store::ActionFilter f = console::action_filter(db.db, r, db.clock);
    std::string out;
    console::write_action_log(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }), db.db, f);
    return out;
  }
};

constexpr const char* kHeader =
    "id\tdate\tadmin_id\tadmin\tas_user_id\tas_user\taction\ttarget_type\ttarget_id\tdata\tresult\treason\n";
constexpr const char* kRow1 = "1\t2026-11-27 21:30:00\t1\troot\t\t\tadmin user add\tuser\t2\tlogin bob\tok\t\n";
constexpr const char* kRow2 = "2\t2026-11-28 09:00:00\t1\troot\t2\tbob\tcallback\tcallback\t5\t\tfailed\tno spool\n";
constexpr const char* kRow3 = "3\t2026-11-28 09:10:00\t7\tgone\t\t\tadmin rerate\tcalls\t\t3 calls examined\tok\t\n";

}  // namespace

TEST_CASE("admin log: every row, oldest first, in TSV and JSON", "[console][audit]") {
  LogFixture f;
  CHECK(f.render(output::Format::tsv, {}) == std::string(kHeader) + kRow1 + kRow2 + kRow3);
  const std::string json = f.render(output::Format::json, {});
  // Missing ids are null, present ones numbers.
  CHECK(json.find("\"as_user_id\":null") != std::string::npos);
  CHECK(json.find("\"as_user_id\":2") != std::string::npos);
}

TEST_CASE("admin log: a period in a zone, and a user by any role", "[console][audit]") {
  LogFixture f;
  // 2026-11-28 in Vilnius (UTC+2) starts at 2026-11-27 22:00 UTC.
  CHECK(f.render(output::Format::tsv, {.period = "2026-11-28", .time_zone = "Europe/Vilnius"}) ==
        std::string(kHeader) + kRow2 + kRow3);
  CHECK(f.render(output::Format::tsv, {.till = "2026-11-27"}) == std::string(kHeader) + kRow1);
  CHECK(f.render(output::Format::tsv, {.from = "2026-11-28 09:05:00"}) == std::string(kHeader) + kRow3);
  CHECK(f.render(output::Format::tsv, {.user = "bob"}) == std::string(kHeader) + kRow1 + kRow2);
  CHECK(f.render(output::Format::tsv, {.user = "1"}) == std::string(kHeader) + kRow1 + kRow2);
  CHECK(f.render(output::Format::tsv, {.user = "gone"}) == std::string(kHeader) + kRow3);
}

TEST_CASE("admin log: unknown user is not found, a bad zone or period a usage error", "[console][audit]") {
  LogFixture f;
  auto code = [&](const console::ActionLogRequest& r) {
    try {
      (void)console::action_filter(f.db.db, r, f.db.clock);
    } catch (const Error& e) {
      return e.code();
    }
    return ExitCode::ok;
  };
  CHECK(code({.user = "nobody"}) == ExitCode::not_found);
  CHECK(code({.time_zone = "Mars/Olympus"}) == ExitCode::usage);
  CHECK(code({.from = "yesterday-ish"}) == ExitCode::usage);
}
