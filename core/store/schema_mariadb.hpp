#pragma once
// kolmi's schema on a MariaDB/MySQL server. SQLite reaches the current
// version by its migrations (store/schema.cpp); a server database is new
// with this kolmi, so it is made at the current version in one go, from DDL
// written for MariaDB: AUTO_INCREMENT ids (never reused, as schema 7 makes
// SQLite's), BIGINT money in nano-units, VARCHAR where SQLite indexes TEXT
// (InnoDB indexes need lengths), InnoDB, utf8mb4 with the byte-wise no-pad
// collation, foreign keys as table constraints, and ordinary indexes where
// SQLite has partial ones. The version lives in the table kolmi_schema
// (there is no PRAGMA user_version); its row also carries kApplicationId,
// kolmi's mark.
//
// A migration added to store/schema.cpp needs its MariaDB text here too:
// kMariadbSchemaVersion says which version this DDL makes, and a unit test
// fails while it is behind latest_schema_version().
#include <string>
#include <string_view>
#include <vector>

#include "core/store/database.hpp"

namespace kolmi::store {

inline constexpr int kMariadbSchemaVersion = 14;

// The version in kolmi_schema; 0 when the table is missing.
int mariadb_schema_version(Database& db);
// kolmi_schema's application id; 0 when the table is missing.
int mariadb_application_id(Database& db);
// True when the database holds any table at all.
bool mariadb_has_tables(Database& db);
// True when kolmi_schema exists without its row: a database kolmi admin copy
// or kolmi demo was still filling (create_unmarked_mariadb_schema), which
// no kolmi command takes for a kolmi database.
bool mariadb_schema_unmarked(Database& db);

// Makes kolmi's tables in an empty database. Throws Error(storage) naming
// the database when it already has tables ("already holds a kolmi database"
// or "has tables that are not kolmi's"), and when a statement fails: MariaDB
// commits each CREATE by itself, so what was made before is dropped again.
void create_mariadb_schema(Database& db);

// Drops kolmi's tables, so that kolmi demo can make its database anew in
// their place. Throws Error(storage) naming the database, having dropped
// nothing, when it holds a table kolmi's schema does not make (anybody
// else's, or a newer kolmi's), and when a DROP fails.
void drop_mariadb_schema(Database& db);
// For kolmi admin copy (store/database_copy.hpp): create_mariadb_schema
// without kolmi_schema's row, which mark_mariadb_schema writes when the copy
// is complete. Until then the database is no kolmi database, so a copy
// killed half-way is never taken for one (and a rerun refuses it).
void create_unmarked_mariadb_schema(Database& db);
// Makes one table of the current DDL (by name) unless it exists: for the
// upgrade steps of store/schema.cpp. std::logic_error for a name the DDL lacks.
void create_mariadb_table_if_missing(Database& db, std::string_view name);
// Writes kolmi_schema's row (this kolmi's version and kApplicationId).
void mark_mariadb_schema(Database& db);
// Drops every table of the database: undoes a schema or a copy made in a
// database that was empty. Never throws (the first error is the one to report).
void drop_mariadb_tables(Database& db) noexcept;

// Schema 10's providers and provider_peers, each made when missing (the
// 9 -> 10 step of store/schema.cpp). Throws Error(storage).
void create_mariadb_provider_tables(Database& db);

// kolmi's tables, parents before the tables whose foreign keys name them,
// without kolmi_schema (the version, not data): the tables a copy moves.
std::vector<std::string> kolmi_data_tables();

}  // namespace kolmi::store
