#pragma once
// The demo database: realistic, deterministic data for trying kolmi and for
// golden tests. See README.md "Demo data" and man/kolmi.1 (kolmi demo).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/time/clock.hpp"

namespace kolmi::demo {

struct DemoOptions {
  std::uint64_t seed = 1;
  int extra_users = 0;          // --users N: demo3 ... demo(N+2)
  std::int64_t calls = 5000;    // --calls N, spread over the last 90 days
  bool force = false;           // replace a database that kolmi demo did not make
  // Told the temporary file's path as soon as it exists, so the caller can
  // remove it on a signal (destructors do not run then).
  std::function<void(const std::string&)> on_temp_file;
  // The password for a server database (KOLMI_DB_PASSWORD); none: the option
  // files' or none at all.
  std::optional<std::string> server_password;
};

struct DemoLogin {
  std::string login;
  std::string password;
  std::string about;  // "admin", "postpaid, USD, Asia/Tashkent", ...
};

struct DemoSummary {
  std::vector<DemoLogin> logins;  // admin, demo, demo2 and the extra users
  std::int64_t users = 0;
  std::int64_t calls = 0;
};

// Builds the demo database in a temporary file next to `path` and renames it
// into place, so an existing database is replaced whole or not at all. An
// existing database is replaced only when it is still a demo database
// (conflines Kolmi_Demo_Seed: kolmi demo sets it, and the first committed
// change of data by any other kolmi command removes it) or options.force is
// set; otherwise throws Error(storage) saying so. The same seed and clock
// give the same data.
//
// `path` may be a mariadb:// URL (store/server_url.hpp): the demo is then
// built in that server database, through the same store writers, with the
// same rows, ids and money as in a file. The database must be empty or hold
// a kolmi database that the rule above allows replacing (or a demo build
// cut short); its kolmi tables are then dropped and made anew. There is no
// rename on a server: the tables stay unmarked (kolmi_schema without its
// row) until the last call is in, so a reader meanwhile is told it is not a
// kolmi database; the calls are committed 100,000 at a time. A database
// with any table that is not kolmi's is refused, --force or not
// (Error(storage)). A build that fails leaves the database empty; one cut
// short by a signal or a lost connection leaves an unmarked database
// holding the demo mark, which no kolmi command opens and the next kolmi
// demo replaces.
DemoSummary create_demo_database(const std::string& path, const DemoOptions& options, const Clock& clock);

}  // namespace kolmi::demo
