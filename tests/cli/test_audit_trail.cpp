// The audit trail through the whole command line (issue 12 item 7): every
// command of the tree is either a reader or a writer named here, and every
// writer, run by an admin (as themselves or with --as), leaves exactly one
// row in `actions` naming the command, the admin, the user acted as and a
// target. A refused or dry-run write leaves none, nor does a user's own write.
#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/run.hpp"
#include "tests/core/callback/callback_fixture.hpp"
#include "tests/core/import/import_fixture.hpp"
#include "tests/support/run_kolmi.hpp"

using namespace kolmi;

namespace {

// Commands that only read (or, like login and logout, write no data): they
// need no audit row. A new command must be added here or to the writers below.
const std::set<std::string> kReaders = {
    "init", "demo", "login-form", "login", "logout", "main", "details", "devices", "calls", "calls export",
    "missed-calls", "new-calls", "stats", "stats export", "invoices", "payments", "subscriptions", "clis", "phonebook", "faxes",
    "rates", "rates export", "destinations", "admin user list", "admin user show", "admin device list", "admin tariff list", "admin tariff show", "admin provider list", "admin tariff diff",
    "admin calls", "admin report", "admin explain", "admin rate", "admin log", "admin payment list", "admin currency list",
    "admin config list", "admin config get", "admin callbacks", "invoices export", "admin invoices export",
    "admin monitor list",
    // A writer only with --block, when it blocks someone (exit 1: its own test below).
    "admin monitor check",
    "help", "completion"};

// Writers whose one row goes into another database than --db: kolmi admin
// copy writes nothing in its source and its row in the target (tested below).
const std::set<std::string> kOtherDatabaseWriters = {"admin copy"};

struct Fixture : test::CallbackFixture {
  std::map<std::string, std::string> env;
  Fixture() {
    env = {{"HOME", dir}, {"KOLMI_DB", db_path}, {"KOLMI_CALLBACK_SPOOL", spool}};
    login("root", "root-pass");
  }
  void login(const std::string& user, const std::string& password) {
    env["KOLMI_USER"] = user;
    env["KOLMI_PASSWORD"] = password;
  }
  // Runs kolmi with `args`; `in` is its stdin. Returns the exit code.
  int run(std::vector<std::string> args, const std::string& in = "") {
    cli::Context ctx;
    const auto vars = env;
    ctx.env = [vars](std::string_view name) -> std::optional<std::string> {
      auto it = vars.find(std::string(name));
      if (it == vars.end()) return std::nullopt;
      return it->second;
    };
    ctx.clock = std::make_shared<FixedClock>(clock.now());
    std::FILE* out = std::tmpfile();
    std::string input = in;
    std::FILE* stdin_file =
        input.empty() ? std::fopen("/dev/null", "r") : ::fmemopen(input.data(), input.size(), "r");
    REQUIRE(stdin_file != nullptr);
    ctx.out = out;
    ctx.in = stdin_file;
    std::vector<const char*> argv = {"kolmi"};
    for (const std::string& a : args) argv.push_back(a.c_str());
    int code = 0;
    {
      test::StderrCapture err;  // refusals print there; kept out of the test's output
      code = cli::run(static_cast<int>(argv.size()), argv.data(), ctx);
    }
    std::fclose(out);
    std::fclose(stdin_file);
    return code;
  }
  std::int64_t count(const char* sql) {
    auto s = db.prepare(sql);
    REQUIRE(s.step());
    return s.int64(0);
  }
  std::int64_t actions() { return count("SELECT count(*) FROM actions"); }
};

struct LastAction {
  std::string action, admin, as_login, target_type, result;
  std::int64_t admin_id = 0;
};

LastAction last_action(Fixture& f) {
  auto s = f.db.prepare(
      "SELECT action, user_login, as_login, target_type, result, user_id FROM actions ORDER BY id DESC LIMIT 1");
  REQUIRE(s.step());
  return {s.str(0), s.str(1), s.str(2), s.str(3), s.str(4), s.int64(5)};
}

// The leaf commands of the real tree, by path.
std::vector<std::string> leaf_commands() {
  cli::Context ctx;
  CLI::App app{"kolmi"};
  cli::build_app(app, ctx);
  std::vector<std::string> out;
  std::function<void(const CLI::App*, const std::string&)> walk = [&](const CLI::App* a, const std::string& path) {
    // Option groups are nameless subcommands in CLI11: not commands.
    const auto subs = a->get_subcommands([](const CLI::App* s) { return !s->get_name().empty(); });
    if (subs.empty() && !path.empty()) out.push_back(path);
    // A command that runs on its own and has subcommands (calls, calls export) is a leaf too.
    if (!subs.empty() && !path.empty() && a->get_require_subcommand_min() == 0) out.push_back(path);
    for (const CLI::App* s : subs) walk(s, path.empty() ? s->get_name() : path + " " + s->get_name());
  };
  walk(&app, "");
  return out;
}

struct Write {
  std::string path;              // the command as the audit row names it
  std::vector<std::string> args;
  std::string in;                // stdin
  std::string as;                // --as user, or "" for the admin's own write
};

}  // namespace

