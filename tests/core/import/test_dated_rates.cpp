// Dated rates (issue 15 item 5): an import with an effective moment keeps
// the older prices for the calls before it; the CDR import and rerate price
// each call with the rates in force at its start; bad dates change nothing.
#include <catch2/catch.hpp>

#include <string>

#include "core/import/deck_import.hpp"
#include "core/import/rerate.hpp"
#include "core/store/tariff_list.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ScratchFile;

namespace {

// The fixture's tariff 1 stays; the tests price tariff "Dated" (UK 0.10 a
// minute, London 0.05, both in 60 s blocks), Ann's, on device 1500.
struct DatedFixture : test::ImportFixture {
  std::int64_t ann = 0;
  DatedFixture() {
    import_rates("prefix,destination,rate,increment\n44,United Kingdom,0.10,60\n4420,London,0.05,60\n");
    ann = user("ann", tariff_id("Dated"));
    device(ann, "SIP", "1500", "1500");
  }

  std::int64_t tariff_id(std::string_view name) {
    return test::query_int(db, "SELECT id FROM tariffs WHERE name = '" + std::string(name) + "'");
  }

  import::DeckImportSummary import_rates(std::string_view csv, std::optional<std::string> from = std::nullopt,
                                         std::string zone = "UTC", bool replace = false) {
    ScratchFile f(csv);
    import::RateImportOptions o;
    o.path = f.path();
    o.tariff = "Dated";
    o.effective_from = std::move(from);
    o.time_zone = std::move(zone);
    o.replace = replace;
    return import::import_rates_file(db, o);
  }

  // One answered 60 s call from Ann to `dst` at `start` (UTC).
  static std::string call(std::string_view dst, std::string_view start, std::string_view id) {
    return cdr_line("1500", dst, "SIP/1500-1", "", start, "60", id);
  }

  std::string price_of(std::string_view uniqueid) {
    store::Statement s = db.prepare("SELECT user_price FROM calls WHERE uniqueid = ?");
    s.bind(1, uniqueid);
    REQUIRE(s.step());
    return s.is_null(0) ? "NULL" : s.decimal(0).to_string();
  }

  import::RerateSummary rerate() { return import::rerate_calls(db, import::RerateOptions{}, clock); }

  std::vector<std::string> dump() {
    return test::dump_tables(db, {"directions", "destinationgroups", "destinations", "tariffs", "rates",
                                  "aratedetails", "calls", "actions"});
  }
};

constexpr std::string_view kUkUp = "prefix,destination,rate,increment\n44,United Kingdom,0.20,60\n4420,London,0.05,60\n";

}  // namespace

TEST_CASE("dated rates: a change from mid-month prices calls on each side of it, at import and after a rerate",
          "[import][dated]") {
  DatedFixture f;
  // Calls imported before the change: all at the old price.
  ScratchFile before(DatedFixture::call("447700900001", "2026-11-14 23:59:59", "a1") +
                     DatedFixture::call("447700900002", "2026-11-15 00:00:00", "a2") +
                     DatedFixture::call("447700900003", "2026-11-20 10:00:00", "a3") +
                     DatedFixture::call("442071234567", "2026-11-20 10:00:00", "a4"));
  f.import_file(before.path());
  CHECK(f.price_of("a1") == "0.1");
  CHECK(f.price_of("a2") == "0.1");
  CHECK(f.price_of("a3") == "0.1");

  const auto sum = f.import_rates(kUkUp, "2026-11-15");
  CHECK(sum.rates_updated == 1);    // UK: its old version ends, a new one starts
  CHECK(sum.rates_unchanged == 1);  // London
  REQUIRE(sum.effective.size() == 1);
  CHECK(format_utc(sum.effective[0]) == "2026-11-15 00:00:00");
  // One version of the tariff ended there, one began.
  CHECK(test::query_int(f.db, "SELECT count(*) FROM rates WHERE effective_till = '2026-11-15 00:00:00'") == 1);
  CHECK(test::query_int(f.db, "SELECT count(*) FROM rates WHERE effective_from = '2026-11-15 00:00:00'") == 1);

  // Rerate: only the calls from the effective second on change.
  const auto rerated = f.rerate();
  CHECK(rerated.changed == 2);
  CHECK(f.price_of("a1") == "0.1");  // one second before
  CHECK(f.price_of("a2") == "0.2");  // exactly at the effective second
  CHECK(f.price_of("a3") == "0.2");
  CHECK(f.price_of("a4") == "0.05");  // London, unchanged

  // Calls imported after the change: each at the price of its start.
  ScratchFile after(DatedFixture::call("447700900004", "2026-11-10 08:00:00", "b1") +
                    DatedFixture::call("447700900005", "2026-11-15 00:00:00", "b2") +
                    DatedFixture::call("447700900006", "2026-11-14 23:59:59", "b3"));
  f.import_file(after.path());
  CHECK(f.price_of("b1") == "0.1");
  CHECK(f.price_of("b2") == "0.2");
  CHECK(f.price_of("b3") == "0.1");
  // A second rerate changes nothing: both sides were already right.
  CHECK(f.rerate().changed == 0);
}

