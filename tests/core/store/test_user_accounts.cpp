// The SQL of admin user list / show / set (core/store/user_accounts).
#include <catch2/catch.hpp>

#include "core/store/tariff_rate_list.hpp"
#include "core/store/user_accounts.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct Users : test::TestDatabase {
  Users() {
    db.exec(R"SQL(
      INSERT INTO tariffs (id, name, purpose) VALUES (1, 'Retail', 'user'), (2, 'Carrier', 'provider');
    )SQL");
    add_currency({.name = "USD"});
    add_currency({.name = "EUR", .rate = "0.9"});
    add_currency({.name = "JPY", .rate = "150", .active = false});
    add_user({.id = 1, .login = "root", .usertype = "admin", .currency = "USD"});
    add_user({.id = 2,
              .login = "ann",
              .first_name = "Ann",
              .currency = "EUR",
              .time_zone = "Europe/Vilnius",
              .tariff_id = 1,
              .balance = "-2.5",
              .blocked = true});
    add_user({.id = 3, .login = "bob", .tariff_id = 1});
    db.exec("UPDATE users SET last_login_at = '2026-11-27 08:00:00' WHERE id = 2");
  }
};

}  // namespace

TEST_CASE("user summaries: every user with balance, zone and last login, and the filters", "[store]") {
  Users u;
  auto all = store::list_user_summaries(u.db, {});
  REQUIRE(all.size() == 3);
  CHECK(all[1].login == "ann");
  CHECK(all[1].currency == "EUR");
  CHECK(all[1].tariff == "Retail");
  CHECK(all[1].balance == *Decimal::parse("-2.5"));
  CHECK(all[1].time_zone == "Europe/Vilnius");
  CHECK(all[1].last_login_at == "2026-11-27 08:00:00");
  CHECK(all[2].currency == "USD");  // none set: the default
  CHECK_FALSE(all[2].last_login_at);

  auto blocked = store::list_user_summaries(u.db, {.blocked_only = true});
  REQUIRE(blocked.size() == 1);
  CHECK(blocked[0].login == "ann");
  auto retail = store::list_user_summaries(u.db, {.tariff_id = 1});
  REQUIRE(retail.size() == 2);
  CHECK(retail[0].login == "ann");
  CHECK(retail[1].login == "bob");
  CHECK(store::list_user_summaries(u.db, {.blocked_only = true, .tariff_id = 2}).empty());
}

TEST_CASE("tariff names and currency look-ups", "[store]") {
  Users u;
  CHECK(store::tariff_name(u.db, 1) == "Retail");
  CHECK(store::tariff_name(u.db, std::nullopt).empty());
  CHECK(store::find_currency(u.db, "EUR")->active);
  CHECK_FALSE(store::find_currency(u.db, "JPY")->active);
  CHECK_FALSE(store::find_currency(u.db, "GBP"));
}

TEST_CASE("outgoing charges: the priced sum and the unrated count of a period", "[store]") {
  Users u;
  u.add_device({.id = 10, .user_id = 3, .name = "bob1"});
  u.add_call({.calldate = "2026-11-01 00:00:00", .user_id = 3, .price = 1'500'000'000});
  u.add_call({.calldate = "2026-11-20 00:00:00", .user_id = 3, .price = 250'000'000});
  u.add_call({.calldate = "2026-11-21 00:00:00", .user_id = 3});                          // unrated
  u.add_call({.calldate = "2026-10-31 23:59:59", .user_id = 3, .price = 9'000'000'000});  // before
  u.add_call({.calldate = "2026-11-22 00:00:00",
              .user_id = 2,
              .dst_device = 10,
              .price = 7'000'000'000});  // incoming
  const auto c = store::outgoing_charges(u.db, 3, *parse_utc("2026-11-01"), *parse_utc("2026-12-01"));
  CHECK(c.price == *Decimal::parse("1.75"));
  CHECK(c.unrated == 1);
}

TEST_CASE("other active admins: blocked admins do not count", "[store]") {
  Users u;
  CHECK(store::other_active_admins(u.db, 1) == 0);
  u.add_user({.id = 4, .login = "root2", .usertype = "admin", .blocked = true});
  CHECK(store::other_active_admins(u.db, 1) == 0);
  u.db.exec("UPDATE users SET blocked = 0 WHERE id = 4");
  CHECK(store::other_active_admins(u.db, 1) == 1);
  CHECK(store::other_active_admins(u.db, 4) == 1);
}

TEST_CASE("update_user_account writes only what is given, and the e-mail gets an address of its own", "[store]") {
  Users u;
  // ann and bob share one address: changing bob's e-mail must not change ann's.
  u.db.exec("INSERT INTO addresses (id, city, email) VALUES (5, 'Vilnius', 'old@example.com')");
  u.db.exec("UPDATE users SET address_id = 5 WHERE id IN (2, 3)");
  store::AccountUpdate up;
  up.vat_percent = *Decimal::parse("21");
  up.credit = Decimal::from_units(-1);
  up.email = "bob@example.com";
  up.postpaid = false;
  store::update_user_account(u.db, 3, up);
  CHECK(test::query_rows(u.db,
                         "SELECT vat_percent, credit, postpaid, time_zone, tariff_id FROM users WHERE id = 3",
                         5) == std::vector<std::string>{"21000000000|-1000000000|0|UTC|1"});
  CHECK(store::user_email(u.db, 3) == "bob@example.com");
  CHECK(store::user_email(u.db, 2) == "old@example.com");
  CHECK(test::query_text(
            u.db, "SELECT a.city FROM users u JOIN addresses a ON a.id = u.address_id WHERE u.id = 3") ==
        "Vilnius");  // copied, then changed

  // A user without an address gets one.
  CHECK(store::user_email(u.db, 1).empty());
  store::update_user_account(u.db, 1, {.email = "root@example.com"});
  CHECK(store::user_email(u.db, 1) == "root@example.com");
}
