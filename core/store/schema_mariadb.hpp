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
#include "core/store/database.hpp"

namespace kolmi::store {

inline constexpr int kMariadbSchemaVersion = 9;

// The version in kolmi_schema; 0 when the table is missing.
int mariadb_schema_version(Database& db);
// kolmi_schema's application id; 0 when the table is missing.
int mariadb_application_id(Database& db);
// True when the database holds any table at all.
bool mariadb_has_tables(Database& db);

// Makes kolmi's tables in an empty database. Throws Error(storage) naming
// the database when it already has tables ("already holds a kolmi database"
// or "has tables that are not kolmi's"), and when a statement fails: MariaDB
// commits each CREATE by itself, so what was made before is dropped again.
void create_mariadb_schema(Database& db);

}  // namespace kolmi::store
