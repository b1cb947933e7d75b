// kolmi admin payment add: a payment with VAT from the user's percent, in
// any active currency, moves the balance (default currency) in the same
// transaction; a bad value changes nothing.
#include <catch2/catch.hpp>

#include <string>

#include "core/console/payment_entry.hpp"
#include "core/console/payment_listing.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/pages/billing_pages.hpp"
#include "tests/support/render_page.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;

namespace {

struct PaymentFixture {
  test::TestDatabase t;
  std::int64_t bob = 0, ann = 0;
  PaymentFixture() {
    t.add_currency({.name = "USD"});
    t.add_currency({.name = "EUR", .rate = "0.92"});
    t.add_currency({.name = "JPY", .rate = "151.5"});
    t.add_currency({.name = "GBP", .rate = "0.79", .active = false});
    // Bob pays in EUR with 21% VAT; Ann in USD without VAT.
    bob = t.add_user({.login = "bob",
                      .currency = "EUR",
                      .time_zone = "Europe/Vilnius",
                      .balance = "5",
                      .vat_percent = "21"});
    ann = t.add_user({.login = "ann", .currency = "USD", .postpaid = false});
  }
  console::PaymentAdded add(const console::PaymentRequest& r) {
    return console::add_payment(t.db, r, t.clock);
  }
  std::string balance(std::int64_t user) { return t.user(user).balance.to_string(); }
  std::vector<std::string> dump() { return test::dump_tables(t.db, {"users", "payments", "actions"}); }
  std::string list(output::Format format, const console::PaymentListRequest& r) {
    const store::PaymentFilter f = console::payment_filter(t.db, r, t.clock);
    std::string out;
    console::write_payment_list(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }),
                                t.db, f, r.time_zone);
    return out;
  }
};

// The code and message of add() refusing `r`, with nothing changed.
std::pair<ExitCode, std::string> refusal(PaymentFixture& f, const console::PaymentRequest& r) {
  const auto before = f.dump();
  try {
    f.add(r);
  } catch (const Error& e) {
    CHECK(f.dump() == before);
    return {e.code(), e.what()};
  }
  FAIL("the payment was booked");
  return {};
}

}  // namespace

TEST_CASE(
    "payment add: with VAT in the user's currency, the balance grows by the amount without VAT, converted",
    "[console][payment]") {
  PaymentFixture f;
  const console::PaymentAdded p = f.add({.user = "bob", .amount = "121", .comment = "bank transfer"});
  CHECK(p.currency == "EUR");
  CHECK(p.paid == Decimal::from_units(121));
  CHECK(p.amount == Decimal::from_units(100));  // 121 x 100 / 121
  CHECK(p.tax == Decimal::from_units(21));
  CHECK(p.exchange_rate == *Decimal::parse("0.92"));
  // 100 EUR / 0.92 = 108.695652173913... USD, rounded once to nano-units.
  CHECK(p.balance_change.to_string() == "108.695652174");
  CHECK(f.balance(f.bob) == "113.695652174");
  CHECK(p.balance.to_string() == "113.695652174");
  CHECK(p.date == "2026-11-28 09:30:00");  // now, shown in --tz (UTC)
  CHECK(test::query_rows(f.t.db,
                         "SELECT user_id, paymenttype, amount, tax, vat_percent, currency, exchange_rate, "
                         "date_added, shipped_at, completed, comment FROM payments",
                         11) ==
        std::vector<std::string>{"1|manual|100000000000|21000000000|21000000000|EUR|920000000|2026-11-28 "
                                 "09:30:00|2026-11-28 09:30:00|1|bank transfer"});
}

