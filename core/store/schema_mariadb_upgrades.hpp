#pragma once
// The upgrades of a MariaDB database from an older schema version, step by
// step (store/schema.cpp's migrations say what each version adds; the
// current version's DDL is store/schema_mariadb). MariaDB commits DDL at
// once, so every step can be run again after a crash and finishes what was
// left; the version is written last.
#include "core/store/database.hpp"

namespace kolmi::store {

// Brings a MariaDB database at `version` (0: empty) up to `up_to` (at most
// the latest); Error(storage) when no step leads from `version`.
void migrate_mariadb(Database& db, int version, int up_to);

}  // namespace kolmi::store
