// The unit tests' entry point. With KOLMI_TEST_BACKEND=mariadb (ctest's
// "mariadb/" tests) the TestDatabase of every test lives on the MariaDB test
// server; without a server, the run is skipped (exit 77) unless the server
// was meant to run (KOLMI_TEST_MARIADB_REQUIRED=1), which fails it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

constexpr int kSkipped = 77;  // ctest's SKIP_RETURN_CODE for these tests

bool is_set(const char* name) {
  const char* v = std::getenv(name);
  return v && *v;
}

}  // namespace

int main(int argc, char* argv[]) {
  const char* backend = std::getenv("KOLMI_TEST_BACKEND");
  if (backend && std::string_view(backend) == "mariadb" && !is_set("KOLMI_TEST_MARIADB_SOCKET")) {
    const char* required = std::getenv("KOLMI_TEST_MARIADB_REQUIRED");
    if (required && std::string_view(required) == "1") {
      std::fputs("KOLMI_TEST_BACKEND=mariadb with KOLMI_TEST_MARIADB_REQUIRED=1, but no KOLMI_TEST_MARIADB_SOCKET: "
                 "the MariaDB test server did not start\n", stderr);
      return 1;
    }
    std::fputs("skipped: KOLMI_TEST_BACKEND=mariadb but no MariaDB test server (KOLMI_TEST_MARIADB_SOCKET)\n",
               stderr);
    return kSkipped;
  }
  return Catch::Session().run(argc, argv);
}
