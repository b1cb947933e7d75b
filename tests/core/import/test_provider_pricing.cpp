// The buy side of every call (issue 15): the provider found from the
// destination channel, priced by its tariff with the same engine, at CDR
// import and at rerate; the calls without a buy price. Prices below are
// worked out by hand from the decks.
#include <catch2/catch.hpp>

#include <string>

#include "core/console/provider_changes.hpp"
#include "core/import/deck_import.hpp"
#include "core/import/provider_matcher.hpp"
#include "core/import/rerate.hpp"
#include "core/store/admin_call_list.hpp"
#include "tests/core/import/import_fixture.hpp"

using namespace kolmi;
using kolmi::test::cdr_line;
using kolmi::test::ImportFixture;
using kolmi::test::ScratchFile;

namespace {

// The sell side is ImportFixture's Retail: 370 at 0.12 per minute in 60 s
// blocks with a 0.05 connection fee (60/60, a fee); 1 at 0.01 by the
// second. The buy deck: 370 at 0.06 per minute, minimal time 30 s, 6 s
// increments, no fee (30/6); no rate for 1.
constexpr std::string_view kBuyDeck =
    "prefix,destination,rate,connection_fee,min_time,increment\n370,Lithuania,0.06,0,30,6\n";

struct BuyFixture : ImportFixture {
  std::int64_t ann = 0;
  import::CdrImportSummary imported;

  BuyFixture() {
    ann = user("ann");
    device(ann, "SIP", "1500", "1500");
    device(user("bob"), "SIP", "1600", "1600");
    import_deck(kBuyDeck);
    console::add_provider(db, {.name = "Carrier", .tariff = "Carrier buy", .peers = {"carrier"}});
    ScratchFile cdr(cdr_line("1500", "37052123456", "SIP/1500-1", "SIP/carrier-0000001a", "2026-11-20 10:00:00", "10", "u1") +
                    cdr_line("1500", "37052123456", "SIP/1500-2", "SIP/carrier-0000001b", "2026-11-20 11:00:00", "61", "u2") +
                    cdr_line("1500", "12125550100", "SIP/1500-3", "SIP/carrier-0000001c", "2026-11-20 12:00:00", "61", "u3") +
                    cdr_line("1500", "37052123456", "SIP/1500-4", "SIP/other-0000001d", "2026-11-20 13:00:00", "10", "u4") +
                    cdr_line("1500", "1600", "SIP/1500-5", "SIP/1600-0000001e", "2026-11-20 14:00:00", "30", "u5"));
    imported = import_file(cdr.path());
  }

  void import_deck(std::string_view deck, std::string_view tariff = "Carrier buy") {
    ScratchFile f(deck);
    import::RateImportOptions o;
    o.path = f.path();
    o.tariff = std::string(tariff);
    o.purpose = "provider";
    import::import_rates_file(db, o);
  }

  // "price rate billsec provider" of call `uniqueid`, both sides, NULL as "-".
  std::string column(std::string_view uniqueid, std::string_view expr) {
    return test::query_text(db, "SELECT COALESCE(" + std::string(expr) + ", '-') FROM calls WHERE uniqueid = '" +
                                    std::string(uniqueid) + "'");
  }
  std::string sell(std::string_view u) { return column(u, "CAST(user_price AS CHAR)"); }
  std::string buy(std::string_view u) {
    return column(u, "CAST(provider_price AS CHAR)") + " " + column(u, "CAST(provider_rate AS CHAR)") + " " +
           column(u, "CAST(provider_billsec AS CHAR)") + " " + column(u, "CAST(provider_id AS CHAR)");
  }
};

}  // namespace

TEST_CASE("provider pricing: a 30/6 buy deck against a 60/60 sell deck with a fee", "[import][provider]") {
  BuyFixture f;
  // 10 s to 370: sold as one 60 s block, 0.12 + 0.05 fee = 0.17; bought as
  // the 30 s minimum, 30 x 0.06 / 60 = 0.03, no fee.
  CHECK(f.sell("u1") == "170000000");
  CHECK(f.buy("u1") == "30000000 60000000 30 1");
  // 61 s: sold as two blocks, 0.24 + 0.05 = 0.29; bought as 66 s (6 s
  // increments), 66 x 0.06 / 60 = 0.066.
  CHECK(f.sell("u2") == "290000000");
  CHECK(f.buy("u2") == "66000000 60000000 66 1");
  // To 1: the carrier's tariff has no rate: the provider, but no buy price.
  CHECK(f.sell("u3") == "10166667");
  CHECK(f.buy("u3") == "- - - 1");
  // Through a trunk no provider claims: no provider.
  CHECK(f.sell("u4") == "170000000");
  CHECK(f.buy("u4") == "- - - -");
  // Internal: never left the system.
  CHECK(f.buy("u5") == "- - - -");
  CHECK(f.imported.no_provider == 2);
  CHECK(f.imported.unrated == 0);
}

TEST_CASE("provider pricing: admin calls --no-provider lists exactly the outgoing calls without a buy price",
          "[import][provider]") {
  BuyFixture f;
  store::AdminCallFilter filter;
  filter.no_provider = true;
  store::AdminCallCursor calls = store::AdminCallCursor::open(f.db, filter);
  std::vector<std::string> listed;
  while (calls.next()) {
    listed.push_back(std::string(calls.row().src) + ">" + std::string(calls.row().dst) + " " +
                     std::string(calls.row().provider));
  }
  CHECK(listed == std::vector<std::string>{"1500>12125550100 Carrier", "1500>37052123456 "});
}

