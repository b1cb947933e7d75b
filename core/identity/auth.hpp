#pragma once
// Who is asking: logins, sessions, one-shot credentials and acting as
// another user (admins only). See shared/spec/cli.md "Who is asking".
#include <cstdint>
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
inline constexpr std::string_view kLoginOkMessage = "Succesfully logged in";  // the spec's spelling

struct LoginOutcome {
  bool ok = false;
  std::string message;       // kLoginOkMessage, kLoginFailedMessage, or "User is blocked"
  std::int64_t user_id = 0;
  std::string token;         // the new session's token (only on success)
};

// Verifies the credentials. On success: upgrades a legacy or weak hash,
// records the login time (users.previous_login_at <- last_login_at <- now),
// creates a session expiring after Session_Expiry_Days (conflines, default
// 30) and returns its token. On failure: waits Login_Failure_Delay_Ms
// (conflines, default 1000) and returns kLoginFailedMessage. A blocked user
// with the right password gets "User is blocked". Throws Error(storage).
LoginOutcome login(store::Database& db, const Clock& clock, std::string_view username,
                   std::string_view password);

// Ends the session of `token` (nothing happens when there is none).
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
// bad credentials, blocked, or "--as is only for admins"; Error(not_found)
// when the admin's --as user does not exist.
store::User resolve_user(store::Database& db, const Clock& clock, const Credentials& credentials,
                         std::string_view as_user = {});

}  // namespace kolmi::identity