TEST_CASE("dated rates: --effective-from is read in --tz", "[import][dated]") {
  DatedFixture f;
  f.import_rates(kUkUp, "2026-11-15", "Europe/Vilnius");  // 2026-11-14 22:00:00 UTC
  ScratchFile calls(DatedFixture::call("447700900001", "2026-11-14 21:59:59", "c1") +
                    DatedFixture::call("447700900002", "2026-11-14 22:00:00", "c2"));
  f.import_file(calls.path());
  CHECK(f.price_of("c1") == "0.1");
  CHECK(f.price_of("c2") == "0.2");
}

TEST_CASE("dated rates: an effective date column gives each row its own moment", "[import][dated]") {
  DatedFixture f;
  // UK rises on the 10th and again on the 20th; UK Mobile (4477, a new
  // prefix) is priced 0.40 from the 20th.
  const auto sum = f.import_rates(
      "prefix,destination,rate,increment,effective_date\n"
      "44,United Kingdom,0.20,60,2026-11-10\n"
      "44,United Kingdom,0.30,60,2026-11-20 00:00:00\n"
      "4477,UK Mobile,0.40,60,2026-11-20T00:00:00\n");
  CHECK(sum.effective.size() == 2);
  ScratchFile calls(DatedFixture::call("441234567801", "2026-11-09 12:00:00", "d1") +
                    DatedFixture::call("441234567802", "2026-11-19 23:59:59", "d2") +
                    DatedFixture::call("441234567803", "2026-11-20 00:00:00", "d3") +
                    DatedFixture::call("447700900004", "2026-11-09 12:00:00", "d4") +
                    DatedFixture::call("447700900005", "2026-11-15 12:00:00", "d5") +
                    DatedFixture::call("447700900006", "2026-11-20 12:00:00", "d6"));
  f.import_file(calls.path());
  CHECK(f.price_of("d1") == "0.1");
  CHECK(f.price_of("d2") == "0.2");
  CHECK(f.price_of("d3") == "0.3");
  // 4477 has no rate before the 10th: such a call costs what 44 cost then,
  // as it did before the deck added the prefix; from the 10th the deck's 44
  // row covers 4477 numbers (0.20), from the 20th its own row does.
  CHECK(f.price_of("d4") == "0.1");
  CHECK(f.price_of("d5") == "0.2");
  CHECK(f.price_of("d6") == "0.4");
  CHECK(f.rerate().changed == 0);
}

TEST_CASE("dated rates: an earlier import supersedes what was scheduled after it, and re-importing changes nothing",
          "[import][dated]") {
  DatedFixture f;
  f.import_rates("prefix,destination,rate,increment\n44,United Kingdom,0.30,60\n", "2026-12-01");
  const auto sum = f.import_rates(kUkUp, "2026-11-15");
  CHECK(sum.rates_superseded == 1);  // the December version of UK
  ScratchFile calls(DatedFixture::call("447700900001", "2026-12-05 10:00:00", "e1"));
  f.import_file(calls.path());
  CHECK(f.price_of("e1") == "0.2");
  const auto before = f.dump();
  const auto again = f.import_rates(kUkUp, "2026-11-15");
  CHECK(again.rates_updated == 0);
  CHECK(again.rates_added == 0);
  CHECK(again.rates_unchanged == 2);
  // Only the audit trail grows (no writer is set here, so nothing at all).
  CHECK(f.dump() == before);
}

