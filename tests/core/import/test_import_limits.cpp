// Issue 10, defect 9: whatever an import accepts, the engine can price and
// the pages can show. A deck at the largest accepted prices and a 7-day call
// to it import, rate, rerate and list; one step beyond is refused at import
// with FILE:LINE and nothing written.
#include <catch2/catch.hpp>

#include <string>

#include "core/import/deck_import.hpp"
#include "core/import/rerate.hpp"
#include "core/pages/personal_rates.hpp"
#include "core/store/currencies.hpp"
#include "core/store/users.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

// The largest prices and the increment and minimal time that bill a 7-day
// call longest: 604,800 s in blocks of 604,799 s = 1,209,598 s.
constexpr std::string_view kMaxDeck =
    "prefix,name,rate,connection_fee,increment,min_time,includedseconds\n"
    "99,Maxland,100000,100000,604799,604800,0\n";

struct LimitsFixture : ImportFixture {
  std::int64_t ann = 0;

  LimitsFixture() {
    ann = user("ann");
    device(ann, "SIP", "1500", "1500");
    exec("UPDATE users SET vat_percent = 100000000000 WHERE username = 'ann'");  // 100 %
  }

  void import_deck(std::string_view csv) {
    ScratchFile deck(csv);
    import::RateImportOptions o;
    o.path = deck.path();
    o.tariff = "Retail";
    import::import_rates_file(db, o);
  }

  // "LINE: reason" of a deck import expected to fail, without the path.
  std::string deck_error(std::string_view csv) {
    ScratchFile deck(csv);
    try {
      import::RateImportOptions o;
      o.path = deck.path();
      o.tariff = "Retail";
      import::import_rates_file(db, o);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::action_failed);
      const std::string m = e.what();
      REQUIRE(m.starts_with(deck.path() + ":"));
      return m.substr(deck.path().size() + 1);
    }
    FAIL("the deck was accepted");
    return {};
  }

  std::string price_of(std::string_view uniqueid) {
    store::Statement s = db.prepare("SELECT user_price, billsec FROM calls WHERE uniqueid = ?");
    s.bind(1, uniqueid);
    REQUIRE(s.step());
    return s.decimal(0).to_string() + " for " + std::to_string(s.int64(1)) + " s";
  }

  std::int64_t rate_rows() {
    store::Statement s = db.prepare("SELECT COUNT(*) FROM rates");
    s.step();
    return s.int64(0);
  }
};

}  // namespace

TEST_CASE("import limits: the largest accepted deck and call import, rate, rerate and list",
          "[import][bounds]") {
  LimitsFixture f;
  f.import_deck(kMaxDeck);

  ScratchFile cdr(cdr_line("1500", "991234567", "SIP/1500-1", "", "2026-11-20 10:00:00", "604800", "u1"));
  auto s = f.import_file(cdr.path());
  CHECK(s.imported == 1);
  CHECK(s.unrated == 0);
  // 100000 x 1,209,598 / 60 + 100000, rounded once to nano-units.
  CHECK(f.price_of("u1") == "2016096666.666666667 for 604800 s");

  FixedClock clock{*parse_utc("2026-11-28 09:30:00")};
  auto r = import::rerate_calls(f.db, {}, clock);
  CHECK(r.examined == 1);
  CHECK(r.changed == 0);
  CHECK(r.unrated == 0);

  // The rates page's rows (and the rates exports'), with 100 % VAT.
  const store::User user = *store::find_user_by_login(f.db, "ann");
  const auto currencies = store::Currencies::load(f.db);
  pages::PersonalRates rates(f.db, user, currencies, "USD", 9);
  pages::PersonalRate row;
  bool found = false;
  while (rates.next(row)) {
    if (row.rate != Decimal::from_units(100'000)) continue;
    found = true;
    CHECK(row.rate_with_vat == Decimal::from_units(200'000));
  }
  CHECK(found);
}

TEST_CASE("import limits: one step beyond is refused with its line, nothing written", "[import][bounds]") {
  LimitsFixture f;
  const std::int64_t rates_before = f.rate_rows();
  CHECK(f.deck_error("prefix,name,rate\n99,Maxland,100000.000000001\n") ==
        "2: the price per minute '100000.000000001' is too large (at most 100000)");
  CHECK(f.deck_error("prefix,name,rate\n99,Maxland,9223372036.854775807\n") ==
        "2: the price per minute '9223372036.854775807' is too large (at most 100000)");
  CHECK(f.rate_rows() == rates_before);

  ScratchFile cdr(cdr_line("1500", "12125550100", "SIP/1500-1", "", "2026-11-20 10:00:00", "604800", "u1") +
               cdr_line("1500", "12125550100", "SIP/1500-2", "", "2026-11-20 11:00:00", "604801", "u2"));
  CHECK(f.import_error(cdr.path(), ExitCode::action_failed) ==
        cdr.path() + ":2: duration '604801' is too large (at most 604800 seconds, 7 days)");
  CHECK(f.count() == 0);
}

TEST_CASE("import limits: a tariff's prices must fit in every currency they may be shown in",
          "[import][bounds]") {
  LimitsFixture f;
  // 92 roubles to the dollar: a 7-day call at 100000 USD a minute is 1.9e11 RUB.
  f.exec("INSERT INTO currencies (name, exchange_rate) VALUES ('RUB', 92000000000)");
  const std::int64_t rates_before = f.rate_rows();
  CHECK(f.deck_error(std::string(kMaxDeck)) ==
        "2: the price per minute '100000' is too large for a tariff in USD: a call of 604800 seconds shown "
        "in RUB would cost more than 2305843009");
  CHECK(f.rate_rows() == rates_before);
  // 1000 a minute: at most 20,160 minutes x 1000 x 92 = 1.85e9 RUB, which fits.
  f.import_deck("prefix,name,rate,increment\n99,Maxland,1000,604799\n");
  ScratchFile cdr(cdr_line("1500", "991234567", "SIP/1500-1", "", "2026-11-20 10:00:00", "604800", "u1"));
  CHECK(f.import_file(cdr.path()).imported == 1);
  CHECK(f.price_of("u1") == "20159966.666666667 for 604800 s");
}
