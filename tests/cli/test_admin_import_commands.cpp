// kolmi admin import rates|destinations and kolmi admin rerate through the
// command line: options parsed, admins only, summaries printed.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "cli/admin_common.hpp"
#include "core/setup/init_database.hpp"
#include "tests/core/import/import_fixture.hpp"
#include "tests/support/command_harness.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;

namespace {

// A real database file with admin 'admin' (password 'adminadmin') and a user
// 'ann', and the harness reading and printing through it.
struct AdminHarness : test::CommandHarness {
  test::ScratchDir dir{"kolmi-admin-cli"};
  std::FILE* out = nullptr;

  AdminHarness() : CommandHarness(cli::add_admin_commands) {
    ctx.options.db_path = dir.file("kolmi.db");
    setup::init_database(ctx.options.db_path, "admin", "adminadmin", *ctx.clock);
    login("admin", "adminadmin");
    out = std::tmpfile();
    ctx.out = out;
  }
  ~AdminHarness() {
    std::fclose(out);
  }
  void login(std::string login, std::string password) {
    ctx.env = [login, password](std::string_view name) -> std::optional<std::string> {
      if (name == "KOLMI_USER") return login;
      if (name == "KOLMI_PASSWORD") return password;
      return std::nullopt;
    };
  }
  std::string printed() {
    std::fflush(out);
    std::rewind(out);
    std::string text;
    for (int c = 0; (c = std::fgetc(out)) != EOF;) text += static_cast<char>(c);
    return text;
  }
};

}  // namespace

TEST_CASE("admin import rates: parsed, run, summarised", "[admin][decks]") {
  AdminHarness h;
  test::ScratchFile deck(
      "pattern,comment,cost,inc\n^44.*,United Kingdom,0.0073,6\n^447.*,United Kingdom Cellular,0.377,6\n");
  CHECK(h.run({"admin", "import", "rates", deck.path().c_str(), "--tariff", "UK"}) == ExitCode::ok);
  // Not a terminal: the report is TSV, header first.
  CHECK(h.printed() ==
        "file\tread\trepeated\tdestinations_added\tdestinations_updated\tdestinations_unchanged\tgroups_added\t"
        "countries_added\ttariff\tpurpose\tcurrency\ttariff_created\trates_added\trates_updated\trates_unchanged\t"
        "rates_removed\tgroups_without_rate\tdry_run\n" +
            deck.path() + "\t2\t0\t2\t0\t0\t2\t1\tUK\tuser\tUSD\tyes\t2\t0\t0\t0\t0\tno\n");
}

TEST_CASE("admin import rates needs --tariff, --currency must exist", "[admin][decks]") {
  AdminHarness h;
  test::ScratchFile deck("prefix,name,rate\n44,UK,1\n");
  CHECK_THROWS_AS(h.parse({"admin", "import", "rates", deck.path().c_str()}), CLI::RequiredError);
  AdminHarness h2;
  CHECK(h2.run({"admin", "import", "rates", deck.path().c_str(), "--tariff", "T", "--currency", "XYZ"}) ==
        ExitCode::usage);
}

TEST_CASE("admin import destinations --dry-run counts and writes nothing", "[admin][decks]") {
  AdminHarness h;
  test::ScratchFile list("prefix,destination\n43800,Austria fix\n");
  CHECK(h.run({"admin", "import", "destinations", list.path().c_str(), "--dry-run"}) == ExitCode::ok);
  CHECK(h.printed().ends_with("\t1\t0\t1\t0\t0\t1\t1\tyes\n"));
  auto db = store::Database::open(h.ctx.options.db_path, store::OpenMode::existing);
  store::Statement count = db.prepare("SELECT COUNT(*) FROM destinations");
  REQUIRE(count.step());
  CHECK(count.int64(0) == 0);
}

TEST_CASE("admin import and rerate are for admins only", "[admin][decks]") {
  AdminHarness h;
  h.login("admin", "wrong-password");
  test::ScratchFile deck("prefix,name,rate\n44,UK,1\n");
  CHECK(h.run({"admin", "import", "rates", deck.path().c_str(), "--tariff", "T"}) == ExitCode::auth);
  CHECK(h.run({"admin", "rerate"}) == ExitCode::auth);
}

TEST_CASE("admin rerate: options parsed, summary printed", "[admin][rerate]") {
  AdminHarness h;
  CHECK(h.run({"admin", "rerate", "--from", "2026-11-01", "--till", "2026-11-30", "--tz",
               "Europe/Vilnius"}) == ExitCode::ok);
  CHECK(h.printed() == "examined\tchanged\tunrated\tno_provider\tdry_run\n0\t0\t0\t0\tno\n");
  AdminHarness json;
  json.ctx.options.output = "json";
  CHECK(json.run({"admin", "rerate", "--dry-run"}) == ExitCode::ok);
  CHECK(json.printed() ==
        "{\"rerate\":{\n \"summary\":{\n  \"examined\":0,\n  \"changed\":0,\n  \"unrated\":0,\n  \"no_provider\":0,\n  \"dry_run\":\"yes\"\n }\n}}\n");
  AdminHarness bad;
  CHECK(bad.run({"admin", "rerate", "--user", "nobody"}) == ExitCode::not_found);
}

TEST_CASE("admin import - reads stdin, and refuses a terminal there", "[admin][decks][stdin]") {
  AdminHarness h;
  std::FILE* deck = std::tmpfile();
  std::fputs("prefix;name;rate\n44;UK;1\n", deck);
  std::rewind(deck);
  h.ctx.in = deck;
  CHECK(h.run({"admin", "import", "rates", "-", "--tariff", "UK"}) == ExitCode::ok);
  CHECK(h.printed().find("\n<stdin>\t1\t0\t1\t") != std::string::npos);
  std::fclose(deck);

  // A terminal on stdin: surely a mistake, refused before anything is read.
  const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(::grantpt(master) == 0);
  REQUIRE(::unlockpt(master) == 0);
  std::FILE* terminal = std::fopen(::ptsname(master), "r");
  REQUIRE(terminal != nullptr);
  h.ctx.in = terminal;
  auto message = [&](std::vector<const char*> args) {
    try {
      h.parse(std::move(args));
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::usage);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message({"admin", "import", "cdr", "-"}) == "reading CDRs from a terminal; pipe a file or give its name");
  CHECK(message({"admin", "import", "rates", "-", "--tariff", "UK"}) ==
        "reading a rate deck from a terminal; pipe a file or give its name");
  CHECK(message({"admin", "import", "destinations", "-"}) ==
        "reading destinations from a terminal; pipe a file or give its name");
  std::fclose(terminal);
  ::close(master);
}
