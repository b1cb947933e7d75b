// kolmi admin rerate: calls priced again with the current rates, by the
// import's own rules, within a period and for one user, streaming.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "core/import/rerate.hpp"
#include "core/store/rerate_calls.hpp"
#include "core/time/datetime.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

struct RerateFixture : ImportFixture {
  std::int64_t ann = 0, bob = 0;

  // Ann (tariff 1, device 1500 with 5 s grace) and Bob (tariff 1, device
  // 1600) and four calls: Ann to the USA for 61 s, Ann to Lithuania for 10 s
  // the next day, Ann to Bob (internal), Bob to the USA for 4 s.
  RerateFixture() {
    ann = user("ann");
    bob = user("bob");
    device(ann, "SIP", "1500", "1500", "", 5);
    device(bob, "SIP", "1600", "1600");
    ScratchFile cdr(cdr_line("1500", "12125550100", "SIP/1500-1", "", "2026-11-20 10:00:00", "61", "u1") +
                 cdr_line("1500", "37052123456", "SIP/1500-2", "", "2026-11-21 10:00:00", "10", "u2") +
                 cdr_line("1500", "1600", "SIP/1500-3", "SIP/1600-4", "2026-11-21 11:00:00", "30", "u3") +
                 cdr_line("1600", "12125550100", "SIP/1600-5", "", "2026-11-22 10:00:00", "4", "u4"));
    import_file(cdr.path());
  }

  import::RerateSummary rerate(import::RerateOptions o = {}) { return import::rerate_calls(db, o, clock);
}

std::string
price_of(std::string_view uniqueid) {
  store::Statement s = db.prepare("SELECT user_price FROM calls WHERE uniqueid = ?");
  s.bind(1, uniqueid);
  REQUIRE(s.step());
  return s.is_null(0) ? "NULL" : s.decimal(0).to_string();
}
};  // namespace

}  // namespace

TEST_CASE("rerate: nothing changes while the rates are the same", "[import][rerate]") {
  RerateFixture f;
  auto sum = f.rerate();
  CHECK(sum.examined == 4);
  CHECK(sum.changed == 0);
  CHECK(sum.unrated == 0);
}

TEST_CASE("rerate: a new price reaches every outgoing call, internal calls stay free", "[import][rerate]") {
  RerateFixture f;
  // USA by the second: 61 s x 0.01 / 60 = 0.010167 (rounded to nanos: 0.010166667).
  CHECK(f.price_of("u1") == "0.010166667");
  f.exec("UPDATE aratedetails SET price = 60000000 WHERE rate_id = 1");  // USA now 0.06 per minute
  auto sum = f.rerate();
  CHECK(sum.examined == 4);
  CHECK(sum.changed == 2);
  CHECK(f.price_of("u1") == "0.061");  // 61 s x 0.06 / 60
  CHECK(f.price_of("u4") == "0.004");  // Bob has no grace time: 4 s x 0.001
  CHECK(f.price_of("u3") == "0");      // internal
  // Lithuania: 10 s -> one 60 s block x 0.12 + 0.05 fee = 0.17, unchanged.
  CHECK(f.price_of("u2") == "0.17");
}

