#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/console/callback_listing.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct ListFixture {
  test::TestDatabase db;
  std::set<std::string> in_spool = {"/spool/kolmi-callback-1.call"};  // 2 has left the spool
  ListFixture() {
    db.add_user({.id = 1, .login = "root", .usertype = "admin"});
    db.add_user({.id = 2, .login = "ann"});
    db.add_user({.id = 3, .login = "bob"});
    db.add_device({.id = 10, .user_id = 2, .name = "ann101"});
    db.add_device({.id = 20, .user_id = 3, .name = "bob201"});
    add(2, 10, "2026-11-27 21:30:00", "queued", "", "/spool/kolmi-callback-1.call");
    add(3, 20, "2026-11-28 08:00:00", "queued", "", "/spool/kolmi-callback-2.call");
    add(2, 10, "2026-11-28 09:00:00", "failed", "spool /spool does not exist", "");
  }
  void add(std::int64_t user, std::int64_t device, const char* at, const char* status, const char* reason,
           const char* file) {
    auto s = db.db.prepare(
        "INSERT INTO callbacks (user_id, device_id, src, dst, created_at, status, reason, call_file) "
        "VALUES (?, ?, '37061234567', '37060000000', ?, ?, ?, ?)");
    s.bind_all(user, device, at, status, reason, file);
    s.run();
  }
  std::string render(output::Format format, const console::CallbackListRequest& r) {
    const console::CallbackSearch search = console::callback_search(db.db, r, db.clock);
    std::string out;
    console::write_callback_list(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }),
                                 db.db, search,
                                 [this](const std::string& path) { return in_spool.count(path) > 0; });
    return out;
  }
  ExitCode code(const console::CallbackListRequest& r) {
    try {
      (void)console::callback_search(db.db, r, db.clock);
    } catch (const Error& e) {
      return e.code();
    }
    return ExitCode::ok;
  }
};

constexpr const char* kHeader =
    "id\ttime\tuser_id\tuser\tdevice_id\tdevice\tsrc\tdst\tstatus\treason\tcall_file\n";
constexpr const char* kRow1 =
    "1\t2026-11-27 "
    "21:30:00\t2\tann\t10\tann101\t37061234567\t37060000000\tqueued\t\t/spool/kolmi-callback-1.call\n";
constexpr const char* kRow2 =
    "2\t2026-11-28 "
    "08:00:00\t3\tbob\t20\tbob201\t37061234567\t37060000000\twritten\t\t/spool/kolmi-callback-2.call\n";
constexpr const char* kRow3 =
    "3\t2026-11-28 09:00:00\t2\tann\t10\tann101\t37061234567\t37060000000\tfailed\tspool /spool does not "
    "exist\t\n";

}  // namespace

TEST_CASE("admin callbacks: every request oldest first, queued while its file is in the spool",
          "[console][callback]") {
  ListFixture f;
  CHECK(f.render(output::Format::tsv, {}) == std::string(kHeader) + kRow1 + kRow2 + kRow3);
  // Asterisk takes the first file too: it is written now.
  f.in_spool.clear();
  CHECK(f.render(output::Format::tsv, {.status = "written"}) ==
        std::string(kHeader) + std::string(kRow1).replace(std::string(kRow1).find("queued"), 6, "written") +
            kRow2);
  const std::string json = f.render(output::Format::json, {.status = "failed"});
  CHECK(json.find("\"reason\":\"spool /spool does not exist\"") != std::string::npos);
  CHECK(json.find("\"id\":3") != std::string::npos);
  CHECK(json.find("\"id\":1") == std::string::npos);
}

TEST_CASE("admin callbacks: status, user and period filters", "[console][callback]") {
  ListFixture f;
  CHECK(f.render(output::Format::tsv, {.status = "queued"}) == std::string(kHeader) + kRow1);
  CHECK(f.render(output::Format::tsv, {.status = "written"}) == std::string(kHeader) + kRow2);
  CHECK(f.render(output::Format::tsv, {.status = "failed"}) == std::string(kHeader) + kRow3);
  CHECK(f.render(output::Format::tsv, {.user = "ann"}) == std::string(kHeader) + kRow1 + kRow3);
  CHECK(f.render(output::Format::tsv, {.user = "3"}) == std::string(kHeader) + kRow2);
  CHECK(f.render(output::Format::tsv, {.user = "root"}) == kHeader);
  // 2026-11-28 in Vilnius (UTC+2) starts at 2026-11-27 22:00 UTC.
  CHECK(f.render(output::Format::tsv, {.period = "2026-11-28", .time_zone = "Europe/Vilnius"}) ==
        std::string(kHeader) + kRow2 + kRow3);
  CHECK(f.render(output::Format::tsv, {.till = "2026-11-27"}) == std::string(kHeader) + kRow1);
  CHECK(f.render(output::Format::tsv, {.from = "2026-11-28 08:30:00"}) == std::string(kHeader) + kRow3);
}

TEST_CASE("admin callbacks: unknown user is not found, a bad status, zone or period a usage error",
          "[console][callback]") {
  ListFixture f;
  CHECK(f.code({.user = "nobody"}) == ExitCode::not_found);
  CHECK(f.code({.status = "done"}) == ExitCode::usage);
  CHECK(f.code({.time_zone = "Mars/Olympus"}) == ExitCode::usage);
  CHECK(f.code({.from = "yesterday-ish"}) == ExitCode::usage);
}
