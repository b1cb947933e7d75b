// kolmi admin invoices generate: an invoice of a user's local month from
// its rated calls (one line per destination group, adding up to the calls
// page's exact sum) and subscriptions (prorated by day), VAT at the user's
// percent, numbered from the settings; a second run changes nothing;
// --replace makes an unpaid invoice anew and refuses a paid one; bad input
// changes nothing.
#include <catch2/catch.hpp>

#include <string>

#include "core/billing/invoice_generation.hpp"
#include "core/error.hpp"
#include "core/pages/calls_summary.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/conflines.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using billing::GenerateRequest;
using billing::InvoiceOutcome;

namespace {

Decimal dec(const char* text) { return *Decimal::parse(text); }
std::int64_t nanos(const char* text) { return dec(text).nanos(); }

struct InvoiceFixture {
  test::TestDatabase t;
  std::int64_t ann = 0, bob = 0;
  InvoiceFixture() {
    t.add_currency({.name = "USD"});
    t.db.exec(
        "INSERT INTO destinationgroups (id, name, desttype) VALUES (1, 'Lithuania mobile', 'MOB'), "
        "(2, 'Germany fixed', 'FIX')");
    t.db.exec(
        "INSERT INTO destinations (id, prefix, subcode, name, destinationgroup_id) VALUES "
        "(1, '3706', 'MOB', 'Lithuania mobile', 1), (2, '49', 'FIX', 'Germany', 2), (3, '999', 'FIX', 'Nowhere', NULL)");
    // Ann lives in Vilnius (UTC+3 in October, +2 from 2026-10-25) and pays 21% VAT.
    ann = t.add_user({.login = "ann", .currency = "USD", .time_zone = "Europe/Vilnius", .vat_percent = "21"});
    bob = t.add_user({.login = "bob", .currency = "USD", .time_zone = "UTC"});
    t.add_user({.login = "root", .usertype = "admin"});
    // Ann's October on her wall clock: 2026-09-30 21:00:00 to 2026-10-31 21:59:59 UTC.
    call("2026-09-30 20:59:59", ann, 60, "0.5", "3706");    // September in Vilnius: not on the invoice
    call("2026-09-30 21:00:00", ann, 61, "0.123456789", "3706");
    call("2026-10-15 12:00:00", ann, 120, "0.2", "3706");
    call("2026-10-20 12:00:00", ann, 30, "0.05", "49");
    call("2026-10-21 12:00:00", ann, 0, "0", "49", "NO ANSWER");  // not billed: no line
    call("2026-10-22 12:00:00", ann, 45, "0.01", "999");           // a prefix of no group
    call("2026-10-23 12:00:00", ann, 45, nullptr, nullptr);        // unrated: left out, counted
    call("2026-10-24 12:00:00", ann, 300, "0", nullptr);           // free (a call between users): left out
    call("2026-10-31 21:59:59", ann, 10, "0.3", "49");              // her last second of October
    call("2026-10-31 22:00:00", ann, 10, "7", "49");                // November in Vilnius
    call("2026-10-10 10:00:00", bob, 600, "1.5", "49");
    t.db.exec(
        "INSERT INTO services (id, name, servicetype, price, periodtype) VALUES "
        "(1, 'Voicemail box', 'periodic_fee', 2000000000, 'month'), "
        "(2, 'Setup fee', 'one_time_fee', 10000000000, 'month'), "
        "(3, 'Call recording', 'periodic_fee', 4990000000, 'month')");
    // Voicemail from Ann's 2026-10-15 (local midnight) on: 17 of 31 days.
    // Setup fee inside October; another outside. Recording ended 2026-10-10 23:59:59 local: 10 days.
    subscription(1, ann, "2026-10-14 21:00:00", std::nullopt);
    subscription(2, ann, "2026-10-14 21:00:00", "2026-10-15 20:59:59");
    subscription(2, ann, "2026-08-01 21:00:00", "2026-08-02 20:59:59");
    subscription(3, ann, "2026-03-01 00:00:00", "2026-10-10 20:59:59");
  }
  void call(const char* when, std::int64_t user, std::int64_t billsec, const char* price, const char* prefix,
            const char* disposition = "ANSWERED") {
    const std::int64_t id = t.add_call({.calldate = when,
                                        .user_id = user,
                                        .disposition = disposition,
                                        .billsec = billsec,
                                        .price = price ? std::optional(nanos(price)) : std::nullopt,
                                        .prefix = prefix ? std::optional<std::string>(prefix) : std::nullopt});
    // Billed in whole minutes, as a 60/60 rate would.
    auto s = t.db.prepare("UPDATE calls SET user_billsec = ? WHERE id = ?");
    s.bind_all(price ? (billsec + 59) / 60 * 60 : std::int64_t{0}, id).run();
  }
  void subscription(std::int64_t service, std::int64_t user, const char* start, std::optional<std::string> end) {
    auto s = t.db.prepare(
        "INSERT INTO subscriptions (service_id, user_id, activation_start, activation_end, added) VALUES (?, ?, ?, ?, ?)");
    s.bind_all(service, user, start, end, start).run();
  }
  std::vector<billing::GeneratedInvoice> generate(GenerateRequest r) {
    return billing::generate_invoices(t.db, r, t.clock);
  }
  std::vector<std::string> dump() { return test::dump_tables(t.db, {"invoices", "invoicedetails"}); }
};

const billing::GeneratedInvoice& of(const std::vector<billing::GeneratedInvoice>& all, std::int64_t user) {
  for (const auto& g : all) {
    if (g.user_id == user) return g;
  }
  FAIL("no result for user " << user);
  return all.front();
}

}  // namespace

