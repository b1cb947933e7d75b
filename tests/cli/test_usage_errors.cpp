// Usage errors in kolmi's words: one line naming the command, the bad word
// and the fix; CLI11's own texts never shown.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/pages/i18n.hpp"
#include "tests/support/run_kolmi.hpp"

using namespace kolmi;
using kolmi::test::contains;
using kolmi::test::is_one_line;
using kolmi::test::run_kolmi;

namespace {
// What run_kolmi prints for `args`, without "kolmi: error: " and the newline.
std::string message(std::vector<const char*> args, std::map<std::string, std::string> env = {}) {
  auto r = run_kolmi(std::move(args), std::move(env));
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(is_one_line(r.err));
  const std::string head = "kolmi: error: ";
  REQUIRE(r.err.compare(0, head.size(), head) == 0);
  return r.err.substr(head.size(), r.err.size() - head.size() - 1);
}
}  // namespace

TEST_CASE("unknown options and commands get a did-you-mean", "[cli][usage]") {
  CHECK(message({"calls", "--frm", "2026-11-01"}) ==
        "calls: unknown option '--frm'; did you mean '--from'? (see kolmi calls --help)");
  CHECK(message({"cals"}) == "unknown command 'cals'; did you mean 'calls'? (see kolmi --help)");
  CHECK(message({"admin", "frobnicate"}) ==
        "admin: unknown command 'frobnicate'; the commands of admin are user, device, payment, import, rerate, tariff, provider, calls, report, explain, rate, log, currency, config, callbacks, invoices, monitor, copy "
        "(see kolmi admin --help)");
  CHECK(message({"admin", "imprt", "cdr", "x.csv"}) ==
        "admin: unknown command 'imprt'; did you mean 'import'? (see kolmi admin --help)");
  CHECK(message({"calls", "export", "--formt", "pdf"}) ==
        "calls export: unknown option '--formt'; did you mean '--format'? (see kolmi calls export --help)");
  CHECK(message({"--dbb", "x", "main"}) == "unknown option '--dbb'; did you mean '--db'? (see kolmi --help)");
}

TEST_CASE("missing values, bad values and extra words name the option and the command", "[cli][usage]") {
  CHECK(message({"calls", "--from"}) == "calls: --from needs a value (see kolmi calls --help)");
  CHECK(message({"calls", "--status"}) ==
        "calls: --status needs a value (all|answered|no_answer|busy|failed) (see kolmi calls --help)");
  CHECK(message({"calls", "--status", "answred"}) ==
        "calls: --status: 'answred' is not one of all, answered, no_answer, busy, failed; did you mean "
        "'answered'? (see kolmi calls --help)");
  CHECK(message({"calls", "--device", "abc"}) ==
        "calls: --device: 'abc' is not all or an id (a whole number from 1 to 9223372036854775807) "
        "(see kolmi calls --help)");
  CHECK(message({"calls", "2026-11-01"}) == "calls: unexpected argument '2026-11-01' (see kolmi calls --help)");
  CHECK(message({"destinations", "1", "2"}) == "destinations: unexpected argument '2' (see kolmi destinations --help)");
  // A global option is kolmi's, wherever it is given.
  CHECK(message({"main", "--lang", "de"}) == "--lang: 'de' is not one of en, ru (see kolmi --help)");
  CHECK(message({"main", "--lang"}) == "--lang needs a value (en|ru) (see kolmi --help)");
}

TEST_CASE("a missing command or required option says what is needed", "[cli][usage]") {
  CHECK(message({}) == "no command given (see kolmi --help)");
  CHECK(message({"admin"}) == "admin: a command is needed: user, device, payment, import, rerate, tariff, provider, calls, report, explain, rate, log, currency, config, callbacks, invoices, monitor, copy (see kolmi admin --help)");
  CHECK(message({"admin", "import", "cdr"}) == "admin import cdr: FILE is required (see kolmi admin import cdr --help)");
  CHECK(message({"calls", "export"}) ==
        "calls export: --format is required (pdf|csv|xlsx) (see kolmi calls export --help)");
  CHECK(message({"login", "-p", "x", "--password-stdin"}) ==
        "login: --password and --password-stdin cannot be used together (see kolmi login --help)");
}