TEST_CASE("every write command leaves one audit row naming the admin, --as and a target", "[cli][audit]") {
  Fixture f;
  // A missed call to bob's device 20, for missed-calls process.
  test::ScratchDir files{"kolmi-audit"};
  const std::string cdr = files.write(
      "cdr.csv", test::cdr_line("101", "201", "SIP/ann101-1", "SIP/bob201-2", "2026-11-27 10:00:00", "0", "u1",
                                "", "NO ANSWER"));
  const std::string dests = files.write("dests.csv", "prefix,destination\n43800,Austria fix\n");
  const std::string deck = files.write("deck.csv", "prefix,name,rate\n44,UK,1\n");
  // Something to invoice: bob's monthly fee.
  f.db.exec("INSERT INTO services (id, name, servicetype, price, periodtype) VALUES (1, 'Box', 'periodic_fee', "
            "2000000000, 'month')");
  f.db.exec("INSERT INTO subscriptions (service_id, user_id, activation_start, added) SELECT 1, id, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM users WHERE username = 'bob'");

  // In order: later ones use what earlier ones made.
  const std::vector<Write> writes = {
      {"admin user add", {"admin", "user", "add", "carol", "--password-stdin"}, "carol-password\n", ""},
      {"admin user passwd", {"admin", "user", "passwd", "carol", "--password-stdin"}, "carol-password2\n", ""},
      {"admin user block", {"admin", "user", "block", "carol"}, "", ""},
      {"admin user set", {"admin", "user", "set", "carol", "--vat", "21", "--email", "carol@example.com"}, "", ""},
      {"admin user unblock", {"admin", "user", "unblock", "carol"}, "", ""},
      {"admin device add", {"admin", "device", "add", "--user", "carol", "--type", "SIP", "--name", "carol1"}, "", ""},
      {"admin payment add", {"admin", "payment", "add", "--user", "carol", "--amount", "10"}, "", ""},
      {"admin import destinations", {"admin", "import", "destinations", dests}, "", ""},
      {"admin import rates", {"admin", "import", "rates", deck, "--tariff", "UK"}, "", ""},
      {"admin import rates", {"admin", "import", "rates", deck, "--tariff", "UK buy", "--purpose", "provider"}, "", ""},
      {"admin provider add", {"admin", "provider", "add", "Carrier", "--tariff", "UK buy", "--peer", "trunk1"}, "", ""},
      {"admin provider set", {"admin", "provider", "set", "Carrier", "--add-peer", "trunk2"}, "", ""},
      {"admin import cdr", {"admin", "import", "cdr", cdr}, "", ""},
      {"admin rerate", {"admin", "rerate"}, "", ""},
      {"admin currency add", {"admin", "currency", "add", "SEK", "--name", "Swedish krona", "--rate", "11.2"}, "", ""},
      {"admin currency set", {"admin", "currency", "set", "SEK", "--rate", "11.25"}, "", ""},
      {"admin currency disable", {"admin", "currency", "disable", "SEK"}, "", ""},
      {"admin currency enable", {"admin", "currency", "enable", "SEK"}, "", ""},
      {"admin config set", {"admin", "config", "set", "CSV_Separator", ","}, "", ""},
      {"admin config unset", {"admin", "config", "unset", "CSV_Separator"}, "", ""},
      {"admin invoices generate", {"admin", "invoices", "generate", "--period", "2026-10"}, "", ""},
      {"admin monitor add", {"admin", "monitor", "add", "spend", "--user", "carol", "--above", "5", "--period", "month"}, "", ""},
      {"admin monitor remove", {"admin", "monitor", "remove", "1"}, "", ""},
      {"details update", {"details", "update", "--reg-email", "bob@example.com"}, "", "bob"},
      {"clis add", {"clis", "add", "--device", "20", "--cli", "37060000001"}, "", "bob"},
      {"phonebook add", {"phonebook", "add", "--number", "37060000002", "--name", "Mum"}, "", "bob"},
      {"phonebook destroy", {"phonebook", "destroy", "@phonebook"}, "", "bob"},
      {"missed-calls process", {"missed-calls", "process", "@call"}, "", "bob"},
      {"callback", {"callback", "--src", "37060000003", "--dst", "37060000004", "--device", "20"}, "", "bob"},
      // An admin's own change to their own account is an admin's write too.
      {"phonebook add", {"phonebook", "add", "--number", "37060000005", "--name", "Me"}, "", ""},
  };

  // Every leaf command is classified: a reader, or a writer run below.
  std::set<std::string> writers;
  for (const Write& w : writes) writers.insert(w.path);
  for (const std::string& path : leaf_commands()) {
    INFO("command: " << path << " (a new command: add it to kReaders or to the writes of this test)");
    CHECK((kReaders.count(path) + writers.count(path) + kOtherDatabaseWriters.count(path)) == 1);
  }

  for (Write w : writes) {
    INFO("command: " << w.path);
    for (std::string& a : w.args) {
      if (a == "@phonebook") a = std::to_string(f.count("SELECT max(id) FROM phonebooks"));
      if (a == "@call") a = std::to_string(f.count("SELECT max(id) FROM calls"));
    }
    if (!w.as.empty()) w.args.insert(w.args.end(), {"--as", w.as});
    const std::int64_t before = f.actions();
    REQUIRE(f.run(w.args, w.in) == 0);
    REQUIRE(f.actions() == before + 1);
    const LastAction a = last_action(f);
    CHECK(a.action == w.path);
    CHECK(a.admin == "root");
    CHECK(a.admin_id == 3);
    CHECK(a.as_login == w.as);
    CHECK_FALSE(a.target_type.empty());
    CHECK(a.result == "ok");
  }
}

