#include "tests/support/test_database.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

#include "core/decimal.hpp"
#include "core/identity/password.hpp"
#include "core/store/call_totals.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::test {

namespace {

// A decimal written in a test; a typo there fails the test.
Decimal decimal(std::string_view text) {
  auto d = Decimal::parse(text);
  INFO("decimal '" << text << "'");
  REQUIRE(d.has_value());
  return *d;
}

std::optional<std::int64_t> id_or_next(std::int64_t id) {
  if (id == 0) return std::nullopt;
  return id;
}

}  // namespace

namespace {

// The server database a TestDatabase lives in, when the tests run on MariaDB
// (the ctest "mariadb/" tests; their main checks the server is there).
std::optional<ServerDatabase> server_database_if_asked() {
  if (!tests_run_on_mariadb()) return std::nullopt;
  auto socket = mariadb_test_socket();
  REQUIRE(socket.has_value());
  return std::optional<ServerDatabase>(std::in_place, *socket);
}

}  // namespace

TestDatabase::TestDatabase()
    : server(server_database_if_asked()),
      db(server ? server->open() : store::Database::open_memory()),
      clock(*parse_utc(kTestNow)) {
  store::migrate(db);
}

TestDatabase::TestDatabase(const std::string& path)
    : db(store::Database::open(path, store::OpenMode::create)), clock(*parse_utc(kTestNow)) {
  store::migrate(db);
}

std::int64_t TestDatabase::add_currency(const CurrencyRow& c) {
  auto s = db.prepare("INSERT INTO currencies (id, name, exchange_rate, active) VALUES (?, ?, ?, ?)");
  s.bind_all(id_or_next(c.id), c.name, decimal(c.rate), c.active ? 1 : 0);
  s.run();
  return db.last_insert_rowid();
}

std::int64_t TestDatabase::add_user(const UserRow& u) {
  auto s = db.prepare(
      "INSERT INTO users (id, username, password, usertype, first_name, last_name, language, currency_id, "
      "time_zone, tariff_id, balance, credit, postpaid, vat_percent, blocked) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT id FROM currencies WHERE name = ?), ?, ?, ?, ?, ?, ?, ?)");
  s.bind_all(id_or_next(u.id), u.login, u.password, u.usertype, u.first_name, u.last_name, u.language, u.currency,
             u.time_zone, u.tariff_id, decimal(u.balance), decimal(u.credit), u.postpaid ? 1 : 0,
             decimal(u.vat_percent), u.blocked ? 1 : 0);
  s.run();
  if (!u.currency.empty()) {
    INFO("user " << u.login << ": no currency " << u.currency);
    REQUIRE(query_int(db, "SELECT currency_id IS NOT NULL FROM users WHERE id = " +
                              std::to_string(db.last_insert_rowid())) == 1);
  }
  return db.last_insert_rowid();
}

std::int64_t TestDatabase::add_device(const DeviceRow& d) {
  auto s = db.prepare(
      "INSERT INTO devices (id, user_id, name, device_type, extension, callerid, secret, description, "
      "regseconds, accountcode, grace_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind_all(id_or_next(d.id), d.user_id, d.name, d.type, d.extension, d.callerid, d.secret, d.description,
             d.regseconds, d.accountcode, d.grace_time);
  s.run();
  return db.last_insert_rowid();
}

std::int64_t TestDatabase::add_call(const CallRow& c) {
  auto s = db.prepare(
      "INSERT INTO calls (id, calldate, user_id, src_device_id, dst_device_id, disposition, billsec, duration, "
      "src, dst, user_price, prefix, processed, clid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind_all(id_or_next(c.id), c.calldate, c.user_id, c.src_device, c.dst_device, c.disposition, c.billsec,
             c.ring + c.billsec, c.src, c.dst, c.price, c.prefix, c.processed, c.clid);
  s.run();
  const std::int64_t id = db.last_insert_rowid();
  store::count_stored_call(db, id);  // as kolmi's call writer does
  return id;
}

store::User TestDatabase::user(std::int64_t id) { return find_user(db, id); }

store::User find_user(store::Database& db, std::int64_t user_id) {
  auto u = store::find_user_by_id(db, user_id);
  INFO("user " << user_id);
  REQUIRE(u.has_value());
  return *u;
}

std::string hashed(std::string_view password) {
  return identity::hash_password(password, identity::KdfCost::minimal);
}

std::string query_text(store::Database& db, std::string_view sql) {
  auto s = db.prepare(sql);
  INFO(sql);
  REQUIRE(s.step());
  return s.is_null(0) ? "<null>" : s.str(0);
}

bool connection_busy(store::Database& db) {
  try {
    db.prepare("SELECT 1");
    return false;
  } catch (const std::logic_error&) {
    return true;
  }
}

std::int64_t query_int(store::Database& db, std::string_view sql) {
  auto s = db.prepare(sql);
  INFO(sql);
  REQUIRE(s.step());
  return s.int64(0);
}

std::vector<std::string> query_rows(store::Database& db, std::string_view sql, int columns) {
  auto s = db.prepare(sql);
  std::vector<std::string> rows;
  while (s.step()) {
    std::string row;
    for (int c = 0; c < columns; ++c) {
      if (c > 0) row += '|';
      row += s.is_null(c) ? std::string("<null>") : s.str(c);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string joined_rows(store::Database& db, std::string_view sql, std::string_view separator) {
  std::string out;
  bool first = true;
  for (auto& row : query_rows(db, sql, 1)) {
    if (!first) out += separator;
    out += row;
    first = false;
  }
  return out;
}

std::vector<std::string> dump_tables(store::Database& db, std::initializer_list<std::string_view> tables) {
  std::vector<std::string> out;
  for (std::string_view table : tables) {
    const std::string name(table);
    const auto columns = static_cast<int>(query_int(
        db, db.dialect() == store::Dialect::sqlite
                ? "SELECT count(*) FROM pragma_table_info('" + name + "')"
                : "SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '" +
                      name + "'"));
    for (auto& row : query_rows(db, "SELECT * FROM " + name + " ORDER BY id", columns)) out.push_back(name + "|" + row);
  }
  return out;
}

}  // namespace kolmi::test
