// The action commands: how they parse (against a database that does not
// exist, as the other command tests), then run for real on a copy of the
// actions' test database: `-` values from stdin, exit codes, and the action
// XML against the specification's *_ok and *_failed examples.
#include <catch2/catch.hpp>

#include <stdio.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/identity/password.hpp"
#include "tests/core/actions/action_fixture.hpp"
#include "tests/support/command_harness.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/xml_shape.hpp"

using namespace kolmi;

namespace {

// The commands the actions attach to, and the actions.
void add_pages_and_actions(CLI::App& app, cli::Context& ctx) {
  cli::add_call_page_commands(app, ctx);
  cli::add_account_page_commands(app, ctx);
  cli::add_action_commands(app, ctx);
}

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(add_pages_and_actions) {}
};

constexpr const char* kPassword = "password1";

// The actions' test database (tests/core/actions/action_fixture.hpp) in a
// file, every user's password kPassword.
struct DatabaseFile {
  test::ScratchDir dir{"kolmi-actions"};
  std::string path = dir.file("kolmi.db");
  DatabaseFile() {
    test::ActionFixture f;
    store::Statement s = f.db.prepare("UPDATE users SET password = ?");
    s.bind(1, test::hashed(kPassword));
    s.run();
    store::Statement copy = f.db.prepare("VACUUM INTO ?");
    copy.bind(1, path);
    copy.run();
  }
  std::string text(const std::string& sql) const {
    store::Database db = store::Database::open(path, store::OpenMode::existing);
    return test::query_text(db, sql);
  }
};

// One command run on the database file as `login`, with `input` on stdin.
struct Run {
  Harness h;
  char* buffer = nullptr;
  std::size_t length = 0;
  std::FILE* in = std::tmpfile();
  int status = 0;  // the process's exit status
  std::string out;

  Run(const DatabaseFile& db, std::vector<const char*> args, const std::string& input = "",
      std::string login = "andrey") {
    h.ctx.options.db_path = db.path;
    h.ctx.options.session_path = db.dir.file("no-session");
    h.ctx.env = [login](std::string_view name) -> std::optional<std::string> {
      if (name == "KOLMI_USER") return login;
      if (name == "KOLMI_PASSWORD") return kPassword;
      return std::nullopt;
    };
    REQUIRE(in != nullptr);
    std::fputs(input.c_str(), in);
    std::rewind(in);
    h.ctx.in = in;
    h.ctx.out = ::open_memstream(&buffer, &length);
    const ExitCode thrown = h.run(std::move(args));
    status = thrown != ExitCode::ok ? static_cast<int>(thrown) : h.ctx.exit_code;
    std::fclose(h.ctx.out);
    out.assign(buffer, length);
  }
  ~Run() {
    std::fclose(in);
    std::free(buffer);
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;
};

struct ActionXml {
  std::string name, status, message;
};

ActionXml action_of(const std::string& xml) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node a = doc.child("action");
  return {a.child_value("name"), a.child_value("status"), a.child_value("status_message")};
}

// The printed action has the example's shape, name and status, and (for
// the examples whose message is fixed text, not a placeholder) its message.
void check_action(const std::string& xml, const std::string& example, bool same_message) {
  test::check_shape(xml, example);
  const ActionXml got = action_of(xml);
  const ActionXml want = action_of(test::spec_example(example));
  CHECK(got.name == want.name);
  CHECK(got.status == want.status);
  if (same_message) CHECK(got.message == want.message);
}

}  // namespace

