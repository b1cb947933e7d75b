// Calls lower a prepaid user's balance when they are imported and rated
// (MOR's rule), a rerate corrects it by the difference, and a postpaid
// user's balance never moves with calls.
#include <catch2/catch.hpp>

#include "core/import/prepaid_charges.hpp"
#include "core/import/rerate.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

// Ann is prepaid with 10 on her balance, Bob postpaid with 5. Ann calls the
// USA for 61 s (0.010166667), Lithuania for 10 s (0.17) and Bob (free);
// Bob calls the USA for 4 s (0.000666667).
struct BalanceFixture : ImportFixture {
  std::int64_t ann = 0, bob = 0;
  BalanceFixture() {
    ann = user("ann");
    bob = user("bob");
    exec("UPDATE users SET postpaid = 0, balance = 10000000000 WHERE username = 'ann'");
    exec("UPDATE users SET balance = 5000000000 WHERE username = 'bob'");
    device(ann, "SIP", "1500", "1500");
    device(bob, "SIP", "1600", "1600");
  }
  std::string cdr() {
    return cdr_line("1500", "12125550100", "SIP/1500-1", "", "2026-11-20 10:00:00", "61", "u1") +
           cdr_line("1500", "37052123456", "SIP/1500-2", "", "2026-11-21 10:00:00", "10", "u2") +
           cdr_line("1500", "1600", "SIP/1500-3", "SIP/1600-4", "2026-11-21 11:00:00", "30", "u3") +
           cdr_line("1600", "12125550100", "SIP/1600-5", "", "2026-11-22 10:00:00", "4", "u4");
  }
  std::string balance(std::int64_t user_id) { return test::find_user(db, user_id).balance.to_string(); }
};

}  // namespace

TEST_CASE("prepaid balance: imported calls take their price, once, and only from prepaid users",
          "[import][balance]") {
  BalanceFixture f;
  ScratchFile file(f.cdr());
  f.import_file(file.path(), /*dry_run=*/true);
  CHECK(f.balance(f.ann) == "10");
  f.import_file(file.path());
  // 10 - 0.010166667 - 0.17
  CHECK(f.balance(f.ann) == "9.819833333");
  CHECK(f.balance(f.bob) == "5");  // postpaid: calls do not move the balance
  // The same file again: every record a duplicate, nothing charged twice.
  CHECK(f.import_file(file.path()).duplicates == 4);
  CHECK(f.balance(f.ann) == "9.819833333");
}

TEST_CASE("prepaid balance: a rerate corrects the balance by the difference", "[import][balance]") {
  BalanceFixture f;
  ScratchFile file(f.cdr());
  f.import_file(file.path());
  f.exec("UPDATE aratedetails SET price = 60000000 WHERE rate_id = 1");  // USA: 0.01 -> 0.06 per minute
  import::RerateOptions dry;
  dry.dry_run = true;
  import::rerate_calls(f.db, dry, f.clock);
  CHECK(f.balance(f.ann) == "9.819833333");
  import::rerate_calls(f.db, {}, f.clock);
  // u1 now 0.061: 0.050833333 more.
  CHECK(f.balance(f.ann) == "9.769");
  CHECK(f.balance(f.bob) == "5");
  // A tariff removed: the calls become unrated and their price comes back.
  f.exec("UPDATE users SET tariff_id = NULL WHERE username = 'ann'");
  import::rerate_calls(f.db, {}, f.clock);
  CHECK(f.balance(f.ann) == "10");
  // Rerating with nothing changed moves nothing.
  import::rerate_calls(f.db, {}, f.clock);
  CHECK(f.balance(f.ann) == "10");
}

TEST_CASE("prepaid charges: sums per user, unrated and unassigned calls cost nothing", "[import][balance]") {
  test::TestDatabase t;
  const auto ann = t.add_user({.login = "ann", .balance = "1", .postpaid = false});
  const auto bob = t.add_user({.login = "bob", .balance = "1"});
  import::PrepaidCharges c;
  c.add(ann, Decimal::parse("0.25"));
  c.add(ann, std::nullopt);
  c.add(std::nullopt, Decimal::parse("7"));
  c.add(bob, Decimal::parse("0.5"));
  c.change(ann, Decimal::parse("0.1"), Decimal::parse("0.15"));
  c.change(ann, std::nullopt, Decimal::parse("0.05"));
  CHECK(c.apply(t.db) == 1);
  CHECK(t.user(ann).balance.to_string() == "0.65");  // 1 - 0.25 - 0.05 - 0.05
  CHECK(t.user(bob).balance.to_string() == "1");
}
