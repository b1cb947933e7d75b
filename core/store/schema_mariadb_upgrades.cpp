#include "core/store/schema_mariadb_upgrades.hpp"

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/call_identity_backfill.hpp"
#include "core/store/schema.hpp"
#include "core/store/schema_mariadb.hpp"

namespace kolmi::store {

namespace {

// A server database is made at the current version in one go
// (store/schema_mariadb.hpp); there are no older server databases to migrate.
bool mariadb_has_calls_index(Database& db, std::string_view name) {
  Statement s = db.prepare(
      "SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'calls' "
      "AND index_name = ?");
  s.bind(1, name);
  return s.step();
}

// MariaDB 8 -> 9 (the first MariaDB databases were made at 8): calls gain
// cdr_hash and the key calls_identity, as on SQLite. MariaDB commits DDL at
// once, so a rerun after a crash must finish what was left: the column is
// added when missing; the hashes, the copies' NULLs and their audit row
// commit with the key's CREATE INDEX, so a key that exists means they are
// done; the old index is dropped if still there; the version comes last.
void mariadb_8_to_9(Database& db) {
  if (!has_column(db, "calls", "cdr_hash")) db.exec("ALTER TABLE calls ADD COLUMN cdr_hash BIGINT AFTER localized_dst");
  Transaction tx(db, WriteKind::schema);
  if (!mariadb_has_calls_index(db, "calls_identity")) hash_stored_calls(db);
  db.exec("DROP INDEX IF EXISTS calls_uniqueid ON calls");
  db.exec("UPDATE kolmi_schema SET version = 9");
  tx.commit();
}

// MariaDB 9 -> 10 (providers, schema 10 in store/schema.cpp). DDL commits at once, so a
// rerun after a crash adds only what is missing; the version comes last.
void mariadb_9_to_10(Database& db) {
  // In the fresh DDL's order, each after the one before, all in one ALTER
  // TABLE: the server copies the calls table for it (10 million calls: a
  // few minutes), so once, not once per column.
  std::string_view after = "cdr_hash";
  std::string additions;
  for (std::string_view column : {"provider_id", "provider_rate", "provider_billsec", "provider_price"}) {
    if (!has_column(db, "calls", column)) {
      // Constant names, never input.
      additions += fmt::format("{}ADD COLUMN {} BIGINT AFTER {}", additions.empty() ? "" : ", ", column, after);
    }
    after = column;
  }
  if (!additions.empty()) db.exec("ALTER TABLE calls " + additions);
  create_mariadb_provider_tables(db);
  db.exec("UPDATE kolmi_schema SET version = 10");
}

// MariaDB 10 -> 11 (dated rates, as SQLite's migration 11): each column is
// added when missing (DDL commits at once, so a rerun finishes the job),
// then the version.
void mariadb_10_to_11(Database& db) {
  if (!has_column(db, "rates", "effective_from"))
    db.exec("ALTER TABLE rates ADD COLUMN effective_from VARCHAR(32) AFTER min_time");
  if (!has_column(db, "rates", "effective_till"))
    db.exec("ALTER TABLE rates ADD COLUMN effective_till VARCHAR(32) AFTER effective_from");
  Transaction tx(db, WriteKind::schema);
  db.exec("UPDATE kolmi_schema SET version = 11");
  tx.commit();
}

// MariaDB 11 -> 12 (invoices from calls): invoices gain number_seq and
// invoicedetails is made, as on SQLite. Each step is skipped when done, so
// a rerun after a crash (DDL commits at once) finishes what was left.
void mariadb_11_to_12(Database& db) {
  if (!has_column(db, "invoices", "number_seq")) db.exec("ALTER TABLE invoices ADD COLUMN number_seq BIGINT");
  create_mariadb_table_if_missing(db, "invoicedetails");
  db.exec("UPDATE kolmi_schema SET version = 12");
}

// MariaDB 12 -> 13 (alert rules, as SQLite's migration 13): monitorings is
// made when missing, then the version. (The lead renumbers this step at
// merge if another migration lands first.)
void mariadb_12_to_13(Database& db) {
  create_mariadb_table_if_missing(db, "monitorings");
  db.exec("UPDATE kolmi_schema SET version = 13");
}

// MariaDB 13 -> 14: SQLite's migration 14 makes two calls indexes partial;
// MariaDB has no partial indexes, so only the version moves.
void mariadb_13_to_14(Database& db) {
  Transaction tx(db, WriteKind::schema);
  db.exec("UPDATE kolmi_schema SET version = 14");
  tx.commit();
}

}  // namespace

void migrate_mariadb(Database& db, int version, int up_to) {
  if (version == 0 && up_to >= latest_schema_version()) {
    create_mariadb_schema(db);
    version = kMariadbSchemaVersion;
  }
  if (version == 8 && up_to >= 9) {
    mariadb_8_to_9(db);
    version = 9;
  }
  if (version == 9 && up_to >= 10) {
    mariadb_9_to_10(db);
    version = 10;
  }
  if (version == 10 && up_to >= 11) {
    mariadb_10_to_11(db);
    version = 11;
  }
  if (version == 11 && up_to >= 12) {
    mariadb_11_to_12(db);
    version = 12;
  }
  if (version == 12 && up_to >= 13) {
    mariadb_12_to_13(db);
    version = 13;
  }
  if (version == 13 && up_to >= 14) {
    mariadb_13_to_14(db);
    version = 14;
  }
  if (version < latest_schema_version()) {
    throw storage_error(fmt::format("{}: this kolmi cannot bring a MariaDB database from schema version {} to {}",
                                    db.path(), version, latest_schema_version()));
  }
}

}  // namespace kolmi::store