TEST_CASE("payment add: another currency, the default currency, and cents of VAT", "[console][payment]") {
  PaymentFixture f;
  // Bob pays 50 USD: no conversion; 50 / 1.21 = 41.32 USD, tax 8.68.
  auto p = f.add({.user = "bob", .amount = "50", .currency = std::string("USD")});
  CHECK(p.amount.to_string() == "41.32");
  CHECK(p.tax.to_string() == "8.68");
  CHECK(p.exchange_rate == Decimal::from_units(1));
  CHECK(f.balance(f.bob) == "46.32");
  // Ann pays 10000 JPY (no decimals): 10000 / 151.5 = 66.006600660066 USD.
  p = f.add({.user = "ann", .amount = "10000", .currency = std::string("JPY")});
  CHECK(p.tax.is_zero());
  CHECK(f.balance(f.ann) == "66.00660066");
  CHECK(test::query_text(f.t.db, "SELECT exchange_rate FROM payments WHERE user_id = 2") == "151500000000");
}

TEST_CASE("payment add: --refund books money given back, with or without the '-'", "[console][payment]") {
  PaymentFixture f;
  f.add({.user = "ann", .amount = "30"});
  auto p = f.add({.user = "ann", .amount = "10", .refund = true});
  CHECK(p.paid.to_string() == "-10");
  CHECK(p.amount.to_string() == "-10");
  CHECK(f.balance(f.ann) == "20");
  p = f.add({.user = "ann", .amount = "-2.5", .refund = true});
  CHECK(p.paid.to_string() == "-2.5");
  CHECK(f.balance(f.ann) == "17.5");
  // A refund with VAT: -12.10 EUR is -10.00 without VAT and -2.10 VAT.
  p = f.add({.user = "bob", .amount = "12.10", .refund = true});
  CHECK(p.amount.to_string() == "-10");
  CHECK(p.tax.to_string() == "-2.1");
  CHECK(test::query_text(f.t.db, "SELECT count(*) FROM payments WHERE amount < 0") == "3");
}

TEST_CASE("payment add: --date in --tz, never in the future", "[console][payment]") {
  PaymentFixture f;
  auto p = f.add({.user = "ann",
                  .amount = "1",
                  .date = std::string("2026-11-20 10:00:00"),
                  .time_zone = "Europe/Vilnius"});
  CHECK(p.date == "2026-11-20 10:00:00");
  CHECK(test::query_text(f.t.db, "SELECT date_added FROM payments") == "2026-11-20 08:00:00");
  f.add({.user = "ann", .amount = "1", .date = std::string("2026-11-21")});
  CHECK(test::query_text(f.t.db, "SELECT max(date_added) FROM payments") == "2026-11-21 00:00:00");
}

TEST_CASE("payment add: every bad value is refused before anything is written", "[console][payment]") {
  PaymentFixture f;
  using R = console::PaymentRequest;
  auto usage = [&](const R& r, std::string_view message) {
    INFO("expected: " << message);
    const auto [code, what] = refusal(f, r);
    CHECK(code == ExitCode::usage);
    CHECK(what == message);
  };
  usage({.user = "bob", .amount = "1e3"},
        "--amount: '1e3' is not an amount (digits with an optional '-' and '.': 1234.56)");
  usage({.user = "bob", .amount = "1,000"},
        "--amount: '1,000' is not an amount (digits with an optional '-' and '.': 1234.56)");
  usage({.user = "bob", .amount = "10.001"}, "--amount: '10.001' has more than 2 decimals");
  usage({.user = "ann", .amount = "5.5", .currency = std::string("JPY")},
        "--amount: '5.5' has decimals; the currency has none");
  usage({.user = "bob", .amount = "-5"},
        "--amount: -5 is negative; money given back is booked with --refund");
  usage({.user = "bob", .amount = "0"}, "--amount: a payment of 0 moves no money");
  usage({.user = "bob", .amount = "0.00", .refund = true}, "--amount: a payment of 0 moves no money");
  usage({.user = "bob", .amount = "10", .currency = std::string("GBP")},
        "--currency: currency 'GBP' is not active (kolmi admin currency enable GBP)");
  usage({.user = "bob", .amount = "10", .date = std::string("2026-11-28 09:30:01")},
        "--date: 2026-11-28 09:30:01 is in the future; a payment is booked when it was made");
  usage({.user = "bob", .amount = "10", .date = std::string("28.11.2026")},
        "--date: '28.11.2026' is not a time (YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS')");
  usage({.user = "bob", .amount = "10", .time_zone = "Mars/Olympus"},
        "--tz: unknown time zone 'Mars/Olympus'");
  usage({.user = "bob", .amount = "10", .comment = "line\nbreak"},
        "--comment: control characters are not allowed");
  usage({.user = "bob", .amount = "10", .comment = std::string(256, 'x')},
        "--comment: too long (at most 255 characters)");

  auto [code, what] = refusal(f, {.user = "carol", .amount = "10"});
  CHECK(code == ExitCode::not_found);
  CHECK(what == "--user: no such user: carol");
  std::tie(code, what) = refusal(f, {.user = "bob", .amount = "10", .currency = std::string("XXX")});
  CHECK(code == ExitCode::not_found);
  CHECK(what == "--currency: no currency 'XXX'");
  // A balance that would leave the range of money.
  f.t.db.exec("UPDATE users SET balance = 9200000000000000000 WHERE username = 'ann'");
  std::tie(code, what) = refusal(f, {.user = "ann", .amount = "100000000"});
  CHECK(code == ExitCode::action_failed);
}

