// Country look-ups for the personal details (store/addresses): ASCII letter
// case is ignored, and only ASCII letter case, on both back-ends: SQLite's
// upper() and NOCASE fold ASCII only, MariaDB's UPPER and LOWER fold every
// letter ('ı' is 'I' there, 'Å' is 'å').
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/store/addresses.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "tests/support/server_database.hpp"

using namespace kolmi;

namespace {

void check_country_lookups(store::Database& db) {
  store::Statement add = db.prepare("INSERT INTO directions (name, code) VALUES (?, ?)");
  std::vector<std::int64_t> ids;
  for (const auto& [name, code] : std::vector<std::pair<std::string, std::string>>{{"Italy", "ITA"},
                                                                                   {"Åland Islands", "ALA"},
                                                                                   {"Côte d'Ivoire", "CIV"},
                                                                                   {"Georgia", "GEO"},
                                                                                   {"GEORGIA", "GEX"},
                                                                                   {"georgia", "GEY"}}) {
    add.bind_all(name, code).run();
    ids.push_back(db.last_insert_rowid());
  }
  const std::int64_t ita = ids[0], ala = ids[1], civ = ids[2], geo = ids[3], gex = ids[4];

  CHECK(store::direction_id_by_code(db, "ITA") == ita);
  CHECK(store::direction_id_by_code(db, "ita") == ita);
  CHECK(store::direction_id_by_code(db, "iTa") == ita);
  CHECK(store::direction_id_by_code(db, "ıta") == std::nullopt);  // dotless i
  CHECK(store::direction_id_by_code(db, "IT") == std::nullopt);

  using Ids = std::vector<std::int64_t>;
  CHECK(store::direction_ids_by_name(db, "italy") == Ids{ita});
  CHECK(store::direction_ids_by_name(db, "ITALY") == Ids{ita});
  CHECK(store::direction_ids_by_name(db, "ıtaly") == Ids{});
  CHECK(store::direction_ids_by_name(db, "Åland ISLANDS") == Ids{ala});
  CHECK(store::direction_ids_by_name(db, "åland islands") == Ids{});
  CHECK(store::direction_ids_by_name(db, "CôTE D'IVOIRE") == Ids{civ});
  CHECK(store::direction_ids_by_name(db, "CÔTE D'IVOIRE") == Ids{});
  CHECK(store::direction_ids_by_name(db, "Italy ") == Ids{});
  // Three names alike: the first two, in id order.
  CHECK(store::direction_ids_by_name(db, "gEORGIA") == Ids{geo, gex});
}

}  // namespace

TEST_CASE("addresses: countries by code and name ignore ASCII letter case only", "[store]") {
  store::Database db = store::Database::open_memory();
  store::migrate(db);
  check_country_lookups(db);
}

TEST_CASE("addresses on MariaDB: countries by code and name ignore ASCII letter case only",
          "[store][mariadb]") {
  auto socket = test::mariadb_test_socket();
  if (!socket) return;
  test::ServerDatabase server(*socket);
  store::Database db = server.open();
  store::migrate(db);
  check_country_lookups(db);
}
