#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/identity/auth.hpp"
#include "core/identity/session_store.hpp"
#include "core/identity/sha1.hpp"
#include "tests/core/identity/identity_fixture.hpp"

using namespace kolmi;
using namespace kolmi::identity;
using kolmi::test::IdentityFixture;
using kolmi::test::utc;

namespace {

struct Thrown {
  ExitCode code;
  std::string message;
};

// The kolmi::Error thrown by f, or nullopt when it returned.
template <typename F>
std::optional<Thrown> thrown(F f) {
  try {
    f();
  } catch (const Error& e) {
    return Thrown{e.code(), e.what()};
  }
  return std::nullopt;
}

Credentials session(const std::string& token) {
  return {token, std::nullopt, std::nullopt};
}
Credentials one_shot(const std::string& login, const std::string& password) {
  return {std::nullopt, login, password};
}

}  // namespace

TEST_CASE("login records the login times and returns a session", "[identity][login]") {
  IdentityFixture f;
  std::int64_t id = f.add_user("alice", "pw");

  LoginOutcome first = login(f.db, f.clock, "alice", "pw");
  REQUIRE(first.ok);
  CHECK(first.message == kLoginOkMessage);
  CHECK(first.user_id == id);
  CHECK(first.token.size() == 64);
  CHECK(f.column("SELECT last_login_at FROM users WHERE id = ?", id) == "2024-03-01 12:00:00");
  CHECK_FALSE(f.column("SELECT previous_login_at FROM users WHERE id = ?", id).has_value());

  f.clock.set(utc("2024-03-02 08:30:00"));
  LoginOutcome second = login(f.db, f.clock, "alice", "pw");
  REQUIRE(second.ok);
  CHECK(second.token != first.token);
  CHECK(f.column("SELECT last_login_at FROM users WHERE id = ?", id) == "2024-03-02 08:30:00");
  CHECK(f.column("SELECT previous_login_at FROM users WHERE id = ?", id) == "2024-03-01 12:00:00");
  CHECK(resolve_user(f.db, f.clock, session(second.token)).id == id);
}

TEST_CASE("a failed login does not say whether the login or the password was wrong", "[identity][login]") {
  IdentityFixture f;
  f.add_user("alice", "pw");
  LoginOutcome unknown = login(f.db, f.clock, "bob", "pw");
  LoginOutcome wrong = login(f.db, f.clock, "alice", "wrong");
  CHECK_FALSE(unknown.ok);
  CHECK_FALSE(wrong.ok);
  CHECK(unknown.message == kLoginFailedMessage);
  CHECK(wrong.message == unknown.message);
  CHECK(unknown.token.empty());
  CHECK(wrong.token.empty());
  CHECK(f.count("SELECT COUNT(*) FROM sessions") == 0);
  CHECK(f.count("SELECT COUNT(*) FROM users WHERE last_login_at IS NOT NULL") == 0);
}

TEST_CASE("a failed login waits Login_Failure_Delay_Ms", "[identity][login]") {
  IdentityFixture f;
  f.add_user("alice", "pw");
  f.add_user("blocked", "pw", "user", true);
  store::set_confline(f.db, store::conf::kLoginFailureDelayMs, "50");
  for (auto [user, pw] : {std::pair{"alice", "wrong"}, std::pair{"blocked", "pw"}}) {
    auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(login(f.db, f.clock, user, pw).ok);
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(50));
  }
}

TEST_CASE("a blocked user cannot log in or use a session", "[identity][login]") {
  IdentityFixture f;
  f.add_user("carol", "pw");
  std::string token = login(f.db, f.clock, "carol", "pw").token;
  f.db.prepare("UPDATE users SET blocked = 1").run();

  LoginOutcome right = login(f.db, f.clock, "carol", "pw");
  CHECK_FALSE(right.ok);
  CHECK(right.message == "User is blocked");
  CHECK(login(f.db, f.clock, "carol", "wrong").message == kLoginFailedMessage);
  CHECK(f.count("SELECT COUNT(*) FROM sessions") == 1);  // only the one from before

  auto t = thrown([&] { resolve_user(f.db, f.clock, session(token)); });
  REQUIRE(t);
  CHECK(t->code == ExitCode::auth);
  CHECK(t->message == "user is blocked");
  auto o = thrown([&] { resolve_user(f.db, f.clock, one_shot("carol", "pw")); });
  REQUIRE(o);
  CHECK(o->code == ExitCode::auth);
  CHECK(o->message == "User is blocked" + std::string(kFromEnvironment));
}

