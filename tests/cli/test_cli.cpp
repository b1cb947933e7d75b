// The command line parsed from argument vectors, run in-process with a
// controlled environment and clock.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "tests/support/run_kolmi.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;
using kolmi::test::run_kolmi;

TEST_CASE("usage errors are exit 2", "[cli]") {
  CHECK(run_kolmi({}).code == 2);                        // a command is required
  CHECK(run_kolmi({"frobnicate"}).code == 2);            // unknown command
  CHECK(run_kolmi({"login-form", "--bogus"}).code == 2); // unknown option
  CHECK(run_kolmi({"login-form", "--lang", "de"}).code == 2);
  CHECK(run_kolmi({"demo", "--calls", "-5"}).code == 2);
  CHECK(run_kolmi({"login", "-p", "x", "--password-stdin"}).code == 2);  // excluded together
}

TEST_CASE("help and version succeed", "[cli]") {
  CHECK(run_kolmi({"--help"}).code == 0);
  CHECK(run_kolmi({"--version"}).code == 0);
}

TEST_CASE("global options are accepted before or after the command", "[cli]") {
  auto before = run_kolmi({"--lang", "ru", "login-form"});
  auto after = run_kolmi({"login-form", "--lang", "ru"});
  CHECK(before.code == 0);
  CHECK(before.out == after.out);
  CHECK(before.out.find("<language>ru</language>") != std::string::npos);
}

TEST_CASE("the database path comes from --db, KOLMI_DB or XDG_DATA_HOME", "[cli]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  auto by_env = run_kolmi({"main"}, {{"KOLMI_DB", dir + "/env.db"}, {"HOME", dir}});
  CHECK(by_env.code == 5);
  auto by_xdg = run_kolmi({"main"}, {{"XDG_DATA_HOME", dir + "/xdg"}, {"HOME", dir}});
  CHECK(by_xdg.code == 5);
  auto nothing = run_kolmi({"main"}, {});
  CHECK(nothing.code == 2);  // neither XDG_DATA_HOME nor HOME: say so
  CHECK(by_env.out.empty());  // a page that cannot be shown prints nothing
}

TEST_CASE("init then login, page, --as and logout through the command line", "[cli]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  std::map<std::string, std::string> env{{"HOME", dir}, {"KOLMI_PASSWORD", "correct horse"}};
  REQUIRE(run_kolmi({"init"}, env).code == 0);
  CHECK(run_kolmi({"init"}, env).code == 5);  // never overwrites

  env.erase("KOLMI_PASSWORD");
  CHECK(run_kolmi({"main"}, env).code == 3);  // not logged in
  auto login = run_kolmi({"login", "-u", "admin", "-p", "correct horse"}, env);
  CHECK(login.code == 0);
  CHECK(login.out.find("<status>ok</status>") != std::string::npos);
  auto main_page = run_kolmi({"main"}, env);
  CHECK(main_page.code == 0);
  CHECK(main_page.out.find("<username>System Administrator</username>") != std::string::npos);
  CHECK(run_kolmi({"main", "--as", "nobody"}, env).code == 4);
  CHECK(run_kolmi({"logout"}, env).code == 0);
  CHECK(run_kolmi({"main"}, env).code == 3);
}

TEST_CASE("one-shot credentials need no session", "[cli]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  std::map<std::string, std::string> env{{"HOME", dir}, {"KOLMI_PASSWORD", "correct horse"}};
  REQUIRE(run_kolmi({"init", "--admin", "root"}, env).code == 0);
  env["KOLMI_USER"] = "root";
  CHECK(run_kolmi({"main"}, env).code == 0);
  env["KOLMI_PASSWORD"] = "wrong password";
  CHECK(run_kolmi({"main"}, env).code == 3);
}
