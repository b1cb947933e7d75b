#pragma once
// The sessions table: a session is a random token held by the caller (in the
// session file) and, in the database, only the token's BLAKE2b-256 hash, so
// reading the database does not let anyone act as its users.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::identity {

// 32 random bytes as 64 lower-case hex digits. Throws std::runtime_error
// when libsodium cannot start.
std::string new_session_token();
// BLAKE2b-256 of the token text, as 64 hex digits: what sessions.token_hash holds.
std::string session_token_hash(std::string_view token);

// Inserts a session for `user_id` expiring Session_Expiry_Days (conflines,
// default 30, allowed 1..3650) after now, and returns its token. Throws
// Error(storage) on database failure or a setting out of range.
std::string create_session(store::Database& db, const Clock& clock, std::int64_t user_id);

enum class SessionState { live, unknown, expired };

struct SessionLookup {
  SessionState state = SessionState::unknown;
  std::int64_t user_id = 0;  // set for live and expired sessions
};

// The session of `token`. A session whose expires_at is at or before now is
// reported expired (and left for purge_expired_sessions). Reads only.
// Throws Error(storage).
SessionLookup find_session(store::Database& db, const Clock& clock, std::string_view token);

// Deletes the session of `token`; nothing happens when there is none.
void delete_session(store::Database& db, std::string_view token);

// Deletes expired sessions, of one user or (nullopt) of everyone, and returns
// how many went. Throws Error(storage).
int purge_expired_sessions(store::Database& db, const Clock& clock,
                           std::optional<std::int64_t> user_id = std::nullopt);

}  // namespace kolmi::identity
