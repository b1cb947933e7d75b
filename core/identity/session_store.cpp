#include "core/identity/session_store.hpp"

#include <sodium.h>

#include <array>
#include <chrono>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/identity/sodium_init.hpp"
#include "core/store/conflines.hpp"
#include "core/store/sessions.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::identity {

namespace {

constexpr std::size_t kTokenBytes = 32;

template <std::size_t N>
std::string to_hex(const std::array<unsigned char, N>& bytes) {
  std::array<char, 2 * N + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
  return std::string(hex.data(), 2 * N);
}

std::int64_t expiry_days(store::Database& db) {
  // Bounded (settings catalog) so that a typo cannot make sessions expire on
  // creation or overflow the date arithmetic.
  return store::confline_int(db, store::conf::kSessionExpiryDays);
}

}  // namespace

std::string new_session_token() {
  detail::ensure_sodium();
  std::array<unsigned char, kTokenBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::string token = to_hex(bytes);
  sodium_memzero(bytes.data(), bytes.size());
  return token;
}

std::string session_token_hash(std::string_view token) {
  detail::ensure_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};  // 32 bytes: BLAKE2b-256
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return to_hex(digest);
}

std::string create_session(store::Database& db, const Clock& clock, std::int64_t user_id) {
  Seconds now = clock.now();
  Seconds expires = now + std::chrono::hours(24 * expiry_days(db));
  std::string token = new_session_token();
  store::insert_session(db, user_id, session_token_hash(token), format_utc(now), format_utc(expires));
  return token;
}

SessionLookup find_session(store::Database& db, const Clock& clock, std::string_view token) {
  // Looked up by hash through the index: the lookup's timing can only tell
  // an attacker about hashes, and a token's hash reveals nothing to guess with.
  const std::optional<store::SessionRow> row = store::find_session(db, session_token_hash(token));
  if (!row) return {};
  SessionLookup found{SessionState::live, row->user_id};
  // A malformed expiry (edited by hand) counts as expired: fail closed.
  // Nothing is deleted here, so pages never write (a read-only database
  // serves them); the next login of the user purges expired sessions.
  auto expires = parse_utc(row->expires_at);
  if (!expires || *expires <= clock.now()) found.state = SessionState::expired;
  return found;
}

void delete_session(store::Database& db, std::string_view token) {
  store::delete_session(db, session_token_hash(token));
}

int purge_expired_sessions(store::Database& db, const Clock& clock, std::optional<std::int64_t> user_id) {
  return store::delete_expired_sessions(db, format_utc(clock.now()), user_id);
}

}  // namespace kolmi::identity
