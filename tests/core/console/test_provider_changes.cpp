// kolmi admin provider add|set: providers, their buy tariffs and peers, and
// every refusal changing nothing (a peer two providers claim, an unknown
// tariff, a sell tariff as a provider's, ...); the list.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "core/console/provider_changes.hpp"
#include "core/console/provider_listing.hpp"
#include "core/console/user_update.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "core/store/providers.hpp"
#include "tests/support/exit_code_of.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using kolmi::test::code_of;

namespace {

struct Fixture : test::TestDatabase {
  Fixture() {
    add_currency({.id = 1, .name = "USD", .rate = "1"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    db.exec(
        "INSERT INTO tariffs (id, name, purpose, currency) VALUES (1, 'Retail', 'user', 'USD'), "
        "(2, 'Carrier buy', 'provider', 'USD'), (3, 'Wholesale buy', 'provider', 'EUR')");
    add_user({.id = 1, .login = "ann"});
    console::add_provider(db, {.name = "Carrier", .tariff = "Carrier buy", .peers = {"carrier", "SIP/carrier2"}});
  }
  std::vector<std::string> dump() { return test::dump_tables(db, {"providers", "provider_peers", "actions"}); }
};

}  // namespace

TEST_CASE("provider: add writes the provider, its peers and the tariff's currency", "[console][provider]") {
  Fixture f;
  const console::ProviderChange c =
      console::add_provider(f.db, {.name = "Wholesale", .tariff = "Wholesale buy", .tech = "PJSIP",
                                   .peers = {"wholesale", "sofia/gateway/wholesale", "wholesale"}});
  CHECK(c.provider.name == "Wholesale");
  CHECK(c.provider.tech == "PJSIP");
  CHECK(c.provider.currency == "EUR");
  CHECK(c.provider.tariff_name == "Wholesale buy");
  CHECK(c.provider.peers == std::vector<std::string>{"sofia/gateway/wholesale", "wholesale"});
  CHECK(c.message == "provider 'Wholesale' added, buying by tariff 'Wholesale buy' with peers "
                     "sofia/gateway/wholesale,wholesale");
  const auto all = store::list_providers(f.db);
  REQUIRE(all.size() == 2);
  CHECK(all[0].name == "Carrier");
  CHECK(all[0].peers == std::vector<std::string>{"SIP/carrier2", "carrier"});
}

TEST_CASE("provider: set changes name, tariff and peers, add and remove or replace", "[console][provider]") {
  Fixture f;
  auto c = console::set_provider(f.db, {.name = "Carrier", .add_peers = {"carrier3"}, .remove_peers = {"carrier"}});
  CHECK(c.provider.peers == std::vector<std::string>{"SIP/carrier2", "carrier3"});
  CHECK(c.message == "provider 'Carrier': peers SIP/carrier2,carrier -> peers SIP/carrier2,carrier3");
  c = console::set_provider(f.db, {.name = "Carrier", .new_name = "Carrier One", .tariff = "Wholesale buy",
                                   .peers = std::vector<std::string>{"c1"}});
  CHECK(c.provider.name == "Carrier One");
  CHECK(c.provider.currency == "EUR");
  CHECK(c.provider.peers == std::vector<std::string>{"c1"});
  CHECK(test::query_int(f.db, "SELECT COUNT(*) FROM provider_peers") == 1);
}

TEST_CASE("provider: bad input is refused and changes nothing", "[console][provider]") {
  Fixture f;
  console::add_provider(f.db, {.name = "Other", .tariff = "Carrier buy", .peers = {"other"}});
  const auto before = f.dump();
  std::string m;
  // A peer claimed by another provider: exit 2 naming it and its owner.
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "New", .tariff = "Carrier buy", .peers = {"x", "carrier"}}); },
                  &m) == ExitCode::usage);
  CHECK(m == "--peer: peer 'carrier' already belongs to provider 'Carrier'; a peer names one provider");
  CHECK(code_of([&] { console::set_provider(f.db, {.name = "Other", .add_peers = {"SIP/carrier2"}}); }, &m) ==
        ExitCode::usage);
  CHECK(m == "--peer: peer 'SIP/carrier2' already belongs to provider 'Carrier'; a peer names one provider");
  // Unknown tariff; a sell tariff given to a provider.
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "New", .tariff = "Nope"}); }, &m) == ExitCode::usage);
  CHECK(m == "--tariff: no tariff named 'Nope'");
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "New", .tariff = "Retail"}); }, &m) == ExitCode::usage);
  CHECK(m.starts_with("--tariff: 'Retail' is a user tariff; a provider needs a provider tariff"));
  CHECK(code_of([&] { console::set_provider(f.db, {.name = "Other", .tariff = "Retail", .add_peers = {"y"}}); }) ==
        ExitCode::usage);
  // Names and peers.
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "Carrier", .tariff = "Carrier buy"}); }, &m) ==
        ExitCode::action_failed);
  CHECK(m == "a provider named 'Carrier' already exists");
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "", .tariff = "Carrier buy"}); }) == ExitCode::usage);
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "N", .tariff = "Carrier buy", .peers = {"a b"}}); }) ==
        ExitCode::usage);
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "N", .tariff = "Carrier buy", .peers = {"a,b"}}); }) ==
        ExitCode::usage);
  CHECK(code_of([&] { console::add_provider(f.db, {.name = "N", .tariff = "Carrier buy", .tech = ""}); }) ==
        ExitCode::usage);
  CHECK(code_of([&] { console::set_provider(f.db, {.name = "Nope", .tech = "SIP"}); }) == ExitCode::not_found);
  CHECK(code_of([&] { console::set_provider(f.db, {.name = "Other"}); }) == ExitCode::usage);
  CHECK(code_of([&] { console::set_provider(f.db, {.name = "Other", .remove_peers = {"absent"}}); }) ==
        ExitCode::usage);
  CHECK(code_of([&] { console::set_provider(f.db, {.name = "Other", .new_name = "Carrier"}); }) ==
        ExitCode::action_failed);
  CHECK(f.dump() == before);
}

TEST_CASE("provider: a user cannot be given a provider tariff", "[console][provider]") {
  Fixture f;
  const auto before = test::dump_tables(f.db, {"users"});
  console::UserSettings s;
  s.tariff = "Carrier buy";
  std::string m;
  CHECK(code_of([&] { console::set_user_account(f.db, "ann", s); }, &m) == ExitCode::usage);
  CHECK(m == "--tariff: 'Carrier buy' is a provider tariff; a user needs a user tariff");
  CHECK(test::dump_tables(f.db, {"users"}) == before);
}

TEST_CASE("provider: the list in every format", "[console][provider]") {
  Fixture f;
  std::string out;
  console::write_provider_list(*output::make_tree_writer(output::Format::tsv, [&](std::string_view c) { out += c; }),
                               store::list_providers(f.db));
  CHECK(out == "id\tname\ttech\ttariff\tcurrency\tpeers\n1\tCarrier\tSIP\tCarrier buy\tUSD\tSIP/carrier2,carrier\n");
}