TEST_CASE("a legacy SHA1 password works once and is upgraded to argon2id", "[identity][login]") {
  IdentityFixture f;
  std::int64_t id = f.add_user_hash("legacy", sha1_hex("old-secret"));
  REQUIRE(login(f.db, f.clock, "legacy", "old-secret").ok);
  std::string stored = f.column("SELECT password FROM users WHERE id = ?", id).value();
  CHECK(stored.rfind("$argon2id$", 0) == 0);
  CHECK(verify_password(stored, "old-secret") == Verification::ok);
  CHECK(login(f.db, f.clock, "legacy", "old-secret").ok);
  CHECK_FALSE(login(f.db, f.clock, "legacy", sha1_hex("old-secret")).ok);
}

TEST_CASE("a weak argon2 hash is upgraded at login", "[identity][login]") {
  IdentityFixture f;
  std::int64_t id = f.add_user("alice", "pw");
  REQUIRE(login(f.db, f.clock, "alice", "pw").ok);
  std::string stored = f.column("SELECT password FROM users WHERE id = ?", id).value();
  CHECK(verify_password(stored, "pw", KdfCost::interactive) == Verification::ok);
}

TEST_CASE("the database keeps only the token's hash", "[identity][session]") {
  IdentityFixture f;
  std::int64_t id = f.add_user("alice", "pw");
  std::string token = login(f.db, f.clock, "alice", "pw").token;
  store::Statement s = f.db.prepare("SELECT user_id, token_hash, created_at, expires_at FROM sessions");
  REQUIRE(s.step());
  CHECK(s.int64(0) == id);
  CHECK(s.str(1) == session_token_hash(token));
  CHECK(s.str(1) != token);
  CHECK(s.str(2) == "2024-03-01 12:00:00");
  CHECK(s.str(3) == "2024-03-31 12:00:00");  // Session_Expiry_Days defaults to 30
  CHECK_FALSE(s.step());
  s.reset();
  CHECK(f.count("SELECT COUNT(*) FROM sessions WHERE instr(token_hash, '" + token + "') > 0") == 0);
}

TEST_CASE("sessions expire after Session_Expiry_Days", "[identity][session]") {
  IdentityFixture f;
  f.add_user("alice", "pw");

  SECTION("default 30 days") {
    std::string token = login(f.db, f.clock, "alice", "pw").token;
    f.clock.set(utc("2024-03-31 11:59:59"));
    CHECK(resolve_user(f.db, f.clock, session(token)).username == "alice");
    f.clock.set(utc("2024-03-31 12:00:00"));
    auto t = thrown([&] { resolve_user(f.db, f.clock, session(token)); });
    REQUIRE(t);
    CHECK(t->code == ExitCode::auth);
    CHECK(t->message == "session expired; run kolmi login");
    // Reading a session writes nothing (pages work on a read-only
    // database); the expired row stays expired until the next login purges it.
    CHECK(f.count("SELECT COUNT(*) FROM sessions") == 1);
    auto again = thrown([&] { resolve_user(f.db, f.clock, session(token)); });
    REQUIRE(again);
    CHECK(again->message == "session expired; run kolmi login");
    CHECK(login(f.db, f.clock, "alice", "pw").ok);
    CHECK(f.count("SELECT COUNT(*) FROM sessions") == 1);  // the new one only
    auto gone = thrown([&] { resolve_user(f.db, f.clock, session(token)); });
    REQUIRE(gone);
    CHECK(gone->message == "session is not valid for this database; run kolmi login");
  }

  SECTION("custom expiry") {
    store::set_confline(f.db, store::conf::kSessionExpiryDays, "2");
    std::string token = login(f.db, f.clock, "alice", "pw").token;
    f.clock.set(utc("2024-03-02 12:00:00"));
    CHECK_NOTHROW(resolve_user(f.db, f.clock, session(token)));
    f.clock.set(utc("2024-03-03 12:00:01"));
    auto t = thrown([&] { resolve_user(f.db, f.clock, session(token)); });
    REQUIRE(t);
    CHECK(t->code == ExitCode::auth);
    CHECK(t->message == "session expired; run kolmi login");
  }

  SECTION("an out-of-range setting is a storage error") {
    store::set_confline(f.db, store::conf::kSessionExpiryDays, "0");
    auto t = thrown([&] { login(f.db, f.clock, "alice", "pw"); });
    REQUIRE(t);
    CHECK(t->code == ExitCode::storage);
    CHECK(f.count("SELECT COUNT(*) FROM sessions") == 0);
  }
}