TEST_CASE("payment add: the user's payments page shows it as MOR does", "[console][payment]") {
  PaymentFixture f;
  f.add({.user = "bob", .amount = "121", .comment = "bank"});
  const std::string page =
      test::render(f.t.db, f.t.clock, f.bob,
                   [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_payments_page(w, pc); });
  // In Bob's zone (UTC+2), without VAT, the percent, with VAT, the payment's currency.
  CHECK(page.find("<payment_date>2026-11-28 11:30:00</payment_date>") != std::string::npos);
  CHECK(page.find("<amount>100</amount>") != std::string::npos);
  CHECK(page.find("<vat>21.0</vat>") != std::string::npos);
  CHECK(page.find("<amount_vat>121</amount_vat>") != std::string::npos);
  CHECK(page.find("<currency>EUR</currency>") != std::string::npos);
  CHECK(page.find("<completed>Yes</completed>") != std::string::npos);
  // The operator's list says the same.
  // amount without VAT, the VAT percent, amount with VAT, in the payment's currency.
  CHECK(f.list(output::Format::tsv, {}) ==
        "id\tdate\tuser_id\tuser\ttype\tpaid\tamount\tvat_percent\ttax\tcurrency\texchange_rate\tconfirmed\t"
        "completed\tcomment\n"
        "1\t2026-11-28 09:30:00\t1\tbob\tmanual\t121\t100\t21\t21\tEUR\t0.92\t2026-11-28 "
        "09:30:00\tyes\tbank\n");
}

TEST_CASE("payment list: a user, a period in a zone, oldest first", "[console][payment]") {
  PaymentFixture f;
  f.add({.user = "ann", .amount = "3", .date = std::string("2026-11-27 23:30:00")});
  f.add({.user = "bob", .amount = "2", .date = std::string("2026-11-26")});
  f.add({.user = "ann", .amount = "1", .date = std::string("2026-11-25")});
  auto ids = [&](const console::PaymentListRequest& r) {
    std::string out;
    const std::string tsv = f.list(output::Format::tsv, r);
    for (std::size_t at = tsv.find('\n'); at != std::string::npos && at + 1 < tsv.size();
         at = tsv.find('\n', at + 1))
      out += tsv.substr(at + 1, tsv.find('\t', at + 1) - at - 1) + ",";
    return out;
  };
  CHECK(ids({}) == "3,2,1,");
  CHECK(ids({.user = "ann"}) == "3,1,");
  CHECK(ids({.user = "2"}) == "3,1,");
  // 2026-11-28 in Vilnius starts at 2026-11-27 22:00 UTC.
  CHECK(ids({.period = "2026-11-28", .time_zone = "Europe/Vilnius"}) == "1,");
  CHECK(ids({.till = "2026-11-26"}) == "2,");
  CHECK(ids({.from = "2026-11-26"}) == "2,1,");
  CHECK_THROWS_AS(f.list(output::Format::tsv, {.user = "carol"}), Error);
  CHECK_THROWS_AS(f.list(output::Format::tsv, {.time_zone = "Nowhere"}), Error);
}