TEST_CASE("dated rates: the listings show the rates in force at a moment", "[import][dated]") {
  DatedFixture f;
  f.import_rates(kUkUp, "2026-12-01");
  auto count_at = [&](std::optional<std::string> at) {
    std::optional<Seconds> t;
    if (at) t = parse_utc(*at);
    for (const auto& s : store::list_tariffs(f.db, t)) {
      if (s.name == "Dated") return s.rates;
    }
    return std::int64_t{-1};
  };
  const std::int64_t stored = test::query_int(f.db, "SELECT count(*) FROM rates r JOIN tariffs t ON t.id = "
                                                     "r.tariff_id WHERE t.name = 'Dated'");
  CHECK(stored == count_at("2026-11-28 09:30:00") + 1);  // one version ends, one begins on December 1st
  CHECK(count_at("2026-12-01 00:00:00") == count_at("2026-11-30 23:59:59"));
  CHECK(count_at(std::nullopt) == count_at("2026-12-01 00:00:00"));  // the latest versions
}

TEST_CASE("dated rates: bad dates and two prices at one moment change nothing", "[import][dated]") {
  DatedFixture f;
  const auto before = f.dump();
  auto failure = [&](std::string_view csv, std::optional<std::string> from, ExitCode code, bool replace = false) {
    try {
      f.import_rates(csv, std::move(from), "UTC", replace);
    } catch (const Error& e) {
      CHECK(e.code() == code);
      return std::string(e.what());
    }
    FAIL("the import did not fail");
    return std::string();
  };
  CHECK(failure(kUkUp, "2026-13-01", ExitCode::usage).find("--effective-from: '2026-13-01' is not a date") !=
        std::string::npos);
  CHECK(failure(kUkUp, "next monday", ExitCode::usage).find("is not a date") != std::string::npos);
  // A cell that is not a date names its line.
  std::string m = failure("prefix,destination,rate,effective_date\n44,United Kingdom,0.2,2026-11-15\n"
                          "4420,London,0.05,soon\n",
                          std::nullopt, ExitCode::action_failed);
  CHECK(m.find(":3: the effective date 'soon' is not a date") != std::string::npos);
  // The same prefix twice from the same moment with two prices.
  m = failure("prefix,destination,rate,effective_date\n44,United Kingdom,0.2,2026-11-15\n"
              "44,United Kingdom,0.3,2026-11-15 00:00:00\n",
              std::nullopt, ExitCode::action_failed);
  CHECK(m.find(":3: prefix 44 again, effective from 2026-11-15 00:00:00 as on line 2 with a different price: two "
               "rates would be in force at the same moment") != std::string::npos);
  // ... also when one of them takes its moment from --effective-from.
  m = failure("prefix,destination,rate,effective_date\n44,United Kingdom,0.2,\n44,United Kingdom,0.3,2026-11-15\n",
              "2026-11-15", ExitCode::action_failed);
  CHECK(m.find(":3: prefix 44 again, effective from 2026-11-15 00:00:00 UTC as on line 2") != std::string::npos);
  // An empty cell and no --effective-from.
  m = failure("prefix,destination,rate,effective_date\n44,United Kingdom,0.2,2026-11-15\n4420,London,0.05,\n",
              std::nullopt, ExitCode::action_failed);
  CHECK(m.find(":3: no effective date for prefix 4420") != std::string::npos);
  // --replace takes one date.
  m = failure("prefix,destination,rate,effective_date\n44,United Kingdom,0.2,2026-11-15\n4420,London,0.05,2026-11-20\n",
              std::nullopt, ExitCode::usage, true);
  CHECK(m.find("--replace takes a deck of one date") != std::string::npos);
  CHECK(f.dump() == before);
}
