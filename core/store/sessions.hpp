#pragma once
// The sessions table's SQL. Only a token's hash is stored (identity/
// session_store makes tokens and hashes them); times are UTC text, whose
// text order is time order.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

struct SessionRow {
  std::int64_t user_id = 0;
  std::string expires_at;  // as stored; may be malformed if edited by hand
};

// Inserts a session row. Throws Error(storage).
void insert_session(Database& db, std::int64_t user_id, std::string_view token_hash,
                    std::string_view created_at, std::string_view expires_at);
// The session whose token hashes to `token_hash` (an index look-up); nullopt when none.
std::optional<SessionRow> find_session(Database& db, std::string_view token_hash);
// Deletes the session of `token_hash`; nothing happens when there is none.
void delete_session(Database& db, std::string_view token_hash);
// Deletes sessions expiring at or before `now` (UTC text), of one user or
// (nullopt) everyone's; returns how many went.
int delete_expired_sessions(Database& db, std::string_view now, std::optional<std::int64_t> user_id);
// Deletes every session of the user (a new password, a block).
void delete_user_sessions(Database& db, std::int64_t user_id);
// Deletes the user's sessions except the one of `keep_hash`, if given.
void delete_other_sessions(Database& db, std::int64_t user_id, const std::optional<std::string>& keep_hash);

}  // namespace kolmi::store
