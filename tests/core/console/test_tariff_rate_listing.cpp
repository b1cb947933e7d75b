// kolmi admin tariff show's view: rates nested with their details in the
// tree formats, one row per detail in the row formats.
#include <catch2/catch.hpp>

#include <string>

#include "core/console/tariff_rate_listing.hpp"
#include "core/error.hpp"
#include "core/output/tree_writers.hpp"
#include "tests/core/store/tariff_rates_fixture.hpp"

using namespace kolmi;

namespace {

std::string show(store::Database& db, std::string_view name, const store::TariffRateFilter& filter,
                 output::Format format) {
  std::string out;
  console::TariffShow s = console::load_tariff_show(db, name, filter);
  console::write_tariff_rates(*output::make_tree_writer(format, [&](std::string_view c) { out += c; }), s.tariff,
                              s.rates, console::tariff_shape(format));
  return out;
}

}  // namespace

TEST_CASE("tariff show: one row per rate detail, the rate repeated, prices in the tariff's currency",
          "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  CHECK(show(db.db, "Retail", {.group_id = 1}, output::Format::csv) ==
        "rate_id,kind,destination_id,prefix,destination,group_id,group,group_type,min_time,detail_id,artype,from,"
        "duration,round,price,price_currency,start_time,end_time,daytype\r\n"
        "100,group,,,,1,United Kingdom,FIX,0,1000,event,1,0,1,0.01,EUR,00:00:00,23:59:59,\r\n"
        "100,group,,,,1,United Kingdom,FIX,0,1001,minute,1,-1,1,0.02,EUR,08:00:00,17:59:59,WD\r\n"
        "100,group,,,,1,United Kingdom,FIX,0,1002,minute,1,-1,1,0.015,EUR,00:00:00,23:59:59,\r\n"
        "102,destination,11,4420,UK London,1,United Kingdom,FIX,60,1020,minute,1,-1,60,0.03,EUR,00:00:00,"
        "23:59:59,\r\n");
  // A rate without details still has its row (the tariff's currency, no price).
  CHECK(show(db.db, "Retail", {.group_id = 3}, output::Format::tsv) ==
        "rate_id\tkind\tdestination_id\tprefix\tdestination\tgroup_id\tgroup\tgroup_type\tmin_time\tdetail_id\t"
        "artype\tfrom\tduration\tround\tprice\tprice_currency\tstart_time\tend_time\tdaytype\n"
        "103\tgroup\t\t\t\t3\tLithuania\tFIX\t0\t\t\t\t\t\t\tEUR\t\t\t\n");
}

TEST_CASE("tariff show: the tree nests each rate's details", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  const std::string xml = show(db.db, "Retail", {.prefix = "447"}, output::Format::xml);
  CHECK(xml.find("<tariff>\n  <id>1</id>\n  <name>Retail</name>\n  <purpose>user</purpose>\n"
                 "  <currency>EUR</currency>\n  <rates>\n    <rate>\n      <rate_id>101</rate_id>\n"
                 "      <kind>group</kind>\n      <destination_id></destination_id>\n") != std::string::npos);
  CHECK(xml.find("<details>\n        <detail>\n          <detail_id>1010</detail_id>\n") != std::string::npos);
  CHECK(xml.find("<price>0.2</price>") != std::string::npos);

  const std::string json = show(db.db, "Retail", {.group_id = 3}, output::Format::json);
  CHECK(json.find("\"details\":{\"detail\":[]}") != std::string::npos);
  CHECK(json.find("\"destination_id\":null") != std::string::npos);

  // Every rate once, with all its details.
  const std::string all = show(db.db, "Retail", {}, output::Format::xml);
  std::size_t rates = 0, details = 0;
  for (std::size_t at = all.find("<rate>"); at != std::string::npos; at = all.find("<rate>", at + 1)) ++rates;
  for (std::size_t at = all.find("<detail>"); at != std::string::npos; at = all.find("<detail>", at + 1)) ++details;
  CHECK(rates == 5);
  CHECK(details == 6);
}

TEST_CASE("tariff show: an unknown tariff or group is not found, by name", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  CHECK_THROWS_WITH(console::load_tariff_show(db.db, "Nope", {}), "no tariff 'Nope'");
  CHECK_THROWS_WITH(console::load_tariff_show(db.db, "Retail", {.group_id = 4}),
                    "--group: no destination group 4");
  try {
    console::load_tariff_show(db.db, "Nope", {});
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::not_found);
  }
}
