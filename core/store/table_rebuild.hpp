#pragma once
// Rebuilding a table in place, for schema changes ALTER TABLE cannot make
// (SQLite, "Making Other Kinds Of Table Schema Changes"): today, adding
// AUTOINCREMENT to a table's id so no id is ever given twice (issue 13).
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// Makes `table`'s "id INTEGER PRIMARY KEY" an AUTOINCREMENT key, keeping
// every row with its id, the table's definition otherwise word for word
// (columns other migrations added included) and its indexes and triggers as
// they were declared. sqlite_sequence starts at the largest id present, so
// an id given and deleted before this change (the newest row destroyed) can
// still come back once; none after. Nothing to do when the key already has
// AUTOINCREMENT.
//
// Must run inside a transaction, on a connection with foreign_keys OFF: with
// them on, dropping the old copy would delete its rows first and run every
// ON DELETE CASCADE of the tables that refer to it (sessions, callbacks),
// and that PRAGMA cannot change inside a transaction, so migrate() sets it.
// Throws Error(storage) when the table has no such key.
void add_autoincrement(Database& db, std::string_view table);

}  // namespace kolmi::store