TEST_CASE("action commands parse their options and run", "[actions][cli]") {
  // The action ran: it found no database (storage), after the parse succeeded.
  for (std::vector<const char*> args : std::vector<std::vector<const char*>>{
           {"details", "update", "--reg-city", "Tashkent"},
           {"details",       "update", "--username",         "A",   "--surname",          "B",
            "--personalid",  "C",      "--taxation-country", "UZB", "--vat-reg-number",   "D",
            "--reg-address", "E",      "--reg-postcode",     "F",   "--reg-city",         "G",
            "--reg-country", "H",      "--reg-state",        "I",   "--reg-direction",    "UZB",
            "--reg-phone",   "123",    "--reg-mobile",       "123", "--reg-fax",          "123",
            "--reg-email",   "a@b.cc", "--password",         "p",   "--password-confirm", "p"},
           {"clis", "add", "--device", "10", "--cli", "123", "--description", "d"},
           {"phonebook", "add", "--number", "123", "--name", "n"},
           {"phonebook", "add"},  // not a usage error: the spec's "Please fill all fields"
           {"phonebook", "destroy", "3"},
           {"missed-calls", "process", "500"},
           {"missed-calls", "--from", "2026-11-01", "process", "500"},
           {"missed-calls", "process", "500", "--till", "2026-11-30"}}) {
    Harness h;
    INFO(args[0] << " " << args[1]);
    CHECK(h.run(args) == ExitCode::storage);
  }
}

TEST_CASE("action usage errors are exit 2 before anything runs", "[actions][cli]") {
  Harness none;
  CHECK(none.run({"details", "update"}) == ExitCode::usage);  // nothing to change
  Harness no_stdin;
  no_stdin.ctx.in = std::tmpfile();
  CHECK(no_stdin.run({"details", "update", "--password", "-", "--password-confirm", "-"}) == ExitCode::usage);
  std::fclose(no_stdin.ctx.in);
  Harness no_device;
  CHECK_THROWS_AS(no_device.run({"clis", "add", "--cli", "123"}), CLI::RequiredError);
  Harness device_word;
  CHECK_THROWS_AS(device_word.run({"clis", "add", "--device", "ten", "--cli", "123"}), CLI::ParseError);
  Harness entry_word;
  CHECK_THROWS_AS(entry_word.run({"phonebook", "destroy", "abc"}), CLI::ParseError);
  Harness no_entry;
  CHECK_THROWS_AS(no_entry.run({"phonebook", "destroy"}), CLI::RequiredError);
  Harness call_word;
  CHECK_THROWS_AS(call_word.run({"missed-calls", "process", "1.5"}), CLI::ParseError);
  Harness unknown;
  CHECK_THROWS_AS(unknown.run({"details", "update", "--nickname", "x"}), CLI::ParseError);
}

TEST_CASE("details update reads '-' values from stdin in the order of the 17 parameters", "[actions][cli]") {
  DatabaseFile db;
  // Given in another order on the command line; read in the parameters' order.
  Run r(db, {"details", "update", "--reg-city", "-", "--username", "-", "--reg-state", "literal"},
        "Имя\nГород\n");
  CHECK(r.status == 0);
  check_action(r.out, "edit_personal_ok.xml", true);
  CHECK(db.text("SELECT first_name FROM users WHERE id = 1") == "Имя");
  CHECK(db.text("SELECT city || '|' || state FROM addresses WHERE id = 1") == "Город|literal");
}

TEST_CASE("details update changes the password from stdin", "[actions][cli]") {
  DatabaseFile db;
  Run r(db, {"details", "update", "--password", "-", "--password-confirm", "-"},
        "new secret 1\nnew secret 1\n");
  CHECK(r.status == 0);
  CHECK(identity::verify_password(db.text("SELECT password FROM users WHERE id = 1"), "new secret 1") ==
        identity::Verification::ok);  // interactive cost, like login
}

TEST_CASE("details update prints the failed action and exits 1", "[actions][cli]") {
  DatabaseFile db;
  Run r(db, {"details", "update", "--reg-email", "nope", "--reg-city", "Ignored"});
  CHECK(r.status == 1);
  check_action(r.out, "edit_personal_failed.xml", false);
  CHECK(action_of(r.out).message == "--reg-email: not a valid e-mail address");
  CHECK(db.text("SELECT city FROM addresses WHERE id = 1") == "Tashkent");
  Run mismatch(db, {"details", "update", "--password", "-", "--password-confirm", "-"},
               "one-password\ntwo-password\n");
  CHECK(mismatch.status == 1);
  CHECK(action_of(mismatch.out).message == "--password and --password-confirm differ");
}

