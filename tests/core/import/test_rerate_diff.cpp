// kolmi admin rerate --diff: each call whose price changes, with old and
// new price, and the totals per user and overall; the observer of
// rerate_calls feeding RerateDiff.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/import/rerate.hpp"
#include "core/import/rerate_diff.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

// Ann (device 1500) calls the USA for 61 s and Lithuania for 10 s; Bob
// (1600) calls the USA for 4 s and Ann (internal, free).
struct DiffFixture : ImportFixture {
  DiffFixture() {
    const std::int64_t ann = user("ann");
    const std::int64_t bob = user("bob");
    device(ann, "SIP", "1500", "1500");
    device(bob, "SIP", "1600", "1600");
    ScratchFile cdr(cdr_line("1500", "12125550100", "SIP/1500-1", "", "2026-11-20 10:00:00", "61", "u1") +
                    cdr_line("1500", "37052123456", "SIP/1500-2", "", "2026-11-21 10:00:00", "10", "u2") +
                    cdr_line("1600", "12125550100", "SIP/1600-3", "", "2026-11-22 10:00:00", "4", "u3") +
                    cdr_line("1600", "1500", "SIP/1600-4", "SIP/1500-5", "2026-11-22 11:00:00", "30", "u4"));
    import_file(cdr.path());
  }

  // Runs the rerate with --diff and returns the report in `format`.
  std::string diff(output::Format format, bool dry_run = true) {
    import::RerateOptions o;
    o.dry_run = dry_run;
    import::RerateDiff d;
    const auto sum = import::rerate_calls(db, o, clock, [&](const import::PriceChange& c) { d.add(c); });
    std::string out;
    d.write(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }), db, sum, o.dry_run, "USD");
    return out;
  }
};

}  // namespace

TEST_CASE("rerate --diff: nothing listed while the rates are the same", "[import][rerate]") {
  DiffFixture f;
  CHECK(f.diff(output::Format::tsv) ==
        "call_id\tcalldate\tuser_id\tuser\tdst\told_price\tnew_price\tdifference\tcurrency\n");
  const std::string xml = f.diff(output::Format::xml);
  CHECK(xml.find("<examined>4</examined>") != std::string::npos);
  CHECK(xml.find("<calls>\n  </calls>") != std::string::npos);
  CHECK(xml.find("<total>\n    <calls>0</calls>\n    <old_price>0</old_price>") != std::string::npos);
}

TEST_CASE("rerate --diff: each changed call with old and new price, totals per user", "[import][rerate]") {
  DiffFixture f;
  f.exec("UPDATE aratedetails SET price = 60000000 WHERE rate_id = 1");  // USA 0.01 -> 0.06 per minute
  // Ann's USA call: 61 s x 0.01 / 60 -> x 0.06 / 60; Bob's: 4 s.
  CHECK(f.diff(output::Format::csv) ==
        "call_id,calldate,user_id,user,dst,old_price,new_price,difference,currency\r\n"
        "1,2026-11-20 10:00:00,1,ann,12125550100,0.010166667,0.061,0.050833333,USD\r\n"
        "3,2026-11-22 10:00:00,2,bob,12125550100,0.000666667,0.004,0.003333333,USD\r\n");
  const std::string json = f.diff(output::Format::json);
  CHECK(json.find("\"changed\":2") != std::string::npos);
  CHECK(json.find("{\"user_id\":1,\"user\":\"ann\",\"calls\":1,\"old_price\":\"0.010166667\",\"new_price\":\"0.061\","
                  "\"difference\":\"0.050833333\",\"currency\":\"USD\"}") != std::string::npos);
  CHECK(json.find("\"total\":{\n  \"calls\":2,\n  \"old_price\":\"0.010833334\",\n  \"new_price\":\"0.065\",\n"
                  "  \"difference\":\"0.054166666\"") != std::string::npos);
  // A dry run: the next one sees the same changes.
  CHECK(f.diff(output::Format::tsv).find("\n3\t") != std::string::npos);
  // For real: then nothing is left to change.
  f.diff(output::Format::tsv, false);
  CHECK(f.diff(output::Format::tsv).find("\n1\t") == std::string::npos);
}

TEST_CASE("rerate --diff: a call left unrated has no new price and counts as 0", "[import][rerate]") {
  DiffFixture f;
  f.exec("UPDATE users SET tariff_id = NULL WHERE username = 'bob'");
  const std::string tsv = f.diff(output::Format::tsv);
  CHECK(tsv.find("3\t2026-11-22 10:00:00\t2\tbob\t12125550100\t0.000666667\t\t-0.000666667\tUSD\n") !=
        std::string::npos);
  CHECK(f.diff(output::Format::json).find("\"new_price\":null") != std::string::npos);
}