TEST_CASE("refused, rolled-back and dry-run writes leave no audit row", "[cli][audit]") {
  Fixture f;
  test::ScratchDir files{"kolmi-audit"};
  const std::string deck = files.write("deck.csv", "prefix,name,rate\n44,UK,1\n");
  // Refused after the transaction began: the login exists.
  CHECK(f.run({"admin", "user", "add", "bob", "--password-stdin"}, "bob-password-2\n") == 1);
  // Refused by the database-side check: not bob's device.
  CHECK(f.run({"clis", "add", "--device", "10", "--cli", "37060000001", "--as", "bob"}) == 4);
  // Validation.
  CHECK(f.run({"phonebook", "add", "--number", "x", "--name", "Mum", "--as", "bob"}) == 1);
  CHECK(f.run({"admin", "user", "block", "root"}) == 1);  // not yourself
  CHECK(f.run({"admin", "user", "set", "root", "--usertype", "user"}) == 1);  // the last admin
  CHECK(f.run({"admin", "user", "set", "bob", "--vat", "21", "--tariff", "Gold"}) == 4);
  CHECK(f.run({"admin", "import", "rates", deck, "--tariff", "UK", "--dry-run"}) == 0);
  CHECK(f.run({"admin", "rerate", "--dry-run"}) == 0);
  CHECK(f.run({"admin", "payment", "add", "--user", "bob", "--amount", "-5"}) == 2);  // no --refund
  CHECK(f.run({"admin", "currency", "set", "NOP", "--rate", "1"}) == 4);  // unknown
  CHECK(f.run({"admin", "config", "set", "Nice_Number_Digits", "12"}) == 2);  // out of range
  CHECK(f.run({"admin", "config", "unset", "CSV_Separator"}) == 0);  // nothing to remove: no change
  CHECK(f.run({"admin", "invoices", "generate", "--period", "2026-13"}) == 2);
  CHECK(f.run({"admin", "invoices", "generate", "--period", "2026-10"}) == 0);  // nothing to bill: no change
  CHECK(f.run({"admin", "monitor", "add", "spend", "--user", "bob", "--above", "0", "--last", "60"}) == 2);
  CHECK(f.run({"admin", "monitor", "add", "spend", "--user", "nobody", "--above", "1", "--last", "60"}) == 2);
  CHECK(f.run({"admin", "monitor", "remove", "5"}) == 4);
  CHECK(f.run({"admin", "monitor", "check", "--block"}) == 0);  // no rules: nothing tripped, nothing written
  CHECK(f.actions() == 0);
  CHECK(f.count("SELECT count(*) FROM tariffs WHERE name = 'UK'") == 0);
}