TEST_CASE("clis add: ok, duplicate (1), another user's device (4)", "[actions][cli]") {
  DatabaseFile db;
  Run ok(db, {"clis", "add", "--device", "10", "--cli", "+3705212", "--description", "Office"});
  CHECK(ok.status == 0);
  check_action(ok.out, "add_cli_ok.xml", true);
  Run duplicate(db, {"clis", "add", "--device", "10", "--cli", "+3705212"});
  CHECK(duplicate.status == 1);
  check_action(duplicate.out, "add_cli_failed.xml", false);
  Run others(db, {"clis", "add", "--device", "20", "--cli", "+3705212"});
  CHECK(others.status == 4);
  check_action(others.out, "add_cli_failed.xml", false);
  CHECK(action_of(others.out).message == "no such device of yours: 20");
  CHECK(db.text("SELECT count(*) FROM callerids WHERE cli = '+3705212'") == "1");
}

TEST_CASE("phonebook add and destroy: exit codes and the spec's messages", "[actions][cli]") {
  DatabaseFile db;
  Run added(db, {"phonebook", "add", "--number", "12015551234", "--name", "Bob"});
  CHECK(added.status == 0);
  check_action(added.out, "add_phonebook_entry_ok.xml", true);
  Run missing(db, {"phonebook", "add", "--number", "12015551234"});
  CHECK(missing.status == 1);
  check_action(missing.out, "add_phonebook_entry_failed.xml", true);
  Run deleted(db, {"phonebook", "destroy", "3"});
  CHECK(deleted.status == 0);
  check_action(deleted.out, "delete_phonebook_entry_ok.xml", true);
  Run others(db, {"phonebook", "destroy", "2"});  // user 2's entry
  CHECK(others.status == 4);
  check_action(others.out, "delete_phonebook_entry_failed.xml", true);
  CHECK(db.text("SELECT count(*) FROM phonebooks WHERE id = 2") == "1");
}

TEST_CASE("actions speak the user's language", "[actions][cli]") {
  DatabaseFile db;
  Run r(db, {"phonebook", "add", "--number", "1234", "--name", "Мама"}, "", "ivan");  // Russian user
  CHECK(r.status == 0);
  CHECK(action_of(r.out).message == "Запись добавлена");
}

TEST_CASE("missed-calls process prints the missed calls page, or nothing and exit 4", "[actions][cli]") {
  DatabaseFile db;
  Run ok(db, {"missed-calls", "process", "500"});
  CHECK(ok.status == 0);
  test::check_shape(ok.out, "missed_calls.xml");
  CHECK(test::contains(ok.out, "<processed>1</processed>"));
  CHECK(db.text("SELECT processed FROM calls WHERE id = 500") == "1");

  Run period(db, {"missed-calls", "process", "500", "--from", "2026-11-20", "--till", "2026-11-21"});
  CHECK(period.status == 0);
  CHECK(test::contains(period.out, "<period_start>2026-11-20 00:00:00</period_start>"));
  CHECK_FALSE(test::contains(period.out, "<call_id>"));

  Run answered(db, {"missed-calls", "process", "501"});
  CHECK(answered.status == 4);
  CHECK(answered.out.empty());
  Run others(db, {"missed-calls", "process", "502"});
  CHECK(others.status == 4);
  CHECK(others.out.empty());
  CHECK(db.text("SELECT processed FROM calls WHERE id = 502") == "0");

  DatabaseFile fresh;
  Run bad_period(fresh, {"missed-calls", "--from", "yesterday", "process", "500"});
  CHECK(bad_period.status == 2);
  CHECK(bad_period.out.empty());
  CHECK(fresh.text("SELECT processed FROM calls WHERE id = 500") == "0");  // checked before marking
}
