#include "tests/support/server_database.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string_view>

#include <catch2/catch.hpp>
#include <fmt/format.h>

namespace kolmi::test {

namespace {

bool env_is(const char* name, std::string_view value) {
  const char* v = std::getenv(name);
  return v && value == v;
}

}  // namespace

std::optional<std::string> mariadb_test_socket() {
  const char* sock = std::getenv("KOLMI_TEST_MARIADB_SOCKET");
  if (sock && *sock) return std::string(sock);
  if (env_is("KOLMI_TEST_MARIADB_REQUIRED", "1")) {
    FAIL("KOLMI_TEST_MARIADB_REQUIRED=1 but KOLMI_TEST_MARIADB_SOCKET is not set: the MariaDB test server "
         "did not start (scripts/mariadb-test-server.sh)");
  }
  WARN("no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET): MariaDB back-end not tested");
  return std::nullopt;
}

std::string mariadb_url(const std::string& socket, const std::string& database) {
  return fmt::format("mariadb:///{}?socket={}", database, socket);
}

bool tests_run_on_mariadb() { return env_is("KOLMI_TEST_BACKEND", "mariadb"); }

ServerDatabase::ServerDatabase(std::string socket) : socket_(std::move(socket)) {
  // The process id keeps parallel test processes (ctest -j) apart.
  static std::atomic<int> counter{0};
  name_ = fmt::format("kolmi_t{}_{}", ::getpid(), ++counter);
  admin().exec(fmt::format("DROP DATABASE IF EXISTS {0}; CREATE DATABASE {0}", name_));
}

ServerDatabase::~ServerDatabase() {
  try {
    admin().exec(fmt::format("DROP DATABASE IF EXISTS {}", name_));
  } catch (...) {  // a destructor must not throw; the next run with this pid drops it
  }
}

store::Database ServerDatabase::open(store::OpenMode mode) const { return store::Database::open(url(), mode); }

store::Database ServerDatabase::admin() const {
  return store::Database::open(mariadb_url(socket_, "kolmi_test"), store::OpenMode::create);
}

}  // namespace kolmi::test
