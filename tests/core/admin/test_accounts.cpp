// kolmi admin user ... and kolmi admin device ..., core side.
#include <catch2/catch.hpp>

#include <string>

#include "core/admin/accounts.hpp"
#include "core/error.hpp"
#include "core/identity/auth.hpp"
#include "core/identity/session_store.hpp"
#include "tests/core/identity/identity_fixture.hpp"
#include "tests/support/exit_code_of.hpp"

using namespace kolmi;
using admin::NewDevice;
using admin::NewUser;
using kolmi::test::code_of;

namespace {

struct Accounts : test::IdentityFixture {
  Accounts() {
    add_currency({.id = 1, .name = "USD"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    add_currency({.id = 3, .name = "JPY", .rate = "150", .active = false});
    db.exec("INSERT INTO tariffs (id, name) VALUES (7, 'Retail USD')");
  }

  // A valid user; tests change one thing at a time. Minimal KDF cost keeps tests fast.
  static NewUser bob() {
    NewUser u;
    u.login = "bob";
    u.password = "bob-secret-1";
    u.kdf = identity::KdfCost::minimal;
    return u;
  }

  ExitCode add_fails(const NewUser& u, std::string_view message_part = {}) {
    try {
      admin::add_user(db, u, clock);
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find(message_part) != std::string::npos);
      return e.code();
    }
    FAIL("add_user accepted " << u.login);
    return ExitCode::ok;
  }

  bool can_log_in(std::string_view login, std::string_view password) {
    return identity::login(db, clock, login, password).ok;
  }
};

}  // namespace

TEST_CASE("admin user add stores every option and the user can log in", "[admin]") {
  Accounts a;
  NewUser u = Accounts::bob();
  u.first_name = "Иван";
  u.last_name = "Петров";
  u.tariff = "Retail USD";
  u.currency = "EUR";
  u.vat_percent = *Decimal::parse("20.5");
  u.time_zone = "Europe/Sofia";
  u.postpaid = false;
  u.credit = *Decimal::parse("12.345");
  const auto id = admin::add_user(a.db, u, a.clock);

  auto stored = store::find_user_by_id(a.db, id);
  REQUIRE(stored);
  CHECK(stored->username == "bob");
  CHECK(stored->usertype == "user");
  CHECK(stored->full_name() == "Иван Петров");
  CHECK(stored->tariff_id == 7);
  CHECK(stored->currency == "EUR");
  CHECK(stored->vat_percent == *Decimal::parse("20.5"));
  CHECK(stored->time_zone == "Europe/Sofia");
  CHECK_FALSE(stored->postpaid);
  CHECK(stored->credit == *Decimal::parse("12.345"));
  CHECK(stored->password.rfind("$argon2id$", 0) == 0);
  CHECK(a.can_log_in("bob", "bob-secret-1"));

  NewUser root = Accounts::bob();
  root.login = "root@example.com";
  root.usertype = "admin";
  root.no_credit_limit = true;
  auto admin_user = store::find_user_by_id(a.db, admin::add_user(a.db, root, a.clock));
  CHECK(admin_user->is_admin());
  CHECK(admin_user->no_credit_limit());
  CHECK(admin_user->currency == "USD");  // the default currency, stored explicitly
  CHECK(a.column("SELECT currency_id FROM users WHERE id = ?", admin_user->id) == "1");
}

TEST_CASE("admin user add refuses bad values with the option named, and taken logins", "[admin]") {
  Accounts a;
  admin::add_user(a.db, Accounts::bob(), a.clock);
  CHECK(a.add_fails(Accounts::bob(), "a user with login 'bob' already exists") == ExitCode::action_failed);

  NewUser u = Accounts::bob();
  u.login = "carol";
  auto with = [&](auto change) {
    NewUser v = u;
    change(v);
    return v;
  };
  CHECK(a.add_fails(with([](NewUser& v) { v.login = "no spaces"; }), "invalid login") == ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.login = ""; }), "invalid login") == ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.password = "short"; }), "at least 8") == ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.usertype = "reseller"; }), "--usertype") == ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.tariff = "Gold"; }), "--tariff: no tariff named 'Gold'") ==
        ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.currency = "XXX"; }), "--currency: no currency 'XXX'") ==
        ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.currency = "JPY"; }), "not active") == ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.time_zone = "Mars/Olympus"; }), "--time-zone") ==
        ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.vat_percent = Decimal::from_units(101); }), "--vat") ==
        ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) { v.credit = Decimal::from_units(-5); }), "--credit") ==
        ExitCode::usage);
  CHECK(a.add_fails(with([](NewUser& v) {
                      v.credit = Decimal::from_units(5);
                      v.no_credit_limit = true;
                    }),
                    "exclude") == ExitCode::usage);
  CHECK(a.count("SELECT COUNT(*) FROM users") == 1);
}

