// kolmi admin user set: every option, every refusal with its exit code, the
// last-admin rule, and "one bad value among good ones changes nothing".
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "core/console/user_update.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/store/audit.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using console::UserSettings;

namespace {

struct Fixture : test::TestDatabase {
  Fixture() {
    db.set_write_origin({store::AuditActor{1, "root", std::nullopt, ""}, "admin user set",
                         std::make_shared<FixedClock>(clock.now())});
    db.exec(
        "INSERT INTO tariffs (id, name, purpose) VALUES (1, 'Retail', 'user'), (2, 'Gold', 'user'), "
        "(3, 'Carrier', 'provider')");
    add_currency({.name = "USD"});
    add_currency({.name = "EUR", .rate = "0.9"});
    add_currency({.name = "JPY", .rate = "150", .active = false});
    add_user({.id = 1, .login = "root", .usertype = "admin"});
    add_user({.id = 2, .login = "bob", .first_name = "Bob", .currency = "USD", .tariff_id = 1});
  }
  console::UserChanges set(const UserSettings& s, std::string_view who = "bob") {
    return console::set_user_account(db, who, s);
  }
  ExitCode refusal(const UserSettings& s, std::string_view who = "bob", std::string* message = nullptr) {
    try {
      set(s, who);
    } catch (const Error& e) {
      if (message) *message = e.what();
      return e.code();
    }
    FAIL("no error");
    return ExitCode::ok;
  }
  std::vector<std::string> tables() { return test::dump_tables(db, {"users", "addresses", "actions"}); }
  std::string user_row() {
    return test::query_rows(
               db,
               "SELECT tariff_id, currency_id, time_zone, language, vat_percent, postpaid, credit, "
               "first_name, last_name, usertype FROM users WHERE id = 2",
               10)
        .at(0);
  }
};

}  // namespace

TEST_CASE("user set: every option at once, one transaction, one audit row naming the fields", "[console]") {
  Fixture f;
  UserSettings s;
  s.tariff = "Gold";
  s.currency = "EUR";
  s.time_zone = "Europe/Vilnius";
  s.language = "ru";
  s.vat = "21.5";
  s.postpaid = false;
  s.credit = "10.25";
  s.first_name = "  Robert ";
  s.last_name = "Smith";
  s.email = "bob@example.com";
  s.usertype = "admin";
  const console::UserChanges c = f.set(s);
  CHECK(c.id == 2);
  CHECK(c.login == "bob");
  CHECK(f.user_row() == "2|2|Europe/Vilnius|ru|21500000000|0|10250000000|Robert|Smith|admin");
  CHECK(test::query_text(
            f.db, "SELECT a.email FROM users u JOIN addresses a ON a.id = u.address_id WHERE u.id = 2") ==
        "bob@example.com");
  REQUIRE(c.changes.size() == 11);
  CHECK(c.changes[0].field == "first_name");
  CHECK(c.changes[0].before == "Bob");
  CHECK(c.changes[0].after == "Robert");
  CHECK(c.changes[4].field == "tariff");
  CHECK(c.changes[4].before == "Retail");
  CHECK(c.changes[4].after == "Gold");
  CHECK(c.changes[10].field == "credit");
  CHECK(c.changes[10].before == "0 USD");
  CHECK(c.changes[10].after == "10.25 USD");
  CHECK(test::query_rows(f.db, "SELECT action, target_type, target_id, data FROM actions", 4) ==
        std::vector<std::string>{
            "admin user set|user|2|login bob: first_name last_name email type tariff currency "
            "zone language vat account credit"});

  std::string tsv;
  console::write_user_changes(
      *output::make_tree_writer(output::Format::tsv, [&](std::string_view x) { tsv += x; }), c);
  CHECK(tsv.starts_with("field\tbefore\tafter\nfirst_name\tBob\tRobert\nlast_name\t\tSmith\n"));
}

TEST_CASE("user set: each option alone, by login or id", "[console]") {
  Fixture f;
  f.set({.credit = "unlimited"}, "2");
  CHECK(f.user_row() == "1|1|UTC|en|0|1|-1000000000|Bob||user");
  f.set({.postpaid = false});
  f.set({.vat = "0.0001"});
  f.set({.first_name = ""});
  CHECK(f.user_row() == "1|1|UTC|en|100000|0|-1000000000|||user");
  f.set({.email = "a@b.example"});
  f.set({.email = ""});  // clears
  CHECK(test::query_text(f.db,
                         "SELECT a.email FROM users u JOIN addresses a ON a.id = u.address_id WHERE u.id = 2")
            .empty());
  CHECK(test::query_int(f.db, "SELECT count(*) FROM addresses") == 1);  // made once
  const auto same = f.set({.tariff = "Retail"});
  CHECK(same.changes.at(0).before == same.changes.at(0).after);
}

