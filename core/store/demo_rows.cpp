#include "core/store/demo_rows.hpp"

#include <sqlite3.h>

#include <memory>

#include "core/store/conflines.hpp"

namespace kolmi::store {

DemoReferenceRows::DemoReferenceRows(Database& db)
    : db_(db),
      currency_(
          db.prepare("INSERT INTO currencies (name, full_name, exchange_rate, active) VALUES (?, ?, ?, ?)")),
      rate_(db.prepare("INSERT INTO rates (tariff_id, destinationgroup_id) VALUES (?, ?)")),
      detail_(db.prepare("INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, "
                         "price) VALUES (?, ?, ?, ?, ?, ?)")) {}

std::int64_t DemoReferenceRows::add_currency(std::string_view code, std::string_view full_name,
                                             Decimal exchange_rate, int active) {
  currency_.bind_all(code, full_name, exchange_rate, active).run();
  return db_.last_insert_rowid();
}

std::int64_t DemoReferenceRows::add_group_rate(std::int64_t tariff_id, std::int64_t group_id) {
  rate_.bind_all(tariff_id, group_id).run();
  return db_.last_insert_rowid();
}

void DemoReferenceRows::add_detail(std::int64_t rate_id, int from, int duration, std::string_view artype,
                                   int round, Decimal price) {
  detail_.bind_all(rate_id, from, duration, artype, round, price).run();
}

DemoPeopleRows::DemoPeopleRows(Database& db)
    : db_(db),
      address_(db.prepare("INSERT INTO addresses (direction_id, state, county, city, postcode, "
                          "address, phone, mob_phone, fax, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      user_(db.prepare("INSERT INTO users (id, username, password, usertype, first_name, last_name, balance, "
                       "credit, postpaid, tariff_id, clientid, agreement_number, agreement_date, language, "
                       "taxation_country, vat_number, vat_percent, address_id, currency_id, time_zone, "
                       "created_at, last_login_at, previous_login_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      device_(db.prepare("INSERT INTO devices (id, name, secret, device_type, extension, callerid, "
                         "user_id, description, regseconds, grace_time, accountcode) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {}

std::int64_t DemoPeopleRows::add_address(std::int64_t direction_id, std::string_view state,
                                         std::string_view county, std::string_view city,
                                         std::string_view postcode, std::string_view address,
                                         std::string_view phone, std::string_view mob_phone,
                                         std::string_view fax, std::string_view email) {
  address_.bind_all(direction_id, state, county, city, postcode, address, phone, mob_phone, fax, email).run();
  return db_.last_insert_rowid();
}

void DemoPeopleRows::add_user(std::int64_t id, std::string_view username, std::string_view password_hash,
                              std::string_view usertype, std::string_view first_name,
                              std::string_view last_name, Decimal balance, Decimal credit, int postpaid,
                              std::int64_t tariff_id, std::string_view clientid,
                              std::string_view agreement_number, std::string_view agreement_date,
                              std::string_view language, std::int64_t taxation_country,
                              std::string_view vat_number, Decimal vat_percent,
                              std::optional<std::int64_t> address_id, std::int64_t currency_id,
                              std::string_view time_zone, std::string_view created_at,
                              std::string_view last_login_at, std::string_view previous_login_at) {
  user_
      .bind_all(id, username, password_hash, usertype, first_name, last_name, balance, credit, postpaid,
                tariff_id, clientid, agreement_number, agreement_date, language, taxation_country, vat_number,
                vat_percent, address_id, currency_id, time_zone, created_at, last_login_at, previous_login_at)
      .run();
}

void DemoPeopleRows::add_device(std::int64_t id, std::string_view name, std::string_view secret,
                                std::string_view device_type, std::string_view extension,
                                std::string_view callerid, std::int64_t user_id, std::string_view description,
                                std::int64_t regseconds, std::int64_t grace_time,
                                std::string_view accountcode) {
  device_
      .bind_all(id, name, secret, device_type, extension, callerid, user_id, description, regseconds,
                grace_time, accountcode)
      .run();
}

DemoAccountRows::DemoAccountRows(Database& db)
    : db_(db),
      service_(db.prepare("INSERT INTO services (name, servicetype, price, periodtype) VALUES (?, ?, ?, ?)")),
      payment_(db.prepare("INSERT INTO payments (user_id, paymenttype, amount, currency, date_added, "
                          "shipped_at, completed, vat_percent, tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")),
      subscription_(db.prepare("INSERT INTO subscriptions (service_id, user_id, device_id, "
                               "activation_start, activation_end, added) VALUES (?, ?, ?, ?, ?, ?)")),
      cli_(db.prepare("INSERT INTO callerids (cli, device_id, description, added_at, banned) "
                      "VALUES (?, ?, ?, ?, ?)")),
      phonebook_(db.prepare("INSERT INTO phonebooks (user_id, number, name, added) VALUES (?, ?, ?, ?)")),
      fax_(db.prepare("INSERT INTO pdffaxes (device_id, filename, receive_time, size, deleted, "
                      "fax_sender, status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {}

std::int64_t DemoAccountRows::add_service(std::string_view name, std::string_view servicetype, Decimal price,
                                          std::string_view periodtype) {
  service_.bind_all(name, servicetype, price, periodtype).run();
  return db_.last_insert_rowid();
}

void DemoAccountRows::add_payment(std::int64_t user_id, std::string_view paymenttype, Decimal amount,
                                  std::string_view currency, std::string_view date_added,
                                  const std::optional<std::string>& shipped_at, int completed,
                                  Decimal vat_percent, Decimal tax) {
  payment_
      .bind_all(user_id, paymenttype, amount, currency, date_added, shipped_at, completed, vat_percent, tax)
      .run();
}

void DemoAccountRows::add_subscription(std::int64_t service_id, std::int64_t user_id,
                                       std::optional<std::int64_t> device_id,
                                       std::string_view activation_start,
                                       const std::optional<std::string>& activation_end,
                                       std::string_view added) {
  subscription_.bind_all(service_id, user_id, device_id, activation_start, activation_end, added).run();
}

void DemoAccountRows::add_cli(std::string_view cli, std::int64_t device_id, std::string_view description,
                              std::string_view added_at, int banned) {
  cli_.bind_all(cli, device_id, description, added_at, banned).run();
}

void DemoAccountRows::add_phonebook_entry(std::int64_t user_id, std::string_view number,
                                          std::string_view name, std::string_view added) {
  phonebook_.bind_all(user_id, number, name, added).run();
}

void DemoAccountRows::add_fax(std::int64_t device_id, std::string_view filename,
                              std::string_view receive_time, std::int64_t size, int deleted,
                              std::string_view fax_sender, std::string_view status) {
  fax_.bind_all(device_id, filename, receive_time, size, deleted, fax_sender, status).run();
}

bool file_has_demo_mark(const std::string& path) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close_v2);
  if (rc != SQLITE_OK) return false;
  sqlite3_stmt* raw_stmt = nullptr;
  const std::string_view sql = "SELECT 1 FROM conflines WHERE name = ? AND owner_id = 0";
  if (sqlite3_prepare_v2(raw, sql.data(), static_cast<int>(sql.size()), &raw_stmt, nullptr) != SQLITE_OK) {
    return false;  // not a database, or no conflines table: not ours
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw_stmt, sqlite3_finalize);
  const std::string_view name = setting_name(conf::kDemoSeed);
  sqlite3_bind_text(raw_stmt, 1, name.data(), static_cast<int>(name.size()), SQLITE_STATIC);
  return sqlite3_step(raw_stmt) == SQLITE_ROW;
}

void start_unprotected_build(Database& db) {
  db.exec("PRAGMA journal_mode = OFF");
  db.exec("PRAGMA synchronous = OFF");
}

void finish_unprotected_build(Database& db) {
  db.exec("PRAGMA journal_mode = WAL");
}

}  // namespace kolmi::store
