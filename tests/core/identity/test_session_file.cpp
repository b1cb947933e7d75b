#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/identity/session_file.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;
using namespace kolmi::identity;

using kolmi::test::ScratchDir;

namespace {

unsigned mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777u;
}

}  // namespace

TEST_CASE("the session file is written 0600 in a 0700 folder", "[identity][session_file]") {
  ScratchDir tmp{"kolmi-identity"};
  std::string path = tmp.path() + "/state/kolmi/session";
  write_session_token(path, "abc123");
  CHECK(mode_of(path) == 0600u);
  CHECK((mode_of(tmp.path() + "/state/kolmi") & 077u) == 0u);
  CHECK(read_session_token(path) == std::optional<std::string>("abc123"));

  write_session_token(path, "def456");  // replaced atomically
  CHECK(read_session_token(path) == std::optional<std::string>("def456"));

  remove_session_file(path);
  CHECK_FALSE(read_session_token(path).has_value());
  CHECK_NOTHROW(remove_session_file(path));  // already gone is fine
}

TEST_CASE("a missing or empty session file means no session", "[identity][session_file]") {
  ScratchDir tmp{"kolmi-identity"};
  CHECK_FALSE(read_session_token(tmp.path() + "/none").has_value());
  std::string path = tmp.path() + "/empty";
  std::ofstream(path) << "  \n";
  ::chmod(path.c_str(), 0600);
  CHECK_FALSE(read_session_token(path).has_value());
}

TEST_CASE("only the first line counts, trimmed", "[identity][session_file]") {
  ScratchDir tmp{"kolmi-identity"};
  std::string path = tmp.path() + "/session";
  std::ofstream(path) << "  tok \r\nsecond line\n";
  ::chmod(path.c_str(), 0600);
  CHECK(read_session_token(path) == std::optional<std::string>("tok"));
}

TEST_CASE("a session file others can read is refused", "[identity][session_file]") {
  ScratchDir tmp{"kolmi-identity"};
  std::string path = tmp.path() + "/session";
  write_session_token(path, "tok");
  for (unsigned mode : {0640u, 0604u, 0620u}) {
    ::chmod(path.c_str(), mode);
    try {
      read_session_token(path);
      FAIL("no error for mode " << mode);
    } catch (const Error& e) {
      CHECK(e.code() == ExitCode::auth);
      std::string msg = e.what();
      CHECK(msg.find(path) != std::string::npos);
      CHECK(msg.find("kolmi logout") != std::string::npos);  // it ends the exposed session
      CHECK(msg.find("kolmi login") != std::string::npos);
      // Logout can still read it, to end that session.
      CHECK(read_session_token_to_revoke(path) == std::optional<std::string>("tok"));
    }
  }
  // Logging in again rewrites it privately.
  write_session_token(path, "new");
  CHECK(mode_of(path) == 0600u);
  CHECK(read_session_token(path) == std::optional<std::string>("new"));
}

TEST_CASE("a session file that cannot be removed is a storage error", "[identity][session_file]") {
  ScratchDir tmp{"kolmi-identity"};
  // unlink() refuses a folder (EISDIR) even for root, unlike a permission test.
  std::string path = tmp.path() + "/session";
  REQUIRE(::mkdir(path.c_str(), 0700) == 0);
  try {
    remove_session_file(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::storage);
    CHECK(std::string(e.what()).find(path) != std::string::npos);
  }
}
