#pragma once
// The private MariaDB test server (scripts/mariadb-test-server.sh, started by
// scripts/test.sh): KOLMI_TEST_MARIADB_SOCKET names its socket.
//
// Without the variable, MariaDB tests pass without checking anything, unless
// KOLMI_TEST_MARIADB_REQUIRED=1 says the server was meant to run: then each
// one fails, so a run whose server did not start never looks green.
//
// KOLMI_TEST_BACKEND=mariadb runs the unit tests' TestDatabase on the server
// instead of in memory (ctest's "mariadb/" tests, see tests/CMakeLists.txt).
#include <optional>
#include <string>

#include "core/store/database.hpp"

namespace kolmi::test {

// The server's socket; nullopt (with a warning) when there is none and none
// was required; fails the test when one was required.
std::optional<std::string> mariadb_test_socket();

// "mariadb:///DATABASE?socket=SOCKET".
std::string mariadb_url(const std::string& socket, const std::string& database);

// True when KOLMI_TEST_BACKEND=mariadb: TestDatabase lives on the server.
bool tests_run_on_mariadb();

// A database of its own on the test server, dropped when this goes away.
class ServerDatabase {
 public:
  explicit ServerDatabase(std::string socket);
  ~ServerDatabase();
  ServerDatabase(const ServerDatabase&) = delete;
  ServerDatabase& operator=(const ServerDatabase&) = delete;

  std::string url() const { return mariadb_url(socket_, name_); }
  store::Database open(store::OpenMode mode = store::OpenMode::create) const;
  const std::string& name() const { return name_; }

 private:
  store::Database admin() const;
  std::string socket_;
  std::string name_;
};

}  // namespace kolmi::test
