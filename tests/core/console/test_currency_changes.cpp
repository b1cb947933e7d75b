// kolmi admin currency: the list with what uses each currency, and the
// changes with their refusals (the default currency, currencies in use, bad
// input changing nothing); a new rate is what the next page shows.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "core/console/currency_changes.hpp"
#include "core/console/currency_listing.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/pages/rates_page.hpp"
#include "core/store/currency_admin.hpp"
#include "tests/support/exit_code_of.hpp"
#include "tests/support/render_page.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using kolmi::test::code_of;

namespace {

struct Fixture : test::TestDatabase {
  Fixture() {
    add_currency({.id = 1, .name = "USD", .rate = "1"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    add_currency({.id = 3, .name = "GBP", .rate = "0.79", .active = false});
    add_currency({.id = 4, .name = "JPY", .rate = "150"});
    db.exec(
        "INSERT INTO tariffs (id, name, currency) VALUES (1, 'Retail EUR', 'EUR'), (2, 'Retail JPY', 'JPY')");
    add_user({.id = 1, .login = "ann", .currency = "EUR"});
    add_user({.id = 2, .login = "bob", .currency = "EUR"});
    add_user({.id = 3, .login = "cid"});  // no currency: the default one
  }
  std::vector<std::string> currencies() {
    return test::query_rows(db, "SELECT name, full_name, exchange_rate, active FROM currencies ORDER BY id",
                            4);
  }
};

}  // namespace

TEST_CASE("currency list: rate, active, default, users and tariffs of each", "[console][currency]") {
  Fixture f;
  std::string tsv;
  console::write_currency_list(
      *output::make_tree_writer(output::Format::tsv, [&](std::string_view c) { tsv += c; }),
      store::list_currency_use(f.db));
  CHECK(tsv ==
        "code\tname\trate\tactive\tdefault\tusers\ttariffs\n"
        "USD\t\t1\tyes\tyes\t1\t0\n"
        "EUR\t\t0.92\tyes\tno\t2\t1\n"
        "GBP\t\t0.79\tno\tno\t0\t0\n"
        "JPY\t\t150\tyes\tno\t0\t1\n");
}

TEST_CASE("exchange rates are exact positive decimals as typed", "[console][currency]") {
  CHECK(console::parse_exchange_rate("0.92") == Decimal::parse("0.92"));
  CHECK(console::parse_exchange_rate("150") == Decimal::from_units(150));
  CHECK(console::parse_exchange_rate("0.000000001") == Decimal::from_nanos(1));
  for (const char* bad : {"0", "0.0", "-1", "+1", "1e3", "1,000", "1.", ".5", "0.0000000001", "", "abc",
                          "1.2.3", " 1", "99999999999"}) {
    INFO(bad);
    CHECK_FALSE(console::parse_exchange_rate(bad));
  }
  CHECK(console::valid_currency_code("EUR"));
  for (const char* bad : {"eur", "EURO", "EU", "E1R", ""}) CHECK_FALSE(console::valid_currency_code(bad));
}

TEST_CASE("currency add, set, enable and disable", "[console][currency]") {
  Fixture f;
  auto added = console::add_currency(f.db, "SEK", "Swedish krona", "11.2");
  CHECK(added.message == "Added currency SEK (Swedish krona), 11.2 per default currency.");
  CHECK(f.currencies().back() == "SEK|Swedish krona|11200000000|1");

  CHECK(console::set_currency_rate(f.db, "EUR", "0.935").message ==
        "EUR is now 0.935 per default currency (was 0.92).");
  CHECK(test::query_int(f.db, "SELECT exchange_rate FROM currencies WHERE name = 'EUR'") == 935'000'000);

  CHECK(console::set_currency_active(f.db, "GBP", true).message == "Enabled GBP.");
  CHECK(console::set_currency_active(f.db, "GBP", true).message ==
        "GBP is already enabled; nothing changed.");
  CHECK(console::set_currency_active(f.db, "GBP", false).message == "Disabled GBP.");
  CHECK(test::query_int(f.db, "SELECT active FROM currencies WHERE name = 'GBP'") == 0);
}

TEST_CASE("currency refusals change nothing", "[console][currency]") {
  Fixture f;
  const auto before = test::dump_tables(f.db, {"currencies", "users", "tariffs"});
  std::string why;
  // The default currency: rate 1 by definition, always offered.
  CHECK(code_of([&] { console::set_currency_rate(f.db, "USD", "2"); }, &why) == ExitCode::action_failed);
  CHECK(why ==
        "USD is the default currency: its rate is 1 by definition, and the other currencies' rates are "
        "per one USD");
  CHECK(code_of([&] { console::set_currency_active(f.db, "USD", false); }, &why) ==
        ExitCode::action_failed);
  CHECK(why == "USD is the default currency, which cannot be disabled");
  // In use: refused, naming who uses it.
  CHECK(code_of([&] { console::set_currency_active(f.db, "EUR", false); }, &why) ==
        ExitCode::action_failed);
  CHECK(why ==
        "EUR is used by 2 users (ann, bob) and 1 tariff (Retail EUR); move them to another currency first");
  CHECK(code_of([&] { console::set_currency_active(f.db, "JPY", false); }, &why) ==
        ExitCode::action_failed);
  CHECK(why == "JPY is used by 1 tariff (Retail JPY); move them to another currency first");
  // Unknown: 4. Exists: 1. Bad values: 2, before anything is looked up.
  CHECK(code_of([&] { console::set_currency_rate(f.db, "CHF", "1"); }, &why) == ExitCode::not_found);
  CHECK(why == "no currency 'CHF'");
  CHECK(code_of([&] { console::set_currency_active(f.db, "CHF", true); }) == ExitCode::not_found);
  CHECK(code_of([&] { console::add_currency(f.db, "EUR", "Euro", "1"); }, &why) == ExitCode::action_failed);
  CHECK(why == "currency EUR already exists; kolmi admin currency set EUR --rate R changes its rate");
  CHECK(code_of([&] { console::add_currency(f.db, "chf", "Franc", "1"); }) == ExitCode::usage);
  CHECK(code_of([&] { console::add_currency(f.db, "CHF", "", "1"); }) == ExitCode::usage);
  CHECK(code_of([&] { console::add_currency(f.db, "CHF", "Franc\n", "1"); }) == ExitCode::usage);
  CHECK(code_of([&] { console::add_currency(f.db, "CHF", "Franc", "0"); }, &why) == ExitCode::usage);
  CHECK(why ==
        "--rate: '0' is not an exchange rate: a number greater than 0 with at most 9 decimals, like 0.92");
  CHECK(code_of([&] { console::set_currency_rate(f.db, "EUR", "1e3"); }) == ExitCode::usage);
  CHECK(code_of([&] { console::set_currency_rate(f.db, "CHF", "-1"); }) == ExitCode::usage);
  CHECK(test::dump_tables(f.db, {"currencies", "users", "tariffs"}) == before);
}

TEST_CASE("a new exchange rate is what the next rates page shows", "[console][currency]") {
  Fixture f;
  f.db.exec(R"SQL(
    INSERT INTO destinationgroups (id, name, flag) VALUES (1, 'UK', 'gbr');
    INSERT INTO rates (id, tariff_id, destinationgroup_id) VALUES (1, 1, 1);
    INSERT INTO aratedetails (rate_id, price, start_time, end_time) VALUES (1, 92000000, '00:00:00', '23:59:59');
    UPDATE users SET tariff_id = 1 WHERE id = 1;
  )SQL");
  auto page = [&] {
    return test::render(
        f.db, f.clock, 1,
        [](pages::PageContext& pc, output::TreeWriter& w) {
          pages::RatesPage rates = pages::load_rates_page(pc, std::string_view("USD"));
          pages::write_rates_page(w, pc, rates);
        },
        output::Format::tsv);
  };
  const std::string before = page();
  CHECK(before.find("\t0.1\t") != std::string::npos);  // 0.092 EUR at 0.92 EUR per USD: 0.1 USD
  console::set_currency_rate(f.db, "EUR", "0.46");
  const std::string after = page();
  CHECK(after.find("\t0.2\t") != std::string::npos);  // the same 0.092 EUR is now 0.2 USD
}
