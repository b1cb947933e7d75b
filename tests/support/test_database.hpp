#pragma once
// A migrated kolmi database for tests (in memory, or a file in a scratch
// folder), a clock pinned at kTestNow, and a small builder for the rows that
// many fixtures share: currencies, users, devices and calls. Values are
// always bound; every field has a default, so a test names only what it
// cares about (designated initializers). The rows particular to one page
// (payments, faxes, rates...) stay as SQL in that page's fixture.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/database.hpp"
#include "core/store/users.hpp"
#include "core/time/clock.hpp"
#include "tests/support/server_database.hpp"

namespace kolmi::test {

// "Now" in the tests that pin the clock: a Saturday, 2026-11-28 09:30 UTC.
inline constexpr std::string_view kTestNow = "2026-11-28 09:30:00";

// Every member has an initializer, so designated initializers may leave
// any of them out (GCC's -Wmissing-field-initializers).
struct CurrencyRow {
  std::int64_t id = 0;  // 0: the next id
  std::string name{};   // ISO code: "EUR"
  std::string rate = "1";  // units per default currency, as a decimal: "0.92"
  bool active = true;
};

struct UserRow {
  std::int64_t id = 0;  // 0: the next id
  std::string login{};
  std::string password = "x";  // stored as given; see hashed()
  std::string usertype = "user";
  std::string first_name{};
  std::string last_name{};
  std::string language = "en";
  std::string currency{};  // a currency's name; "" leaves currency_id NULL
  std::string time_zone = "UTC";
  std::optional<std::int64_t> tariff_id{};
  std::string balance = "0";  // decimals, in the default currency
  std::string credit = "0";   // -1: no limit
  bool postpaid = true;
  std::string vat_percent = "0";
  bool blocked = false;
};

struct DeviceRow {
  std::int64_t id = 0;  // 0: the next id
  std::int64_t user_id = 0;
  std::string name{};
  std::string type = "SIP";
  std::string extension{};
  std::string callerid{};
  std::string secret{};
  std::string description{};
  std::int64_t regseconds = 0;
  std::string accountcode{};
  std::int64_t grace_time = 0;
};

// A call from extension 101 to a New York number, answered, unrated.
struct CallRow {
  std::int64_t id = 0;      // 0: the next id
  std::string calldate{};   // UTC
  std::optional<std::int64_t> user_id{};
  std::optional<std::int64_t> src_device{};
  std::optional<std::int64_t> dst_device{};
  std::string disposition = "ANSWERED";
  std::int64_t billsec = 0;
  std::string src = "101";
  std::string dst = "12125550100";
  std::optional<std::int64_t> price{};  // user_price: nano-units, default currency
  std::optional<std::string> prefix{};
  int processed = 0;
  std::string clid{};
  std::int64_t ring = 5;  // duration = ring + billsec
};

class TestDatabase {
 public:
  // An in-memory database; with KOLMI_TEST_BACKEND=mariadb, a fresh database
  // on the MariaDB test server (tests/support/server_database.hpp).
  TestDatabase();
  // A database file at `path` (created).
  explicit TestDatabase(const std::string& path);

  // The server database behind `db` when the tests run on MariaDB; declared
  // first so it is made before `db` opens it and dropped after `db` closes.
  std::optional<ServerDatabase> server;
  store::Database db;
  FixedClock clock;

  // Each inserts one row and returns its id.
  std::int64_t add_currency(const CurrencyRow& c);
  std::int64_t add_user(const UserRow& u);
  std::int64_t add_device(const DeviceRow& d);
  std::int64_t add_call(const CallRow& c);

  // find_user(db, id).
  store::User user(std::int64_t id);
};

// The user as the pages see it; the test fails when there is none.
store::User find_user(store::Database& db, std::int64_t user_id);

// `password` hashed at the minimal KDF cost that keeps tests fast.
std::string hashed(std::string_view password);

// The first column of the query's first row ("<null>" for NULL); the test
// fails when there is no row.
std::string query_text(store::Database& db, std::string_view sql);
std::int64_t query_int(store::Database& db, std::string_view sql);
// Every row of the query, its first `columns` columns joined with '|',
// NULL as "<null>".
std::vector<std::string> query_rows(store::Database& db, std::string_view sql, int columns);
// The first column of every row, joined with `separator` (what SQLite's
// group_concat gives, in a form both back-ends run).
std::string joined_rows(store::Database& db, std::string_view sql, std::string_view separator);
// True while a streamed list holds the connection (MariaDB, Statement::stream):
// then anything else is refused. Always false on SQLite, which never is.
bool connection_busy(store::Database& db);
// What connection_busy says in the middle of a list that streams: true on
// MariaDB, false on SQLite.
inline bool streams(const store::Database& db) { return db.dialect() == store::Dialect::mariadb; }
// Every row of every table named, as "table|col|col...", in id order: equal
// before and after means "nothing changed".
std::vector<std::string> dump_tables(store::Database& db, std::initializer_list<std::string_view> tables);

}  // namespace kolmi::test
