#pragma once
// The database schema: MOR's table and column names (shared/spec/domain.md)
// plus what kolmi needs (sessions, login times). Versioned with
// PRAGMA user_version; migrations run in order, each in its own transaction.
// On a MariaDB server: store/schema_mariadb.hpp.
//
// Money, rates, percentages and exchange rates are INTEGER nano-units
// (kolmi::Decimal); times are TEXT 'YYYY-MM-DD HH:MM:SS' in UTC; dates TEXT
// 'YYYY-MM-DD'; regseconds an epoch INTEGER.
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// PRAGMA application_id of kolmi's databases: "Kolm" in ASCII.
inline constexpr int kApplicationId = 0x4B6F6C6D;

// Opens an existing kolmi database for a command: refuses (Error(storage),
// "not a kolmi database", nothing written) any file that is not one: another
// program's SQLite file, an empty file. Brings its schema up to date
// (refused when the file is read-only and needs it) and sets the lock wait
// from the setting Database_Lock_Wait_Seconds (default 60, 0..86400).
// `path` may be a mariadb:// URL (Database::open, with `server_password`):
// the same rules hold for a server database, whose version and mark are in
// kolmi_schema (store/schema_mariadb.hpp); an empty one is refused with a
// hint to run kolmi init.
Database open_kolmi_database(const std::string& path,
                             const std::optional<std::string>& server_password = std::nullopt);

// The database's PRAGMA application_id.
int application_id(Database& db);

// The schema version this kolmi writes and reads.
int latest_schema_version();

// The version recorded in the database (0 for an empty file).
int schema_version(Database& db);

// Brings the database up to latest_schema_version(). Throws Error(storage)
// naming the file when the database was written by a newer kolmi, or when a
// migration fails (that migration is rolled back, earlier ones stay).
void migrate(Database& db);
// Brings the database up to version `up_to` (at most the latest), as a file
// that kolmi of that version made: tests build old databases with it.
void migrate(Database& db, int up_to);

// Whether `table` has `column`, on either back-end (migrations add columns
// only when missing, so each can run again).
bool has_column(Database& db, std::string_view table, std::string_view column);

}  // namespace kolmi::store