TEST_CASE("an invoice holds the local month's calls by group and the subscriptions, prorated", "[billing]") {
  InvoiceFixture f;
  const auto results = f.generate({.period = "2026-10"});
  REQUIRE(results.size() == 2);  // ann and bob; never the admin
  const auto& ann = of(results, f.ann);
  CHECK(ann.outcome == InvoiceOutcome::created);
  CHECK(ann.number == "INV000001");
  CHECK(ann.period_start == "2026-09-30 21:00:00");
  CHECK(ann.period_end == "2026-10-31 21:59:59");
  CHECK(ann.issue_date == std::string(test::kTestNow));
  CHECK(ann.calls == 5);
  CHECK(ann.unrated_calls == 1);
  CHECK(test::query_rows(f.t.db,
                         "SELECT name, invdet_type, quantity, total_time, price FROM invoicedetails "
                         "WHERE invoice_id = " + std::to_string(ann.invoice_id) + " ORDER BY id",
                         5) ==
        std::vector<std::string>{
            // Calls of no group first, then by group name; named with the group's type.
            "Other destinations|calls|1|60|10000000",
            "Germany fixed FIX|calls|2|120|350000000",
            "Lithuania mobile MOB|calls|2|240|323456789",
            // Voicemail 2 x 17 / 31; the setup fee once; recording 4.99 x 10 / 31.
            "Call recording|periodic_fee|10|0|1609677419",
            "Voicemail box|periodic_fee|17|0|1096774194",
            "Setup fee|one_time_fee|1|0|10000000000",
        });
  // 0.01 + 0.35 + 0.323456789 + 1.609677419 + 1.096774194 + 10 = 13.389908402
  CHECK(ann.price == dec("13.389908402"));
  CHECK(ann.vat == dec("2.811880764"));  // 21 % of it: 2.81188076442, rounded once
  CHECK(ann.price_with_vat == dec("16.201789166"));
  CHECK(test::query_text(f.t.db, "SELECT price_with_vat FROM invoices WHERE user_id = 1") ==
        std::to_string(dec("16.201789166").nanos()));
  const auto& bob = of(results, f.bob);
  CHECK(bob.number == "INV000002");
  CHECK(bob.price == dec("1.5"));
  CHECK(bob.vat == Decimal());
}

TEST_CASE("the calls lines add up to the calls page's exact sum of the month", "[billing]") {
  InvoiceFixture f;
  const auto results = f.generate({.period = "2026-10", .user = "ann"});
  Decimal calls_lines;
  for (const auto& row : test::query_rows(
           f.t.db, "SELECT price FROM invoicedetails WHERE invdet_type = 'calls' ORDER BY id", 1)) {
    calls_lines += Decimal::from_nanos(std::stoll(row));
  }
  const store::User ann = f.t.user(f.ann);
  const pages::PageContext pc = pages::make_page_context(f.t.db, ann, f.t.clock, pages::Lang::en);
  const pages::CallsPage page =
      pages::load_calls_page(pc, {.period = std::string("2026-10"), .direction = "outgoing"});
  const pages::CallsSummary sum = pages::sum_calls(pc, page);
  CHECK(sum.price == calls_lines);
  CHECK(sum.unrated == of(results, f.ann).unrated_calls);
  CHECK(calls_lines == dec("0.683456789"));
}