TEST_CASE("rerate: --user, --from and --till select the calls, --dry-run writes nothing",
          "[import][rerate]") {
  RerateFixture f;
  f.exec("UPDATE aratedetails SET price = 60000000 WHERE rate_id = 1");
  import::RerateOptions dry;
  dry.dry_run = true;
  CHECK(f.rerate(dry).changed == 2);
  CHECK(f.price_of("u1") == "0.010166667");

  import::RerateOptions bob;
  bob.user = "bob";
  auto sum = f.rerate(bob);
  CHECK(sum.examined == 1);
  CHECK(sum.changed == 1);
  CHECK(f.price_of("u1") == "0.010166667");  // Ann's: not selected

  import::RerateOptions day;
  day.from = "2026-11-20";
  day.till = "2026-11-20";
  sum = f.rerate(day);
  CHECK(sum.examined == 1);
  CHECK(sum.changed == 1);
  CHECK(f.price_of("u1") == "0.061");

  // --till alone is that one day, as on every command: the 21st's two
  // calls, not the 20th's too.
  import::RerateOptions till_alone;
  till_alone.till = "2026-11-21";
  CHECK(f.rerate(till_alone).examined == 2);

  // In Vilnius (UTC+2) the 21st starts at 22:00 UTC on the 20th: Ann's 10:00 call on the 20th is before it.
  import::RerateOptions zoned;
  zoned.from = "2026-11-21";
  zoned.time_zone = "Europe/Vilnius";
  CHECK(f.rerate(zoned).examined == 3);
}

TEST_CASE("rerate: a tariff removed leaves outgoing calls unrated", "[import][rerate]") {
  RerateFixture f;
  f.exec("UPDATE users SET tariff_id = NULL WHERE username = 'ann'");
  auto sum = f.rerate();
  CHECK(sum.unrated == 2);
  CHECK(sum.changed == 2);
  CHECK(f.price_of("u1") == "NULL");
  CHECK(f.price_of("u3") == "0");  // internal calls need no tariff
}

TEST_CASE("rerate: bad options are refused before anything changes", "[import][rerate]") {
  RerateFixture f;
  import::RerateOptions o;
  o.user = "nobody";
  CHECK_THROWS_WITH(f.rerate(o), "--user: no user 'nobody'");
  o = {};
  o.from = "2026-13-01";
  CHECK_THROWS_WITH(f.rerate(o), Catch::Contains("--from: '2026-13-01' is not a time"));
  o = {};
  o.from = "2026-11-22";
  o.till = "2026-11-21";
  CHECK_THROWS_AS(f.rerate(o), Error);
  o = {};
  o.time_zone = "Mars/Olympus";
  CHECK_THROWS_WITH(f.rerate(o), "--tz: unknown time zone 'Mars/Olympus'");
}

TEST_CASE("rerate: thousands of calls, most in the same second, each priced exactly once", "[import][rerate]") {
  // On MariaDB rerate reads in pages of store::kRerateChunk calls that start
  // where the last one ended (store/rerate_calls.hpp): ties in start time
  // and billsec across a page's end must neither repeat nor skip a call.
  RerateFixture f;
  const std::int64_t copies = 2 * store::kRerateChunk - 4;  // with the 4 calls: exactly two full pages
  f.exec(fmt::format(
      "INSERT INTO calls (calldate, user_id, src_device_id, src, dst, billsec, duration, disposition, uniqueid) "
      // 0..99 twice over: a server allows 1000 recursions (max_recursive_iterations).
      "WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 99) "
      "SELECT '2026-11-20 10:00:0' || ((a.n * 100 + b.n) % 3), c.user_id, c.src_device_id, c.src, c.dst, "
      "c.billsec, c.duration, c.disposition, 'copy-' || (a.n * 100 + b.n) FROM d a, d b, calls c "
      "WHERE c.uniqueid = 'u1' AND a.n * 100 + b.n < {}",
      copies));
  auto sum = f.rerate();
  CHECK(sum.examined == copies + 4);
  CHECK(sum.changed == copies);  // the copies had no price; the four kept theirs
  CHECK(test::query_int(f.db, "SELECT count(*) FROM calls WHERE user_price IS NULL") == 0);

  f.exec("UPDATE aratedetails SET price = 60000000 WHERE rate_id = 1");
  import::RerateOptions ann;
  ann.user = "ann";
  sum = f.rerate(ann);
  CHECK(sum.examined == copies + 3);  // a short last page
  CHECK(sum.changed == copies + 1);   // every call to the USA
  CHECK(test::query_int(f.db, "SELECT count(*) FROM calls WHERE user_price = 61000000") == copies + 1);
}