TEST_CASE("provider pricing: rerate prices both sides again", "[import][provider][rerate]") {
  BuyFixture f;
  // A new buy price: 0.09 per minute.
  f.import_deck("prefix,destination,rate,connection_fee,min_time,increment\n370,Lithuania,0.09,0,30,6\n");
  import::RerateSummary sum = import::rerate_calls(f.db, {}, f.clock);
  CHECK(sum.examined == 5);
  CHECK(sum.changed == 2);
  CHECK(sum.no_provider == 2);
  CHECK(f.buy("u1") == "45000000 90000000 30 1");  // 30 x 0.09 / 60
  CHECK(f.buy("u2") == "99000000 90000000 66 1");  // 66 x 0.09 / 60
  CHECK(f.sell("u1") == "170000000");              // the sell side stays

  // The other trunk becomes a provider's: its old call gets a buy price.
  console::add_provider(f.db, {.name = "Other", .tariff = "Carrier buy", .peers = {"SIP/other"}});
  sum = import::rerate_calls(f.db, {}, f.clock);
  CHECK(sum.changed == 1);
  CHECK(sum.no_provider == 1);
  CHECK(f.buy("u4") == "45000000 90000000 30 2");
}

TEST_CASE("provider pricing: the channel styles of the real CDR files and FreeSWITCH gateways",
          "[import][provider]") {
  using Keys = std::vector<std::string_view>;
  auto keys = [](std::string_view channel) {
    const import::PeerKeys k = import::provider_peer_keys(channel);
    return Keys(k.begin(), k.end());
  };
  // asterisk-18col-simularent.csv: a SIP trunk, Google Voice (Motif) and an IAX2 peer by address.
  CHECK(keys("SIP/sipus1-00000003") == Keys{"SIP/sipus1", "sipus1"});
  CHECK(keys("Motif/12489398620@voice.google.com-753b") ==
        Keys{"Motif/12489398620", "12489398620", "voice.google.com"});
  CHECK(keys("IAX2/216.207.245.8:4569-2739") ==
        Keys{"IAX2/216.207.245.8:4569", "216.207.245.8:4569", "216.207.245.8"});
  // asterisk-21col-newcdrcolumns-mineevburyat.csv: a SIP trunk to another PBX; Local channels name nothing.
  CHECK(keys("SIP/stadionpbx-0000001f") == Keys{"SIP/stadionpbx", "stadionpbx"});
  CHECK(keys("Local/ch1@TimeDelay-00000000;1").empty());
  // asterisk-18col-bugadm.csv: SIP peers by host and port.
  CHECK(keys("SIP/172.19.45.122:5020-00000009") ==
        Keys{"SIP/172.19.45.122:5020", "172.19.45.122:5020", "172.19.45.122"});
  // asterisk-cdr_custom-19col-kelysaina.csv: PJSIP.
  CHECK(keys("PJSIP/client2-00000003") == Keys{"PJSIP/client2", "client2"});
  // DAHDI: the span or channel is the trunk.
  CHECK(keys("DAHDI/i1/5551234-2") == Keys{"DAHDI/i1", "i1"});
  CHECK(keys("DAHDI/1-1") == Keys{"DAHDI/1", "1"});
  // FreeSWITCH: the gateway's name, or the host of a profile's call.
  CHECK(keys("sofia/gateway/carrier/15551234567") == Keys{"sofia/gateway/carrier", "carrier"});
  CHECK(keys("sofia/external/15551234567@gw.example.net:5080") == Keys{"gw.example.net:5080", "gw.example.net"});
  CHECK(keys("").empty());
  CHECK(keys("sipus1").empty());
}

TEST_CASE("provider pricing: providers found in the real CDR files", "[import][provider]") {
  kolmi::test::RealFilesFixture f;
  ScratchFile deck("prefix,destination,rate\n1,USA,0.006\n");
  import::RateImportOptions o;
  o.path = deck.path();
  o.tariff = "Trunks";
  o.purpose = "provider";
  import::import_rates_file(f.db, o);
  console::add_provider(f.db, {.name = "sipus", .tariff = "Trunks", .peers = {"sipus1"}});
  console::add_provider(f.db, {.name = "Google", .tariff = "Trunks", .peers = {"voice.google.com"}});
  console::add_provider(f.db, {.name = "IAX", .tariff = "Trunks", .peers = {"216.207.245.8"}});
  console::add_provider(f.db, {.name = "stadion", .tariff = "Trunks", .peers = {"SIP/stadionpbx"}});
  f.import_file(kolmi::test::cdr_data("asterisk-18col-simularent.csv"));
  f.import_file(kolmi::test::cdr_data("asterisk-21col-newcdrcolumns-mineevburyat.csv"));
  auto by = [&](std::string_view provider, std::string_view channel_like) {
    return f.count("provider_id = (SELECT id FROM providers WHERE name = '" + std::string(provider) +
                   "') AND dstchannel LIKE '" + std::string(channel_like) + "'");
  };
  // Every call through each trunk (counted in the files with a short script):
  // none of these channels is one of our devices.
  CHECK(by("sipus", "SIP/sipus1-%") == 121);
  CHECK(by("Google", "Motif/%@voice.google.com-%") == 11);
  CHECK(by("IAX", "IAX2/216.207.245.8:4569-%") == 1);
  CHECK(by("stadion", "SIP/stadionpbx-%") == 31);
  CHECK(f.count("provider_id IS NOT NULL") == 121 + 11 + 1 + 31);
  // Each priced where the number is under prefix 1 (the file's US numbers).
  CHECK(f.count("provider_id IS NOT NULL AND provider_price IS NULL AND dst LIKE '1%'") == 0);
}