TEST_CASE("a second run changes nothing and says so, and numbering goes on from the largest", "[billing]") {
  InvoiceFixture f;
  store::set_confline(f.t.db, store::conf::kInvoiceNumberStart, "41");
  store::set_confline(f.t.db, store::conf::kInvoiceNumberFormat, "K{YYYY}{MM}-{N:3}");
  f.generate({.period = "2026-10", .user = "bob"});
  const auto before = f.dump();
  CHECK(test::query_text(f.t.db, "SELECT number FROM invoices") == "K202610-041");
  const auto again = f.generate({.period = "2026-10", .user = "bob"});
  REQUIRE(again.size() == 1);
  CHECK(again[0].outcome == InvoiceOutcome::exists);
  CHECK(again[0].number == "K202610-041");
  CHECK(again[0].price == dec("1.5"));
  CHECK(f.dump() == before);
  // Another user next, and a number somebody already has is skipped.
  f.t.db.exec("INSERT INTO invoices (user_id, number, period_start, period_end, issue_date) VALUES "
              "(2, 'K202610-042', '2020-01-01 00:00:00', '2020-01-31 23:59:59', '2020-02-01 00:00:00')");
  const auto all = f.generate({.period = "2026-10"});
  CHECK(of(all, f.bob).outcome == InvoiceOutcome::exists);
  CHECK(of(all, f.ann).outcome == InvoiceOutcome::created);
  CHECK(of(all, f.ann).number == "K202610-043");
}

TEST_CASE("replacing makes an unpaid invoice anew in place and refuses a paid one", "[billing]") {
  InvoiceFixture f;
  const auto first = f.generate({.period = "2026-10", .user = "bob"});
  const std::int64_t id = first[0].invoice_id;
  // Bob's call is repriced; the invoice follows only with --replace.
  f.t.db.exec("UPDATE calls SET user_price = 2000000000 WHERE user_id = 2");
  CHECK(f.generate({.period = "2026-10", .user = "bob"})[0].price == dec("1.5"));
  const auto replaced = f.generate({.period = "2026-10", .user = "bob", .issue_date = "2026-11-02", .replace = true});
  CHECK(replaced[0].outcome == InvoiceOutcome::replaced);
  CHECK(replaced[0].invoice_id == id);
  CHECK(replaced[0].number == first[0].number);
  CHECK(test::query_rows(f.t.db, "SELECT id, price, issue_date FROM invoices", 3) ==
        std::vector<std::string>{std::to_string(id) + "|2000000000|2026-11-02 00:00:00"});
  CHECK(test::query_int(f.t.db, "SELECT count(*) FROM invoicedetails") == 1);
  // Paid: refused, naming it, and nothing changes (not even the other users').
  f.t.db.exec("UPDATE invoices SET paid = 1, paid_date = '2026-11-05 00:00:00'");
  const auto before = f.dump();
  try {
    f.generate({.period = "2026-10", .replace = true});
    FAIL("a paid invoice was made anew");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    CHECK_THAT(e.what(), Catch::Contains("INV000001") && Catch::Contains("bob"));
  }
  CHECK(f.dump() == before);
}

TEST_CASE("a month that has not ended is left open, and a month with nothing to bill makes no invoice",
          "[billing]") {
  InvoiceFixture f;
  const auto november = f.generate({.period = "2026-11"});  // the clock: 2026-11-28
  CHECK(of(november, f.ann).outcome == InvoiceOutcome::open);
  const auto june = f.generate({.period = "2026-06", .user = "bob"});
  CHECK(june[0].outcome == InvoiceOutcome::empty);
  CHECK(test::query_int(f.t.db, "SELECT count(*) FROM invoices") == 0);
}

TEST_CASE("bad input is refused before anything is written", "[billing]") {
  InvoiceFixture f;
  auto code_of = [&](const GenerateRequest& r) {
    try {
      f.generate(r);
    } catch (const Error& e) {
      return e.code();
    }
    return ExitCode::ok;
  };
  for (const char* period : {"2026-13", "2026-1", "26-10", "2026-10-01", "", "last-month", "2026/10"}) {
    INFO(period);
    CHECK(code_of({.period = period}) == ExitCode::usage);
  }
  CHECK(code_of({.period = "2026-10", .issue_date = "2026-11-31"}) == ExitCode::usage);
  CHECK(code_of({.period = "2026-10", .user = "nobody"}) == ExitCode::not_found);
  f.t.db.exec("INSERT INTO conflines (name, value) VALUES ('Invoice_Number_Format', 'INV')");
  CHECK(code_of({.period = "2026-10"}) == ExitCode::usage);
  CHECK(test::query_int(f.t.db, "SELECT count(*) FROM invoices") == 0);
}

TEST_CASE("the demo's invoices: add_month_invoice numbers as generation does", "[billing]") {
  InvoiceFixture f;
  store::set_confline(f.t.db, store::conf::kInvoiceNumberStart, "101");
  store::Transaction tx(f.t.db);
  CHECK(billing::add_month_invoice(f.t.db, f.t.user(f.bob), {2026, 6}, "2026-07-01 08:00:00") == 0);
  const std::int64_t id = billing::add_month_invoice(f.t.db, f.t.user(f.bob), {2026, 10}, "2026-11-01 08:00:00");
  tx.commit();
  CHECK(test::query_rows(f.t.db, "SELECT id, number, price FROM invoices", 3) ==
        std::vector<std::string>{std::to_string(id) + "|INV000101|1500000000"});
}
