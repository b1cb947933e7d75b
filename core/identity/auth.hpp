#pragma once
// Who is asking: logins, sessions, one-shot credentials and acting as
// another user (admins only). See shared/spec/cli.md "Who is asking".
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"
#include "core/store/users.hpp"
#include "core/time/clock.hpp"

namespace kolmi::identity {

// The message of every failed login, whether the login or the password was
// wrong, so a failure never tells which.
inline constexpr std::string_view kLoginFailedMessage = "Invalid login or password";
// Appended to a refused one-shot login's message.
inline constexpr std::string_view kFromEnvironment = " (KOLMI_USER and KOLMI_PASSWORD, from the environment)";
inline constexpr std::string_view kLoginOkMessage = "Succesfully logged in";  // the spec's spelling

struct LoginOutcome {
  bool ok = false;
  std::string message;       // kLoginOkMessage, kLoginFailedMessage, or "User is blocked"
  std::int64_t user_id = 0;
  std::string token;         // the new session's token (only on success)
};

// What a successful login does besides the database.
struct LoginEffects {
  // The session the caller held until now (an old session file): ended in
  // the same transaction, so a copy of an exposed file stops working.
  std::optional<std::string> previous_token;
  // Keeps the new token (writes the session file). Called inside the
  // login's transaction: when it throws, the login is rolled back whole.
  std::function<void(const std::string& token)> keep_token;
};

// Verifies the credentials. On success, in one transaction: upgrades a
// legacy or weak hash, records the login time (users.previous_login_at <-
// last_login_at <- now), ends effects.previous_token's session, creates a
// session expiring after Session_Expiry_Days (conflines, default 30), calls
// effects.keep_token and commits; returns the token. On failure: waits
// Login_Failure_Delay_Ms (conflines, default 1000) and returns
// kLoginFailedMessage. A blocked user with the right password gets "User is
// blocked". Every attempt costs at least one interactive-cost argon2id
// verification, so the time taken does not tell which logins exist. Throws
// Error(storage), and what keep_token throws (nothing is kept then).
LoginOutcome login(store::Database& db, const Clock& clock, std::string_view username,
                   std::string_view password, const LoginEffects& effects = {});

// Ends the session of `token` in its own transaction (waiting for the write
// lock like any writer); nothing happens when there is none. Throws
// Error(storage) when the database cannot be written: the token may still
// be valid then.
void end_session(store::Database& db, std::string_view token);

// What the caller presents.
struct Credentials {
  std::optional<std::string> session_token;  // from the session file
  std::optional<std::string> login;          // KOLMI_USER
  std::optional<std::string> password;       // KOLMI_PASSWORD
};

// The user a page or action runs for. One-shot credentials (login and
// password) win over the session and are verified like a login (same delay
// on failure) but create no session and record no login time. `as_user`
// (an id or a login) is allowed only when the authenticated user is an admin.
// Throws Error(auth) with a one-line reason: not logged in, session expired,
// bad credentials or blocked (one-shot: followed by kFromEnvironment), or "--as is only for admins"; Error(not_found)
// when the admin's --as user does not exist.
store::User resolve_user(store::Database& db, const Clock& clock, const Credentials& credentials,
                         std::string_view as_user = {});

// Who is asking, whole: the user a page or action runs for, and, when an
// admin acts as them with --as, that admin (whom the audit trail names).
struct Identity {
  store::User user;
  std::optional<store::User> acting_admin;  // set only with --as
};

// As resolve_user, keeping the admin behind --as. Throws as resolve_user.
Identity resolve_identity(store::Database& db, const Clock& clock, const Credentials& credentials,
                          std::string_view as_user = {});

// Who writes, for the audit trail (store/audit.hpp): an admin, as themselves
// or with --as, is recorded; a user writing their own data is not.
std::optional<store::AuditActor> audit_actor(const Identity& who);

}  // namespace kolmi::identity