TEST_CASE("monitor check --block writes one audit row when it blocks, and check alone none", "[cli][audit]") {
  Fixture f;
  f.db.exec("INSERT INTO calls (calldate, user_id, src_device_id, billsec, user_price) VALUES "
            "('2026-11-28 09:00:00', 2, 20, 60, 7000000000)");
  CHECK(f.run({"admin", "monitor", "add", "spend", "--user", "bob", "--above", "5", "--period", "day"}) == 0);
  CHECK(f.actions() == 1);
  CHECK(f.run({"admin", "monitor", "check"}) == 1);  // tripped, printed, nothing written
  CHECK(f.actions() == 1);
  CHECK(f.run({"admin", "monitor", "check", "--block"}) == 1);
  REQUIRE(f.actions() == 2);
  const LastAction a = last_action(f);
  CHECK(a.action == "admin monitor check");
  CHECK(a.admin == "root");
  CHECK(a.target_type == "user");
  CHECK(f.count("SELECT blocked FROM users WHERE username = 'bob'") == 1);
  CHECK(f.run({"admin", "monitor", "check", "--block"}) == 1);  // bob is blocked already: nothing written
  CHECK(f.actions() == 2);
}

TEST_CASE("a user's own writes are not audited, and --as by a user is refused before anything", "[cli][audit]") {
  Fixture f;
  f.login("bob", "bob-pass");
  CHECK(f.run({"phonebook", "add", "--number", "37060000002", "--name", "Mum"}) == 0);
  CHECK(f.count("SELECT count(*) FROM phonebooks") == 1);
  CHECK(f.run({"phonebook", "add", "--number", "37060000002", "--name", "Mum", "--as", "ann"}) == 3);
  CHECK(f.count("SELECT count(*) FROM phonebooks") == 1);
  CHECK(f.actions() == 0);
}

TEST_CASE("a failed callback is a committed change: its row says failed and why", "[cli][audit]") {
  Fixture f;
  f.env.erase("KOLMI_CALLBACK_SPOOL");
  f.env["KOLMI_CALLBACK_SPOOL"] = f.dir + "/no-such-spool";
  CHECK(f.run({"callback", "--src", "37060000003", "--dst", "37060000004", "--device", "20", "--as", "bob"}) == 1);
  REQUIRE(f.actions() == 1);
  auto s = f.db.prepare("SELECT action, as_login, target_type, result, reason <> '' FROM actions");
  REQUIRE(s.step());
  CHECK(s.str(0) == "callback");
  CHECK(s.str(1) == "bob");
  CHECK(s.str(2) == "callback");
  CHECK(s.str(3) == "failed");
  CHECK(s.int64(4) == 1);
}

TEST_CASE("a copy leaves its source alone and one row in the target, after the copied ones", "[cli][audit]") {
  Fixture f;
  CHECK(f.run({"admin", "user", "add", "carol", "--password-stdin"}, "carol-password\n") == 0);
  REQUIRE(f.actions() == 1);
  const std::string target = f.dir + "/copy.db";
  CHECK(f.run({"admin", "copy", "--from", f.db_path, "--to", target}) == 0);
  CHECK(f.actions() == 1);
  store::Database copy = store::Database::open(target, store::OpenMode::existing);
  auto s = copy.prepare(
      "SELECT id, action, user_login, user_id, as_login, target_type, data, result FROM actions ORDER BY id");
  REQUIRE(s.step());
  CHECK(s.str(1) == "admin user add");  // the source's row, as it was
  REQUIRE(s.step());
  CHECK(s.int64(0) == 2);
  CHECK(s.str(1) == "admin copy");
  CHECK(s.str(2) == "root");
  CHECK(s.int64(3) == 3);
  CHECK(s.str(4).empty());
  CHECK(s.str(5) == "database");
  CHECK(s.str(6) == "copied from " + f.db_path);
  CHECK(s.str(7) == "ok");
  CHECK_FALSE(s.step());
  // A user may not copy a database.
  f.login("bob", "bob-pass");
  CHECK(f.run({"admin", "copy", "--from", f.db_path, "--to", f.dir + "/copy2.db"}) == 3);
}
