#include "core/identity/auth.hpp"

#include <chrono>
#include <thread>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/identity/password.hpp"
#include "core/identity/session_store.hpp"
#include "core/store/conflines.hpp"
#include "core/store/user_logins.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::identity {

namespace {

constexpr std::string_view kBlockedMessage = "User is blocked";

// An interactive-cost argon2id hash of a random password nobody knows. It is
// verified whenever there is no real argon2 hash to verify (unknown login,
// legacy SHA1 or unusable stored value), so every attempt costs one argon2
// verification and the response time does not tell which logins exist.
constexpr const char* kDummyHash =
    "$argon2id$v=19$m=65536,t=2,p=1$qpI1QZKmy7WbhMVQgdIrBg$tnOuyaP5pB9S3YPJQtzaxRJOt1uRSz/5bDTanhtzi7s";

enum class Check { ok, failed, blocked };

struct Checked {
  Check result = Check::failed;
  std::optional<store::User> user;
  bool needs_rehash = false;
};

// Verifies login and password without writing anything.
Checked check_credentials(store::Database& db, std::string_view username, std::string_view password) {
  Checked out;
  out.user = store::find_user_by_login(db, username);
  std::string_view stored = out.user ? std::string_view(out.user->password) : std::string_view();
  // A cheap stored hash (legacy SHA1, the demo's minimal-cost argon2) would
  // answer a wrong password faster than an unknown login is answered.
  if (cheaper_than_interactive(stored)) (void)verify_password(kDummyHash, password);
  Verification v = out.user ? verify_password(stored, password) : Verification::mismatch;
  if (v == Verification::mismatch) {
    out.user.reset();
    return out;
  }
  out.result = out.user->blocked ? Check::blocked : Check::ok;
  out.needs_rehash = v == Verification::ok_needs_rehash;
  return out;
}

// Slows down password guessing. The setting is bounded so a typo cannot
// hang every failed login.
void failure_delay(store::Database& db) {
  const std::int64_t ms = store::confline_int(db, store::conf::kLoginFailureDelayMs);
  if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

// The message of a refused check, after the failure delay.
std::string refuse(store::Database& db, Check result) {
  failure_delay(db);
  return std::string(result == Check::blocked ? kBlockedMessage : kLoginFailedMessage);
}

}  // namespace

LoginOutcome login(store::Database& db, const Clock& clock, std::string_view username,
                   std::string_view password, const LoginEffects& effects) {
  Checked c = check_credentials(db, username, password);
  if (c.result != Check::ok) return {false, refuse(db, c.result), 0, {}};
  const store::User& user = *c.user;

  // Hash before taking the write lock: argon2 takes a noticeable moment.
  std::optional<std::string> upgraded;
  if (c.needs_rehash) upgraded = hash_password(password, KdfCost::interactive);
  std::string now = format_utc(clock.now());

  store::Transaction tx(db, store::WriteKind::session);
  if (upgraded) {
    // Only if the hash is still the one verified: a password changed
    // meanwhile must not be overwritten with the old one.
    store::replace_password_hash(db, user.id, *upgraded, user.password);
  }
  store::record_login(db, user.id, now);
  purge_expired_sessions(db, clock, user.id);
  // The session this login replaces ends with it, whoever's it was.
  if (effects.previous_token) delete_session(db, *effects.previous_token);
  std::string token = create_session(db, clock, user.id);
  // Before the commit: when the token cannot be kept, nothing of the login
  // is (no session row, no login time).
  if (effects.keep_token) effects.keep_token(token);
  tx.commit();
  return {true, std::string(kLoginOkMessage), user.id, std::move(token)};
}

void end_session(store::Database& db, std::string_view token) {
  store::Transaction tx(db, store::WriteKind::session);
  delete_session(db, token);
  tx.commit();
}

store::User resolve_user(store::Database& db, const Clock& clock, const Credentials& credentials,
                         std::string_view as_user) {
  return resolve_identity(db, clock, credentials, as_user).user;
}

std::optional<store::AuditActor> audit_actor(const Identity& who) {
  if (who.acting_admin) {
    return store::AuditActor{who.acting_admin->id, who.acting_admin->username, who.user.id, who.user.username};
  }
  if (who.user.is_admin()) return store::AuditActor{who.user.id, who.user.username, std::nullopt, {}};
  return std::nullopt;
}

Identity resolve_identity(store::Database& db, const Clock& clock, const Credentials& credentials,
                          std::string_view as_user) {
  store::User user;
  if (credentials.login && credentials.password) {
    // One-shot (cron): verified like a login but nothing is written, not even
    // a hash upgrade, so page commands stay read-only.
    Checked c = check_credentials(db, *credentials.login, *credentials.password);
    // Say where the credentials came from: nothing on the command line names them.
    if (c.result != Check::ok) throw auth_error(refuse(db, c.result) + std::string(kFromEnvironment));
    user = std::move(*c.user);
  } else if (credentials.login || credentials.password) {
    throw auth_error("KOLMI_USER and KOLMI_PASSWORD must both be set");
  } else {
    if (!credentials.session_token || credentials.session_token->empty()) {
      throw auth_error("not logged in; run kolmi login (or set KOLMI_USER and KOLMI_PASSWORD)");
    }
    SessionLookup s = find_session(db, clock, *credentials.session_token);
    if (s.state == SessionState::expired) throw auth_error("session expired; run kolmi login");
    std::optional<store::User> found;
    if (s.state == SessionState::live) found = store::find_user_by_id(db, s.user_id);
    if (!found) throw auth_error("session is not valid for this database; run kolmi login");
    if (found->blocked) throw auth_error("user is blocked");
    user = std::move(*found);
  }

  if (as_user.empty()) return {std::move(user), std::nullopt};
  if (!user.is_admin()) throw auth_error("--as is only for admins");
  auto other = store::find_user(db, as_user);
  if (!other) throw not_found_error(fmt::format("no such user: {}", text::shown(as_user)));
  return {std::move(*other), std::move(user)};
}

}  // namespace kolmi::identity
