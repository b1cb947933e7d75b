// The rates of one tariff as kolmi admin tariff show reads them: which
// rates each filter keeps, in which order, with every detail.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/store/tariff_rate_list.hpp"
#include "tests/core/store/tariff_rates_fixture.hpp"

using namespace kolmi;

namespace {

// "rate/detail" per row ("rate/-" for a rate without details).
std::vector<std::string> read(store::Database& db, std::int64_t tariff, const store::TariffRateFilter& filter) {
  std::vector<std::string> out;
  auto cursor = store::TariffRateCursor::open(db, tariff, filter);
  while (cursor.next()) {
    const auto& r = cursor.row();
    out.push_back(fmt::format("{}/{}", r.rate_id, r.detail_id ? std::to_string(*r.detail_id) : "-"));
    // On MariaDB each part of the list streams: the connection is its own.
    CHECK(test::connection_busy(db) == test::streams(db));
  }
  CHECK_FALSE(test::connection_busy(db));
  CHECK_FALSE(cursor.next());
  return out;
}

std::vector<std::string> rows(std::initializer_list<const char*> items) { return {items.begin(), items.end()}; }

}  // namespace

TEST_CASE("tariff rates: groups by name, then destinations by prefix, details in engine order", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  CHECK(read(db.db, 1, {}) ==
        rows({"103/-", "100/1000", "100/1001", "100/1002", "101/1010", "102/1020", "104/1040"}));
  CHECK(read(db.db, 2, {}) == rows({"200/2000"}));
  CHECK(read(db.db, 99, {}).empty());
}

TEST_CASE("tariff rates: a row carries its rate, destination or group, and detail", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  auto cursor = store::TariffRateCursor::open(db.db, 1, {.prefix = "4420"});
  REQUIRE(cursor.next());
  const store::TariffRateRow& r = cursor.row();
  CHECK(r.rate_id == 102);
  CHECK_FALSE(r.group_rate);
  CHECK(r.destination_id == 11);
  CHECK(r.prefix == "4420");
  CHECK(r.destination == "UK London");
  CHECK(r.group_id == 1);
  CHECK(r.group == "United Kingdom");
  CHECK(r.group_type == "FIX");
  CHECK(r.min_time == 60);
  CHECK(r.detail_id == 1020);
  CHECK(r.artype == "minute");
  CHECK(r.round == 60);
  CHECK(r.price.to_string() == "0.03");
  CHECK(r.daytype.empty());
  CHECK_FALSE(cursor.next());

  auto group = store::TariffRateCursor::open(db.db, 1, {.group_id = 1});
  REQUIRE(group.next());
  CHECK(group.row().group_rate);
  CHECK_FALSE(group.row().destination_id);
  CHECK(group.row().prefix.empty());
  CHECK(group.row().artype == "event");
  REQUIRE(group.next());
  CHECK(group.row().start_time == "08:00:00");
  CHECK(group.row().end_time == "17:59:59");
  CHECK(group.row().daytype == "WD");
}

TEST_CASE("tariff rates --prefix: the rates that price numbers starting with it", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  // 4420 has its own rate and covers every number starting with 4420.
  CHECK(read(db.db, 1, {.prefix = "4420"}) == rows({"102/1020"}));
  // 442: 4420 (own rate), 4421 (the group rate), and the rest of 442 falls
  // to 44 (the group rate too).
  CHECK(read(db.db, 1, {.prefix = "442"}) == rows({"100/1000", "100/1001", "100/1002", "102/1020"}));
  // No destination under 4425: 44 prices it, by its group's rate.
  CHECK(read(db.db, 1, {.prefix = "4425"}) == rows({"100/1000", "100/1001", "100/1002"}));
  // 447 has no rate of its own (the MOB group's), 4479 has.
  CHECK(read(db.db, 1, {.prefix = "447"}) == rows({"101/1010", "104/1040"}));
  // 4479 alone: its own rate; the group rate prices none of it.
  CHECK(read(db.db, 1, {.prefix = "44791"}) == rows({"104/1040"}));
  CHECK(read(db.db, 1, {.prefix = "4"}) ==
        rows({"100/1000", "100/1001", "100/1002", "101/1010", "102/1020", "104/1040"}));
  CHECK(read(db.db, 1, {.prefix = "9"}).empty());
  CHECK(read(db.db, 2, {.prefix = "4420"}) == rows({"200/2000"}));
}

TEST_CASE("tariff rates --group: the group's rate and its destinations' own rates", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  CHECK(read(db.db, 1, {.group_id = 1}) == rows({"100/1000", "100/1001", "100/1002", "102/1020"}));
  CHECK(read(db.db, 1, {.group_id = 2}) == rows({"101/1010", "104/1040"}));
  CHECK(read(db.db, 1, {.group_id = 3}) == rows({"103/-"}));
  CHECK(read(db.db, 2, {.group_id = 2}).empty());
}

TEST_CASE("tariff rates: a row naming a destination and a group is the destination's, listed last", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  db.db.exec("INSERT INTO rates (id, tariff_id, destination_id, destinationgroup_id) VALUES (105, 1, 14, 3)");
  CHECK(read(db.db, 1, {}).back() == "105/-");
  CHECK(read(db.db, 1, {.prefix = "370"}) == rows({"105/-"}));
  CHECK(read(db.db, 1, {.group_id = 3}) == rows({"103/-", "105/-"}));
}

TEST_CASE("tariff and group look-ups", "[console]") {
  test::TestDatabase db;
  test::add_tariff_rates(db.db);
  auto t = store::find_tariff(db.db, "Retail");
  REQUIRE(t);
  CHECK(t->id == 1);
  CHECK(t->currency == "EUR");
  CHECK(t->purpose == "user");
  CHECK_FALSE(store::find_tariff(db.db, "retail"));
  CHECK(store::destination_group_name(db.db, 3) == "Lithuania");
  CHECK_FALSE(store::destination_group_name(db.db, 4));
}