TEST_CASE("admin user passwd, block and unblock", "[admin]") {
  Accounts a;
  const auto me = a.add_user("root", "root-pass", "admin");
  const auto bob = admin::add_user(a.db, Accounts::bob(), a.clock);
  identity::create_session(a.db, a.clock, bob);
  REQUIRE(a.count("SELECT COUNT(*) FROM sessions") == 1);

  admin::set_password(a.db, "bob", "new-password", identity::KdfCost::minimal);
  CHECK(a.count("SELECT COUNT(*) FROM sessions") == 0);  // old sessions end with the password
  CHECK_FALSE(a.can_log_in("bob", "bob-secret-1"));
  CHECK(a.can_log_in("bob", "new-password"));  // and this login makes a session
  REQUIRE(a.count("SELECT COUNT(*) FROM sessions") == 1);

  admin::set_blocked(a.db, "bob", true, me);
  CHECK(a.count("SELECT COUNT(*) FROM sessions") == 0);  // out at once
  auto outcome = identity::login(a.db, a.clock, "bob", "new-password");
  CHECK_FALSE(outcome.ok);
  CHECK(outcome.message == "User is blocked");
  CHECK(admin::list_users(a.db)[1].blocked);

  admin::set_blocked(a.db, "bob", false, me);
  CHECK(a.can_log_in("bob", "new-password"));

  CHECK(code_of([&] { admin::set_blocked(a.db, "root", true, me); }) == ExitCode::action_failed);
  CHECK(code_of([&] { admin::set_blocked(a.db, "ghost", true, me); }) == ExitCode::not_found);
  CHECK(code_of([&] { admin::set_blocked(a.db, "ghost", false, me); }) == ExitCode::not_found);
  CHECK(code_of([&] { admin::set_password(a.db, "ghost", "long-enough"); }) == ExitCode::not_found);
  CHECK(code_of([&] { admin::set_password(a.db, "bob", "short"); }) == ExitCode::usage);
}

TEST_CASE("admin user list", "[admin]") {
  Accounts a;
  NewUser u = Accounts::bob();
  u.first_name = "Bob";
  u.tariff = "Retail USD";
  admin::add_user(a.db, u, a.clock);
  a.add_user("legacy", "legacy-pass");  // no currency set: shows the default
  auto rows = admin::list_users(a.db);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].login == "bob");
  CHECK(rows[0].name == "Bob");
  CHECK(rows[0].tariff == "Retail USD");
  CHECK(rows[0].currency == "USD");
  CHECK(rows[1].login == "legacy");
  CHECK(rows[1].tariff == "");
  CHECK(rows[1].currency == "USD");
  CHECK(rows[1].balance_currency == "USD");
  CHECK(rows[1].last_login.empty());

  auto retail = admin::list_users(a.db, {.tariff = "Retail USD"});
  REQUIRE(retail.size() == 1);
  CHECK(retail[0].login == "bob");
  CHECK(admin::list_users(a.db, {.blocked_only = true}).empty());
  CHECK(code_of([&] { admin::list_users(a.db, {.tariff = "Gold"}); }) == ExitCode::not_found);
}

TEST_CASE("admin device add and list", "[admin]") {
  Accounts a;
  const auto bob = admin::add_user(a.db, Accounts::bob(), a.clock);
  NewDevice d;
  d.user = "bob";
  d.type = "SIP";
  d.name = "1500";
  d.extension = "1500";
  d.secret = "s3cret";
  d.callerid = "\"Bob\" <1500>";
  d.grace_time = 5;
  d.accountcode = "A1500";
  const auto id = admin::add_device(a.db, d);
  CHECK(a.column("SELECT user_id || ' ' || device_type || ' ' || grace_time || ' ' || secret FROM devices "
                 "WHERE id = ?",
                 id) == std::to_string(bob) + " SIP 5 s3cret");

  auto again = [&](auto change) {
    NewDevice e = d;
    e.name = "1501";
    e.extension = "";
    e.accountcode = "";
    change(e);
    return code_of([&] { admin::add_device(a.db, e); });
  };
  CHECK(again([](NewDevice& e) { e.name = "1500"; }) == ExitCode::action_failed);
  CHECK(again([](NewDevice& e) { e.extension = "1500"; }) == ExitCode::action_failed);
  CHECK(again([](NewDevice& e) { e.accountcode = "A1500"; }) == ExitCode::action_failed);
  CHECK(again([](NewDevice& e) { e.user = "ghost"; }) == ExitCode::not_found);
  CHECK(again([](NewDevice& e) { e.type = "CARRIER-PIGEON"; }) == ExitCode::usage);
  CHECK(again([](NewDevice& e) { e.name = "a/b"; }) == ExitCode::usage);
  CHECK(again([](NewDevice& e) { e.name = "a@b"; }) == ExitCode::usage);
  CHECK(again([](NewDevice& e) { e.grace_time = -1; }) == ExitCode::usage);
  CHECK(again([](NewDevice&) {}) == ExitCode::ok);  // PJSIP/1501 of bob

  a.add_user("carol", "carol-pass");
  NewDevice c = d;
  c.user = "carol";
  c.type = "IAX2";
  c.name = "carol";
  c.extension = "";
  c.accountcode = "";
  admin::add_device(a.db, c);
  CHECK(admin::list_devices(a.db).size() == 3);
  auto carol = admin::list_devices(a.db, "carol");
  REQUIRE(carol.size() == 1);
  CHECK(carol[0].type == "IAX2");
  CHECK(carol[0].user == "carol");
  CHECK(code_of([&] { admin::list_devices(a.db, "ghost"); }) == ExitCode::not_found);
}