TEST_CASE("a command's own usage error is prefixed with the command and its help", "[cli][usage]") {
  test::InitDatabase db;
  CHECK(message({"details", "update"}, db.env) ==
        "details update: nothing to change; give at least one of its options (see kolmi details update --help)");
  CHECK(message({"calls", "--from", "2026-02-30"}, db.env) ==
        "calls: --from: '2026-02-30' is not a time (use YYYY-MM-DD or YYYY-MM-DD HH:MM:SS) (see kolmi calls --help)");
  // stats takes days only, and says so.
  CHECK(message({"stats", "--from", "2026-13-01"}, db.env) ==
        "stats: --from: '2026-13-01' is not a date (use YYYY-MM-DD) (see kolmi stats --help)");
}

TEST_CASE("CLI11's texts never reach the user", "[cli][usage]") {
  const std::vector<std::vector<const char*>> mistakes = {
      {"calls", "--frm", "2026-11-01"}, {"admin", "frobnicate"}, {}, {"admin"}, {"admin", "user"},
      {"calls", "x", "y"},              {"calls", "--from"},      {"login", "-p", "x", "--password-stdin"},
      {"admin", "user", "add"},         {"demo", "--calls", "x"}, {"completion"},
      {"completion", "fish"},           {"help", "nope"},         {"phonebook", "destroy", "1", "2"},
      {"admin", "device", "add", "--user", "u", "--name", "n", "--type", "PIGEON"}};
  for (const auto& args : mistakes) {
    const std::string m = message(args);
    INFO(m);
    CHECK(contains(m, "--help)"));
    for (const char* raw : {"not expected", "A subcommand", "Expected", "not in {", "Could not convert",
                            "excludes", "is required\n", "At least"}) {
      CHECK_FALSE(contains(m, raw));
    }
  }
}

TEST_CASE("messages on stderr follow --lang", "[cli][usage][i18n]") {
  CHECK(message({"--lang", "ru", "calls", "--frm", "x"}) ==
        "calls: неизвестный параметр '--frm'; возможно, имелось в виду '--from'? (см. kolmi calls --help)");
  CHECK(message({"admin", "--lang=ru"}) == "admin: нужна команда: user, device, payment, import, rerate, tariff, provider, calls, report, explain, rate, log, currency, config, callbacks, invoices, monitor, copy (см. kolmi admin --help)");

  test::InitDatabase db;
  auto env = db.env;
  env.erase("KOLMI_PASSWORD");
  auto half = run_kolmi({"main", "--lang", "ru"}, env);
  CHECK(half.code == 3);
  CHECK(contains(half.err, "в окружении задан KOLMI_USER, но не KOLMI_PASSWORD"));
}

TEST_CASE("credentials from the environment are named when they fail", "[cli][usage]") {
  test::InitDatabase db;
  auto env = db.env;
  env.erase("KOLMI_PASSWORD");
  auto user_only = run_kolmi({"main"}, env);
  CHECK(user_only.code == 3);
  CHECK(user_only.err ==
        "kolmi: error: not logged in: KOLMI_USER is set in the environment but KOLMI_PASSWORD is not; set both "
        "for a one-shot login, or run kolmi login\n");
  env = db.env;
  env.erase("KOLMI_USER");
  CHECK(contains(run_kolmi({"main"}, env).err, "KOLMI_PASSWORD is set in the environment but KOLMI_USER is not"));
  env = db.env;
  env["KOLMI_PASSWORD"] = "wrong";
  env["KOLMI_USER"] = "admin";
  auto wrong = run_kolmi({"main"}, env);
  CHECK(wrong.code == 3);
  CHECK(wrong.err ==
        "kolmi: error: Invalid login or password (KOLMI_USER and KOLMI_PASSWORD, from the environment)\n");
}

TEST_CASE("translate keeps the values of a message of a known shape", "[i18n]") {
  using pages::Lang;
  using pages::translate;
  CHECK(translate(Lang::en, "no such device of yours: 7") == "no such device of yours: 7");
  CHECK(translate(Lang::ru, "no such device of yours: 7") == "у вас нет устройства 7");
  CHECK(translate(Lang::ru, "session expired; run kolmi login") == "сеанс истёк; выполните kolmi login");
  CHECK(translate(Lang::ru, "no such user: '{x}'") == "нет такого пользователя: '{x}'");
  CHECK(translate(Lang::ru, "something kolmi never says") == "something kolmi never says");
}
