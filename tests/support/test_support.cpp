// The shared test support itself: a scratch folder goes with all it holds,
// the database builder binds what it is given, a page renders in every
// format.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/pages/main_page.hpp"
#include "tests/support/render_page.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

}  // namespace

TEST_CASE("a scratch folder is made under TMPDIR and removed with all it holds", "[support]") {
  std::string kept;
  {
    test::ScratchDir outer("kolmi-support");
    const char* was = std::getenv("TMPDIR");
    const std::optional<std::string> tmpdir = was ? std::optional<std::string>(was) : std::nullopt;
    ::setenv("TMPDIR", (outer.path() + "/").c_str(), 1);  // a trailing slash is allowed
    {
      test::ScratchDir dir;
      if (tmpdir) {
        ::setenv("TMPDIR", tmpdir->c_str(), 1);
      } else {
        ::unsetenv("TMPDIR");
      }
      kept = dir.path();
      CHECK(kept.rfind(outer.path() + "/kolmi-test-", 0) == 0);
      CHECK(dir.file("a.txt") == kept + "/a.txt");
      CHECK(test::slurp(dir.write("a.txt", "text")) == "text");
      REQUIRE(::mkdir(dir.file("locked").c_str(), 0700) == 0);
      dir.write("locked/inner", "x");
      REQUIRE(::chmod(dir.file("locked").c_str(), 0500) == 0);  // a test took write permission away
      CHECK(test::list_dir(kept) == std::vector<std::string>{"a.txt", "locked"});
    }
    CHECK_FALSE(exists(kept));
    CHECK(test::list_dir(outer.path()).empty());
  }
  test::ScratchFile file("a;b\n");
  CHECK(test::slurp(file.path()) == "a;b\n");
}

TEST_CASE("the database builder binds rows with their defaults", "[support]") {
  test::TestDatabase t;
  CHECK(t.add_currency({.id = 1, .name = "USD"}) == 1);
  CHECK(t.add_currency({.name = "EUR", .rate = "0.92"}) == 2);
  CHECK(t.add_user({.id = 7, .login = "o'brien", .currency = "EUR", .balance = "10.5", .credit = "-1"}) == 7);
  CHECK(t.add_user({.login = "plain"}) == 8);
  CHECK(t.add_device({.user_id = 7, .name = "701"}) == 1);
  CHECK(t.add_call({.calldate = "2026-11-28 08:00:00", .user_id = 7, .src_device = 1, .billsec = 60}) == 1);
  CHECK(test::query_rows(t.db, "SELECT name, exchange_rate, active FROM currencies ORDER BY id", 3) ==
        std::vector<std::string>{"USD|1000000000|1", "EUR|920000000|1"});
  CHECK(test::query_rows(t.db, "SELECT username, currency_id, balance, credit, postpaid, time_zone FROM users", 6) ==
        std::vector<std::string>{"o'brien|2|10500000000|-1000000000|1|UTC", "plain|<null>|0|0|1|UTC"});
  CHECK(test::query_text(t.db, "SELECT device_type || extension || '/' || user_id FROM devices") == "SIP/7");
  CHECK(test::query_text(t.db, "SELECT duration || ' ' || src || ' ' || dst FROM calls") == "65 101 12125550100");
  CHECK(t.user(7).username == "o'brien");
  CHECK(test::dump_tables(t.db, {"currencies"}) ==
        std::vector<std::string>{"currencies|1|USD||1000000000|1", "currencies|2|EUR||920000000|1"});
}

TEST_CASE("a page renders for a user in every format", "[support]") {
  test::TestDatabase t;
  t.add_currency({.id = 1, .name = "USD"});
  t.add_user({.id = 1, .login = "ann", .first_name = "Ann", .currency = "USD"});
  auto main_page = [](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_main_page(w, pc, pages::load_main_page(pc));
  };
  const std::string xml = test::render(t.db, t.clock, 1, main_page);
  CHECK(xml.rfind("<?xml", 0) == 0);
  CHECK(xml.find("<username>Ann</username>") != std::string::npos);
  const std::string json = test::render(t.db, t.clock, 1, main_page, output::Format::json, pages::Lang::ru);
  CHECK(json.rfind("{", 0) == 0);
  CHECK(json.find("\"Главная страница\"") != std::string::npos);
}