TEST_CASE("login deletes the user's expired sessions", "[identity][session]") {
  IdentityFixture f;
  f.add_user("alice", "pw");
  f.add_user("bob", "pw");
  login(f.db, f.clock, "alice", "pw");
  login(f.db, f.clock, "bob", "pw");
  f.clock.set(utc("2024-05-01 00:00:00"));
  login(f.db, f.clock, "alice", "pw");
  // Alice's old session went; Bob's stays until he logs in or uses it.
  CHECK(f.count("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                "WHERE u.username = 'alice'") == 1);
  CHECK(f.count("SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                "WHERE u.username = 'bob'") == 1);
  CHECK(purge_expired_sessions(f.db, f.clock) == 1);
}

TEST_CASE("end_session makes the token useless", "[identity][session]") {
  IdentityFixture f;
  f.add_user("alice", "pw");
  std::string token = login(f.db, f.clock, "alice", "pw").token;
  end_session(f.db, token);
  CHECK(f.count("SELECT COUNT(*) FROM sessions") == 0);
  CHECK_NOTHROW(end_session(f.db, token));  // twice is fine
  auto t = thrown([&] { resolve_user(f.db, f.clock, session(token)); });
  REQUIRE(t);
  CHECK(t->code == ExitCode::auth);
  CHECK(t->message == "session is not valid for this database; run kolmi login");
}

TEST_CASE("no session and no credentials: not logged in", "[identity][resolve]") {
  IdentityFixture f;
  for (const Credentials& c : {Credentials{}, session("")}) {
    auto t = thrown([&] { resolve_user(f.db, f.clock, c); });
    REQUIRE(t);
    CHECK(t->code == ExitCode::auth);
    CHECK(t->message == "not logged in; run kolmi login (or set KOLMI_USER and KOLMI_PASSWORD)");
  }
}

TEST_CASE("one-shot credentials", "[identity][resolve]") {
  IdentityFixture f;
  std::int64_t id = f.add_user("alice", "pw");
  std::int64_t legacy = f.add_user_hash("old", sha1_hex("x"));

  SECTION("win over a session and leave no trace") {
    f.add_user("bob", "pw");
    std::string bobs = login(f.db, f.clock, "bob", "pw").token;
    Credentials c{bobs, "alice", "pw"};
    CHECK(resolve_user(f.db, f.clock, c).id == id);
    CHECK(f.count("SELECT COUNT(*) FROM sessions") == 1);  // Bob's only
    CHECK_FALSE(f.column("SELECT last_login_at FROM users WHERE id = ?", id).has_value());
  }
  SECTION("do not upgrade a legacy hash (nothing is written)") {
    CHECK(resolve_user(f.db, f.clock, one_shot("old", "x")).id == legacy);
    CHECK(f.column("SELECT password FROM users WHERE id = ?", legacy) == sha1_hex("x"));
  }
  SECTION("wrong ones fail like a login") {
    for (auto c : {one_shot("alice", "bad"), one_shot("nobody", "pw")}) {
      auto t = thrown([&] { resolve_user(f.db, f.clock, c); });
      REQUIRE(t);
      CHECK(t->code == ExitCode::auth);
      // Named as the environment's: nothing on the command line gave them.
      CHECK(t->message == std::string(kLoginFailedMessage) + std::string(kFromEnvironment));
    }
  }
  SECTION("need both halves") {
    for (auto c :
         {Credentials{std::nullopt, "alice", std::nullopt}, Credentials{std::nullopt, std::nullopt, "pw"}}) {
      auto t = thrown([&] { resolve_user(f.db, f.clock, c); });
      REQUIRE(t);
      CHECK(t->code == ExitCode::auth);
      CHECK(t->message == "KOLMI_USER and KOLMI_PASSWORD must both be set");
    }
  }
}

TEST_CASE("acting as another user (--as) is for admins only", "[identity][resolve]") {
  IdentityFixture f;
  f.add_user("root", "pw", "admin");
  std::int64_t alice = f.add_user("alice", "pw");
  f.add_user("bob", "pw");
  std::string admin = login(f.db, f.clock, "root", "pw").token;
  std::string user = login(f.db, f.clock, "bob", "pw").token;

  CHECK(resolve_user(f.db, f.clock, session(admin), "alice").id == alice);
  CHECK(resolve_user(f.db, f.clock, session(admin), std::to_string(alice)).username == "alice");
  CHECK(resolve_user(f.db, f.clock, one_shot("root", "pw"), "alice").id == alice);
  CHECK(resolve_user(f.db, f.clock, session(admin)).username == "root");

  auto denied = thrown([&] { resolve_user(f.db, f.clock, session(user), "alice"); });
  REQUIRE(denied);
  CHECK(denied->code == ExitCode::auth);
  CHECK(denied->message == "--as is only for admins");

  auto missing = thrown([&] { resolve_user(f.db, f.clock, session(admin), "nobody"); });
  REQUIRE(missing);
  CHECK(missing->code == ExitCode::not_found);
  CHECK(missing->message == "no such user: nobody");
  auto missing_id = thrown([&] { resolve_user(f.db, f.clock, session(admin), "999"); });
  REQUIRE(missing_id);
  CHECK(missing_id->code == ExitCode::not_found);
}

TEST_CASE("a login whose token cannot be kept leaves nothing behind", "[identity][login]") {
  IdentityFixture f;
  const auto id = f.add_user("alice", "pw");
  LoginEffects effects;
  effects.keep_token = [](const std::string&) { throw kolmi::storage_error("session folder is full"); };
  CHECK_THROWS_AS(login(f.db, f.clock, "alice", "pw", effects), kolmi::Error);
  CHECK(f.count("SELECT COUNT(*) FROM sessions") == 0);
  CHECK_FALSE(f.column("SELECT last_login_at FROM users WHERE id = ?", id).has_value());
}

TEST_CASE("a login ends the session it replaces", "[identity][login]") {
  IdentityFixture f;
  f.add_user("alice", "pw");
  f.add_user("bob", "pw");
  const std::string old = login(f.db, f.clock, "alice", "pw").token;
  LoginEffects effects;
  effects.previous_token = old;
  std::string kept;
  effects.keep_token = [&kept](const std::string& token) { kept = token; };
  const auto outcome = login(f.db, f.clock, "bob", "pw", effects);
  CHECK(kept == outcome.token);
  CHECK(resolve_user(f.db, f.clock, session(outcome.token)).username == "bob");
  auto t = thrown([&] { resolve_user(f.db, f.clock, session(old)); });
  REQUIRE(t);
  CHECK(t->code == ExitCode::auth);
}

TEST_CASE("cheap stored hashes are recognised, so they can cost what an unknown login costs",
          "[identity][login]") {
  using kolmi::identity::cheaper_than_interactive;
  using kolmi::identity::hash_password;
  using kolmi::identity::KdfCost;
  CHECK(cheaper_than_interactive(hash_password("pw", KdfCost::minimal)));
  CHECK_FALSE(cheaper_than_interactive(hash_password("pw", KdfCost::interactive)));
  CHECK(cheaper_than_interactive("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"));  // legacy SHA1
  CHECK(cheaper_than_interactive("not a hash"));
}
