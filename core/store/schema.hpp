#pragma once
// The database schema: MOR's table and column names (shared/spec/domain.md)
// plus what kolmi needs (sessions, login times). Versioned with
// PRAGMA user_version; migrations run in order, each in its own transaction.
//
// Money, rates, percentages and exchange rates are INTEGER nano-units
// (kolmi::Decimal); times are TEXT 'YYYY-MM-DD HH:MM:SS' in UTC; dates TEXT
// 'YYYY-MM-DD'; regseconds an epoch INTEGER.
#include "core/store/database.hpp"

namespace kolmi::store {

// The schema version this kolmi writes and reads.
int latest_schema_version();

// The version recorded in the database (0 for an empty file).
int schema_version(Database& db);

// Brings the database up to latest_schema_version(). Throws Error(storage)
// naming the file when the database was written by a newer kolmi, or when a
// migration fails (that migration is rolled back, earlier ones stay).
void migrate(Database& db);

}  // namespace kolmi::store
