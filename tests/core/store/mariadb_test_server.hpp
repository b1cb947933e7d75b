#pragma once
// The private MariaDB test server for store tests: scripts/test.sh starts it
// (scripts/mariadb-test-server.sh) and names its socket in
// KOLMI_TEST_MARIADB_SOCKET. Each test gets a database of its own, dropped
// afterwards.
//
// Without the variable a test calling mariadb_test_socket() returns early
// having checked nothing, unless KOLMI_TEST_MARIADB_REQUIRED=1 says the
// server was meant to run: then it fails, so a run whose server did not
// start never looks green.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "core/store/database.hpp"

namespace kolmi::test {

inline std::optional<std::string> mariadb_test_socket() {
  const char* sock = std::getenv("KOLMI_TEST_MARIADB_SOCKET");
  if (sock && *sock) return std::string(sock);
  const char* required = std::getenv("KOLMI_TEST_MARIADB_REQUIRED");
  if (required && std::string(required) == "1") {
    FAIL(
        "KOLMI_TEST_MARIADB_REQUIRED=1 but KOLMI_TEST_MARIADB_SOCKET is not set: the MariaDB test server "
        "did not start (scripts/mariadb-test-server.sh)");
  }
  WARN("no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET): MariaDB back-end not tested");
  return std::nullopt;
}

inline std::string mariadb_url(const std::string& socket, const std::string& database) {
  return fmt::format("mariadb:///{}?socket={}", database, socket);
}

// A database of its own on the test server for one test, dropped at the end.
class ServerDatabase {
 public:
  explicit ServerDatabase(std::string socket) : socket_(std::move(socket)) {
    static std::atomic<int> counter{0};
    name_ = fmt::format("kolmi_t{}_{}", ::getpid(), ++counter);
    admin().exec(fmt::format("DROP DATABASE IF EXISTS {0}; CREATE DATABASE {0}", name_));
  }
  ~ServerDatabase() {
    try {
      admin().exec(fmt::format("DROP DATABASE IF EXISTS {}", name_));
    } catch (...) {  // a destructor must not throw; the next run drops it
    }
  }
  ServerDatabase(const ServerDatabase&) = delete;
  ServerDatabase& operator=(const ServerDatabase&) = delete;

  std::string url() const { return mariadb_url(socket_, name_); }
  store::Database open(store::OpenMode mode = store::OpenMode::create) const {
    return store::Database::open(url(), mode);
  }
  const std::string& name() const { return name_; }

 private:
  store::Database admin() const {
    return store::Database::open(mariadb_url(socket_, "kolmi_test"), store::OpenMode::create);
  }
  std::string socket_;
  std::string name_;
};

}  // namespace kolmi::test