TEST_CASE("user set refuses bad values with the contract's exit codes", "[console]") {
  Fixture f;
  std::string m;
  CHECK(f.refusal({}) == ExitCode::usage);
  CHECK(f.refusal({.tariff = "Platinum"}, "bob", &m) == ExitCode::not_found);
  CHECK(m == "--tariff: no tariff named 'Platinum'");
  CHECK(f.refusal({.tariff = "Carrier"}, "bob", &m) == ExitCode::usage);
  CHECK(f.refusal({.currency = "GBP"}, "bob", &m) == ExitCode::not_found);
  CHECK(f.refusal({.currency = "JPY"}, "bob", &m) == ExitCode::usage);
  CHECK(m == "--currency: currency 'JPY' is not active");
  CHECK(f.refusal({.time_zone = "Mars/Olympus"}) == ExitCode::usage);
  CHECK(f.refusal({.language = "de"}) == ExitCode::usage);
  for (const char* vat : {"100.0001", "-1", "1e2", "21.12345", "1,5", "", ".5", "5."}) {
    INFO(vat);
    CHECK(f.refusal({.vat = vat}) == ExitCode::usage);
  }
  CHECK(f.set({.vat = "100"}).changes.at(0).after == "100");
  for (const char* credit : {"-1", "+5", "1e3", "1.23456", "1 000", "Unlimited"}) {
    INFO(credit);
    CHECK(f.refusal({.credit = credit}) == ExitCode::usage);
  }
  CHECK(f.refusal({.first_name = "a\tb"}) == ExitCode::usage);
  CHECK(f.refusal({.last_name = std::string(256, 'x')}) == ExitCode::usage);
  CHECK(f.refusal({.email = "not an address"}, "bob", &m) == ExitCode::usage);
  CHECK(m == "--email: not a valid e-mail address");
  CHECK(f.refusal({.usertype = "reseller"}) == ExitCode::usage);
  CHECK(f.refusal({.vat = "5"}, "ghost", &m) == ExitCode::not_found);
  CHECK(m == "no user 'ghost'");
}

TEST_CASE("user set: one bad value among good ones changes nothing", "[console]") {
  Fixture f;
  const auto before = f.tables();
  const UserSettings good{
      .tariff = "Gold", .time_zone = "Europe/Riga", .vat = "5", .email = "bob@example.com"};
  for (const std::function<void(UserSettings&)>& spoil : std::vector<std::function<void(UserSettings&)>>{
           [](UserSettings& s) { s.currency = "JPY"; },    // inactive: found in the transaction
           [](UserSettings& s) { s.currency = "XXX"; },    // unknown
           [](UserSettings& s) { s.tariff = "Carrier"; },  // a provider tariff
           [](UserSettings& s) { s.credit = "-5"; },       // checked before the transaction
           [](UserSettings& s) { s.email = "bob@"; },
       }) {
    UserSettings s = good;
    spoil(s);
    CHECK(f.refusal(s) != ExitCode::ok);
    CHECK(f.tables() == before);
  }
}

TEST_CASE("user set: the last admin who is not blocked cannot be demoted", "[console]") {
  Fixture f;
  std::string m;
  const auto before = f.tables();
  CHECK(f.refusal({.vat = "5", .usertype = "user"}, "root", &m) == ExitCode::action_failed);
  CHECK(m == "'root' is the last admin who is not blocked; make another user an admin first");
  CHECK(f.tables() == before);
  // A blocked admin does not count.
  f.add_user({.id = 3, .login = "root2", .usertype = "admin", .blocked = true});
  CHECK(f.refusal({.usertype = "user"}, "root") == ExitCode::action_failed);
  // Another admin who can act: allowed, and then root2 (unblocked) is the last.
  f.db.exec("UPDATE users SET blocked = 0 WHERE id = 3");
  f.set({.usertype = "user"}, "root");
  CHECK(test::query_text(f.db, "SELECT usertype FROM users WHERE id = 1") == "user");
  CHECK(f.refusal({.usertype = "user"}, "root2") == ExitCode::action_failed);
  // Keeping an admin an admin is no demotion.
  f.set({.usertype = "admin"}, "root2");
}
