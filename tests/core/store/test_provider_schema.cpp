// Schema 10 (issue 15): providers, provider_peers and the calls' buy-side
// columns, reached from schema 9 on SQLite (a migration keeping the calls)
// and on MariaDB (the 9 -> 10 step, which a rerun finishes).
#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "core/store/database.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"
#include "tests/support/server_database.hpp"
#include "tests/support/test_database.hpp"

using kolmi::store::Database;

namespace {

// A call from schema 9 keeps its row, with an unpriced buy side; a peer
// belongs to one provider.
void check_schema_10(Database& db) {
  CHECK(kolmi::store::schema_version(db) == kolmi::store::latest_schema_version());
  CHECK(kolmi::test::query_text(db, "SELECT COALESCE(CAST(provider_price AS CHAR), 'null') FROM calls") == "null");
  db.exec("INSERT INTO tariffs (name, purpose, currency) VALUES ('Buy', 'provider', 'USD')");
  db.exec("INSERT INTO providers (name, tariff_id) SELECT 'Carrier', id FROM tariffs WHERE name = 'Buy'");
  db.exec("INSERT INTO providers (name, tariff_id) SELECT 'Other', id FROM tariffs WHERE name = 'Buy'");
  db.exec("INSERT INTO provider_peers (provider_id, peer) SELECT id, 'carrier' FROM providers WHERE name = 'Carrier'");
  CHECK_THROWS_AS(
      db.exec("INSERT INTO provider_peers (provider_id, peer) SELECT id, 'carrier' FROM providers WHERE name = 'Other'"),
      kolmi::Error);
  db.exec("UPDATE calls SET provider_id = 1, provider_rate = 1, provider_billsec = 2, provider_price = 3");
  CHECK(kolmi::test::query_int(db, "SELECT provider_price FROM calls") == 3);
}

}  // namespace

TEST_CASE("schema 10: SQLite from 9 keeps the calls and adds the buy side", "[store][sqlite]") {
  Database db = Database::open_memory();
  kolmi::store::migrate(db, 9);
  db.exec("INSERT INTO calls (calldate, uniqueid) VALUES ('2026-11-27 10:00:00', 'u1')");
  kolmi::store::migrate(db);
  check_schema_10(db);
}

TEST_CASE("schema 10: MariaDB from 9, and a rerun finishes what a crash left", "[store][mariadb]") {
  auto socket = kolmi::test::mariadb_test_socket();
  if (!socket) return;
  kolmi::test::ServerDatabase server(*socket);
  Database db = server.open();
  kolmi::store::migrate(db);
  // Back to what schema 9 made, then half of the step done (one column).
  db.exec("DROP TABLE monitorings");  // schema 13's, whose keys name providers
  db.exec("DROP TABLE provider_peers");
  db.exec("DROP TABLE providers");
  db.exec("ALTER TABLE calls DROP COLUMN provider_rate, DROP COLUMN provider_billsec, DROP COLUMN provider_price");
  db.exec("UPDATE kolmi_schema SET version = 9");
  db.exec("INSERT INTO calls (calldate, uniqueid) VALUES ('2026-11-27 10:00:00', 'u1')");
  kolmi::store::migrate(db);
  check_schema_10(db);
}
