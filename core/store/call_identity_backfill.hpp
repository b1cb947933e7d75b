#pragma once
// Schema version 9 on SQLite: calls gain cdr_hash (store/cdr_identity.hpp)
// and the unique key calls_identity (uniqueid, cdr_hash) that decides
// duplicates at import, in place of the plain index calls_uniqueid.
#include <cstdint>

#include "core/store/database.hpp"

namespace kolmi::store {

// Hashes every stored call whose cdr_hash is NULL, then makes the key.
// Calls stored twice (the old look-up rule kept them out, but a database
// written by hand or by an older tool may hold some): the earliest (lowest
// id) keeps its hash; later copies stay, untouched, with a NULL hash, which
// the key ignores (NULLs are distinct), and an `actions` row (user 0,
// 'kolmi') says how many and which. Returns that number. Runs inside the
// migration's transaction (on MariaDB the index changes at its end commit
// it, so every step is one a rerun may repeat). Throws Error(storage).
std::int64_t hash_stored_calls(Database& db);

}  // namespace kolmi::store
