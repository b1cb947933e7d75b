#include "core/store/schema_mariadb.hpp"

#include <algorithm>
#include <string>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/schema.hpp"

namespace kolmi::store {

namespace {

// Schema version 7 (store/schema.cpp, migrations 1 to 7), table by table in
// the order foreign keys need. Column comments there say what each holds.
// Sizes: names, codes and numbers VARCHAR(255); times 'YYYY-MM-DD HH:MM:SS'
// VARCHAR(32); free text TEXT. STRICT_ALL_TABLES makes a longer value an
// error, never a cut one.
constexpr std::string_view kTables[] = {
    R"SQL(CREATE TABLE directions (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  code VARCHAR(16) NOT NULL UNIQUE
))SQL",
    R"SQL(CREATE TABLE destinationgroups (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  desttype VARCHAR(32) NOT NULL DEFAULT 'FIX',
  flag VARCHAR(32) NOT NULL DEFAULT ''
))SQL",
    R"SQL(CREATE TABLE destinations (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prefix VARCHAR(64) NOT NULL UNIQUE,
  direction_code VARCHAR(16) NOT NULL DEFAULT '',
  subcode VARCHAR(32) NOT NULL DEFAULT 'FIX',
  name VARCHAR(255) NOT NULL DEFAULT '',
  destinationgroup_id BIGINT,
  FOREIGN KEY (destinationgroup_id) REFERENCES destinationgroups(id),
  INDEX destinations_group (destinationgroup_id, prefix)
))SQL",
    R"SQL(CREATE TABLE currencies (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(16) NOT NULL UNIQUE,
  full_name VARCHAR(255) NOT NULL DEFAULT '',
  exchange_rate BIGINT NOT NULL,
  active BIGINT NOT NULL DEFAULT 1
))SQL",
    R"SQL(CREATE TABLE tariffs (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL UNIQUE,
  purpose VARCHAR(32) NOT NULL DEFAULT 'user',
  currency VARCHAR(16) NOT NULL DEFAULT 'USD'
))SQL",
    // Schema 10: providers and the peers that name them (store/schema.cpp
    // says why); also made by the 9 -> 10 step (create_mariadb_provider_tables).
    R"SQL(CREATE TABLE providers (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL UNIQUE,
  tech VARCHAR(32) NOT NULL DEFAULT 'SIP',
  tariff_id BIGINT NOT NULL,
  currency VARCHAR(16) NOT NULL DEFAULT 'USD',
  FOREIGN KEY (tariff_id) REFERENCES tariffs(id)
))SQL",
    R"SQL(CREATE TABLE provider_peers (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  provider_id BIGINT NOT NULL,
  peer VARCHAR(255) NOT NULL UNIQUE,
  FOREIGN KEY (provider_id) REFERENCES providers(id) ON DELETE CASCADE,
  INDEX provider_peers_provider (provider_id)
))SQL",
    R"SQL(CREATE TABLE rates (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tariff_id BIGINT NOT NULL,
  destination_id BIGINT,
  destinationgroup_id BIGINT,
  min_time BIGINT NOT NULL DEFAULT 0,
  effective_from VARCHAR(32),
  effective_till VARCHAR(32),
  FOREIGN KEY (tariff_id) REFERENCES tariffs(id) ON DELETE CASCADE,
  FOREIGN KEY (destination_id) REFERENCES destinations(id),
  FOREIGN KEY (destinationgroup_id) REFERENCES destinationgroups(id),
  INDEX rates_tariff (tariff_id, destinationgroup_id, destination_id)
))SQL",
    R"SQL(CREATE TABLE aratedetails (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  rate_id BIGINT NOT NULL,
  "from" BIGINT NOT NULL DEFAULT 1,
  duration BIGINT NOT NULL DEFAULT -1,
  artype VARCHAR(16) NOT NULL DEFAULT 'minute' CHECK (artype IN ('minute', 'event')),
  round BIGINT NOT NULL DEFAULT 1,
  price BIGINT NOT NULL DEFAULT 0,
  start_time VARCHAR(8) NOT NULL DEFAULT '00:00:00',
  end_time VARCHAR(8) NOT NULL DEFAULT '23:59:59',
  daytype VARCHAR(16) NOT NULL DEFAULT '',
  FOREIGN KEY (rate_id) REFERENCES rates(id) ON DELETE CASCADE,
  INDEX aratedetails_rate (rate_id)
))SQL",
    R"SQL(CREATE TABLE addresses (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  direction_id BIGINT,
  state VARCHAR(255) NOT NULL DEFAULT '',
  county VARCHAR(255) NOT NULL DEFAULT '',
  city VARCHAR(255) NOT NULL DEFAULT '',
  postcode VARCHAR(255) NOT NULL DEFAULT '',
  address VARCHAR(255) NOT NULL DEFAULT '',
  phone VARCHAR(255) NOT NULL DEFAULT '',
  mob_phone VARCHAR(255) NOT NULL DEFAULT '',
  fax VARCHAR(255) NOT NULL DEFAULT '',
  email VARCHAR(255) NOT NULL DEFAULT '',
  FOREIGN KEY (direction_id) REFERENCES directions(id)
))SQL",
    R"SQL(CREATE TABLE users (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(255) NOT NULL UNIQUE,
  password VARCHAR(255) NOT NULL,
  usertype VARCHAR(16) NOT NULL DEFAULT 'user'
    CHECK (usertype IN ('admin', 'reseller', 'accountant', 'user')),
  first_name VARCHAR(255) NOT NULL DEFAULT '',
  last_name VARCHAR(255) NOT NULL DEFAULT '',
  balance BIGINT NOT NULL DEFAULT 0,
  credit BIGINT NOT NULL DEFAULT 0,
  postpaid BIGINT NOT NULL DEFAULT 1,
  blocked BIGINT NOT NULL DEFAULT 0,
  tariff_id BIGINT,
  clientid VARCHAR(255) NOT NULL DEFAULT '',
  agreement_number VARCHAR(255) NOT NULL DEFAULT '',
  agreement_date VARCHAR(32),
  language VARCHAR(16) NOT NULL DEFAULT 'en',
  taxation_country BIGINT,
  vat_number VARCHAR(255) NOT NULL DEFAULT '',
  vat_percent BIGINT NOT NULL DEFAULT 0,
  address_id BIGINT,
  currency_id BIGINT,
  time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC',
  created_at VARCHAR(32) NOT NULL DEFAULT (DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:%s')),
  last_login_at VARCHAR(32),
  previous_login_at VARCHAR(32),
  FOREIGN KEY (tariff_id) REFERENCES tariffs(id),
  FOREIGN KEY (taxation_country) REFERENCES directions(id),
  FOREIGN KEY (address_id) REFERENCES addresses(id),
  FOREIGN KEY (currency_id) REFERENCES currencies(id)
))SQL",
    R"SQL(CREATE TABLE devices (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  secret VARCHAR(255) NOT NULL DEFAULT '',
  device_type VARCHAR(32) NOT NULL DEFAULT 'SIP',
  extension VARCHAR(255) NOT NULL DEFAULT '',
  callerid VARCHAR(255) NOT NULL DEFAULT '',
  user_id BIGINT NOT NULL,
  description VARCHAR(255) NOT NULL DEFAULT '',
  regseconds BIGINT NOT NULL DEFAULT 0,
  grace_time BIGINT NOT NULL DEFAULT 0,
  accountcode VARCHAR(255) NOT NULL DEFAULT '',
  FOREIGN KEY (user_id) REFERENCES users(id),
  INDEX devices_user (user_id),
  INDEX devices_name (name),
  INDEX devices_extension (extension)
))SQL",
    // calls. Schema 9: calls_identity is the duplicate rule of the CDR
    // import (store/cdr_identity.hpp). SQLite's partial index of unrated
    // calls (calldate WHERE user_price IS NULL) is, on MariaDB, an index on
    // the virtual column unrated_calldate: the calldate of an unrated call,
    // NULL for a priced one (admin_call_list.cpp reads it). Every secondary
    // index here grows at its end or at a few places (the id, the dates,
    // uniqueids in time order, a user's or a device's latest calls): the
    // earlier (user_price, calldate) put every new call at a random place by
    // its price, about a quarter of the server's work on an import
    // (bench/README.md). Priced calls are all NULL keys, ordered by id, so
    // they too append. Written into schema 9's DDL: no MariaDB database was
    // released before it.
    R"SQL(CREATE TABLE calls (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  calldate VARCHAR(32) NOT NULL,
  clid VARCHAR(255) NOT NULL DEFAULT '',
  src VARCHAR(255) NOT NULL DEFAULT '',
  dst VARCHAR(255) NOT NULL DEFAULT '',
  dcontext VARCHAR(255) NOT NULL DEFAULT '',
  channel VARCHAR(255) NOT NULL DEFAULT '',
  dstchannel VARCHAR(255) NOT NULL DEFAULT '',
  lastapp VARCHAR(255) NOT NULL DEFAULT '',
  lastdata TEXT NOT NULL DEFAULT '',
  duration BIGINT NOT NULL DEFAULT 0,
  billsec BIGINT NOT NULL DEFAULT 0,
  disposition VARCHAR(32) NOT NULL DEFAULT '',
  accountcode VARCHAR(255) NOT NULL DEFAULT '',
  uniqueid VARCHAR(255) NOT NULL DEFAULT '',
  userfield VARCHAR(255) NOT NULL DEFAULT '',
  src_device_id BIGINT,
  dst_device_id BIGINT,
  processed BIGINT NOT NULL DEFAULT 0,
  user_id BIGINT,
  user_rate BIGINT,
  user_billsec BIGINT,
  user_price BIGINT,
  prefix VARCHAR(64),
  hangupcause BIGINT,
  localized_dst VARCHAR(255) NOT NULL DEFAULT '',
  cdr_hash BIGINT,
  provider_id BIGINT,
  provider_rate BIGINT,
  provider_billsec BIGINT,
  provider_price BIGINT,
  unrated_calldate VARCHAR(32) AS (IF(user_price IS NULL, calldate, NULL)) VIRTUAL,
  INDEX calls_user_date (user_id, calldate, billsec),
  INDEX calls_dst_device_date (dst_device_id, calldate, billsec, user_id),
  UNIQUE INDEX calls_identity (uniqueid, cdr_hash),
  INDEX calls_date (calldate),
  INDEX calls_unrated_date (unrated_calldate)
))SQL",
    R"SQL(CREATE TABLE payments (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  paymenttype VARCHAR(32) NOT NULL DEFAULT 'manual',
  amount BIGINT NOT NULL DEFAULT 0,
  currency VARCHAR(16) NOT NULL DEFAULT 'USD',
  date_added VARCHAR(32) NOT NULL,
  shipped_at VARCHAR(32),
  completed BIGINT NOT NULL DEFAULT 1,
  vat_percent BIGINT NOT NULL DEFAULT 0,
  tax BIGINT NOT NULL DEFAULT 0,
  exchange_rate BIGINT,
  comment TEXT NOT NULL DEFAULT '',
  FOREIGN KEY (user_id) REFERENCES users(id),
  INDEX payments_user (user_id, date_added),
  INDEX payments_date (date_added)
))SQL",
    R"SQL(CREATE TABLE invoices (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  number VARCHAR(255) NOT NULL DEFAULT '',
  period_start VARCHAR(32) NOT NULL,
  period_end VARCHAR(32) NOT NULL,
  issue_date VARCHAR(32) NOT NULL,
  paid BIGINT NOT NULL DEFAULT 0,
  paid_date VARCHAR(32),
  price BIGINT NOT NULL DEFAULT 0,
  price_with_vat BIGINT NOT NULL DEFAULT 0,
  number_seq BIGINT,
  FOREIGN KEY (user_id) REFERENCES users(id),
  INDEX invoices_user (user_id, issue_date)
))SQL",
    // Schema 10: an invoice's lines (store/schema.cpp says what each holds).
    R"SQL(CREATE TABLE invoicedetails (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  invoice_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  quantity BIGINT NOT NULL DEFAULT 0,
  price BIGINT NOT NULL DEFAULT 0,
  invdet_type VARCHAR(32) NOT NULL DEFAULT 'calls',
  total_time BIGINT NOT NULL DEFAULT 0,
  destinationgroup_id BIGINT,
  subscription_id BIGINT,
  FOREIGN KEY (invoice_id) REFERENCES invoices(id),
  INDEX invoicedetails_invoice (invoice_id, id)
))SQL",
    R"SQL(CREATE TABLE services (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  servicetype VARCHAR(32) NOT NULL DEFAULT 'periodic_fee',
  price BIGINT NOT NULL DEFAULT 0,
  periodtype VARCHAR(32) NOT NULL DEFAULT 'month'
))SQL",
    R"SQL(CREATE TABLE subscriptions (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  service_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  device_id BIGINT,
  activation_start VARCHAR(32),
  activation_end VARCHAR(32),
  added VARCHAR(32) NOT NULL,
  FOREIGN KEY (service_id) REFERENCES services(id),
  FOREIGN KEY (user_id) REFERENCES users(id),
  FOREIGN KEY (device_id) REFERENCES devices(id),
  INDEX subscriptions_user (user_id)
))SQL",
    R"SQL(CREATE TABLE callerids (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cli VARCHAR(255) NOT NULL,
  device_id BIGINT NOT NULL,
  description VARCHAR(255) NOT NULL DEFAULT '',
  added_at VARCHAR(32) NOT NULL,
  banned BIGINT NOT NULL DEFAULT 0,
  FOREIGN KEY (device_id) REFERENCES devices(id),
  UNIQUE INDEX callerids_device_cli (device_id, cli)
))SQL",
    R"SQL(CREATE TABLE phonebooks (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  number VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  added VARCHAR(32) NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users(id),
  INDEX phonebooks_user (user_id)
))SQL",
    R"SQL(CREATE TABLE pdffaxes (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  device_id BIGINT NOT NULL,
  filename VARCHAR(1024) NOT NULL DEFAULT '',
  receive_time VARCHAR(32) NOT NULL,
  size BIGINT NOT NULL DEFAULT 0,
  deleted BIGINT NOT NULL DEFAULT 0,
  fax_sender VARCHAR(255) NOT NULL DEFAULT '',
  status VARCHAR(32) NOT NULL DEFAULT 'good',
  FOREIGN KEY (device_id) REFERENCES devices(id),
  INDEX pdffaxes_device (device_id, receive_time)
))SQL",
    R"SQL(CREATE TABLE conflines (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  owner_id BIGINT NOT NULL DEFAULT 0,
  UNIQUE INDEX conflines_name_owner (name, owner_id)
))SQL",
    R"SQL(CREATE TABLE sessions (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  token_hash VARCHAR(128) NOT NULL UNIQUE,
  created_at VARCHAR(32) NOT NULL,
  expires_at VARCHAR(32) NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
  INDEX sessions_user (user_id)
))SQL",
    R"SQL(CREATE TABLE callbacks (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  device_id BIGINT NOT NULL,
  src VARCHAR(255) NOT NULL,
  dst VARCHAR(255) NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('queued', 'failed')),
  reason TEXT NOT NULL DEFAULT '',
  call_file VARCHAR(1024) NOT NULL DEFAULT '',
  FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
  FOREIGN KEY (device_id) REFERENCES devices(id) ON DELETE CASCADE,
  INDEX callbacks_user_time (user_id, created_at)
))SQL",
    R"SQL(CREATE TABLE actions (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  date VARCHAR(32) NOT NULL,
  user_id BIGINT NOT NULL,
  user_login VARCHAR(255) NOT NULL,
  as_user_id BIGINT,
  as_login VARCHAR(255) NOT NULL DEFAULT '',
  action VARCHAR(255) NOT NULL,
  target_type VARCHAR(64) NOT NULL DEFAULT '',
  target_id BIGINT,
  data TEXT NOT NULL DEFAULT '',
  result VARCHAR(16) NOT NULL DEFAULT 'ok' CHECK (result IN ('ok', 'failed')),
  reason TEXT NOT NULL DEFAULT '',
  INDEX actions_date (date),
  INDEX actions_user_date (user_id, date),
  INDEX actions_as_user_date (as_user_id, date),
  INDEX actions_target (target_type, target_id)
))SQL",
    // Schema 13: alert rules (store/schema.cpp says what each column holds).
    R"SQL(CREATE TABLE monitorings (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mtype VARCHAR(32) NOT NULL,
  user_id BIGINT,
  device_id BIGINT,
  provider_id BIGINT,
  group_by VARCHAR(32) NOT NULL DEFAULT '',
  amount BIGINT NOT NULL DEFAULT 0,
  period_type VARCHAR(16) NOT NULL DEFAULT '',
  period_in_past BIGINT NOT NULL DEFAULT 0,
  created_at VARCHAR(32) NOT NULL,
  FOREIGN KEY (user_id) REFERENCES users(id),
  FOREIGN KEY (device_id) REFERENCES devices(id),
  FOREIGN KEY (provider_id) REFERENCES providers(id)
))SQL",
    // Schema 8: the call totals per UTC quarter hour (store/call_totals.hpp).
    R"SQL(CREATE TABLE call_user_totals (
  user_id BIGINT NOT NULL,
  slot VARCHAR(32) NOT NULL,
  outcome INT NOT NULL,
  calls BIGINT NOT NULL,
  billsec BIGINT NOT NULL,
  PRIMARY KEY (user_id, slot, outcome)
))SQL",
    R"SQL(CREATE TABLE call_device_totals (
  dst_device_id BIGINT NOT NULL,
  slot VARCHAR(32) NOT NULL,
  caller_id BIGINT NOT NULL,
  outcome INT NOT NULL,
  calls BIGINT NOT NULL,
  billsec BIGINT NOT NULL,
  PRIMARY KEY (dst_device_id, slot, caller_id, outcome)
))SQL",
    R"SQL(CREATE TABLE call_missed_totals (
  dst_device_id BIGINT NOT NULL PRIMARY KEY,
  calls BIGINT NOT NULL
))SQL",
    R"SQL(CREATE TABLE kolmi_schema (
  version INT NOT NULL,
  application_id INT NOT NULL
))SQL",
};

constexpr std::string_view kTableOptions = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin";

bool has_table(Database& db, std::string_view name) {
  Statement s = db.prepare(
      "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?");
  s.bind(1, name);
  return s.step();
}

std::vector<std::string> table_names(Database& db) {
  Statement s = db.prepare("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
  std::vector<std::string> names;
  while (s.step()) names.push_back(s.str(0));
  return names;
}

int kolmi_schema_column(Database& db, std::string_view column) {
  if (!has_table(db, "kolmi_schema")) return 0;
  // A constant column name, never input.
  Statement s = db.prepare(fmt::format("SELECT {} FROM kolmi_schema", column));
  return s.step() ? s.integer(0) : 0;
}

// Drops every table; for undoing a half-made schema in a database that was empty.
void drop_all_tables(Database& db) noexcept {
  try {
    db.exec("SET SESSION foreign_key_checks = 0");
    for (const std::string& name : table_names(db)) db.exec(fmt::format("DROP TABLE \"{}\"", name));
    db.exec("SET SESSION foreign_key_checks = 1");
  } catch (...) {  // nothing better to do: the first error is the one reported
  }
}

// The names of the tables kTables makes ("CREATE TABLE name (..."), in its
// order: parents before the tables whose foreign keys name them.
std::vector<std::string> kolmi_table_names() {
  std::vector<std::string> names;
  for (std::string_view table : kTables) {
    table.remove_prefix(std::string_view("CREATE TABLE ").size());
    names.emplace_back(table.substr(0, table.find(' ')));
  }
  return names;
}

}  // namespace

int mariadb_schema_version(Database& db) { return kolmi_schema_column(db, "version"); }
int mariadb_application_id(Database& db) { return kolmi_schema_column(db, "application_id"); }

bool mariadb_schema_unmarked(Database& db) {
  return has_table(db, "kolmi_schema") && mariadb_application_id(db) == 0;
}

bool mariadb_has_tables(Database& db) {
  Statement s = db.prepare("SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() LIMIT 1");
  return s.step();
}

void drop_mariadb_schema(Database& db) {
  const std::vector<std::string> ours = kolmi_table_names();
  for (const std::string& name : table_names(db)) {
    if (std::find(ours.begin(), ours.end(), name) == ours.end()) {
      throw storage_error(fmt::format(
          "{}: the database has tables that are not kolmi's (such as {}); give kolmi a database of its own",
          db.path(), name));
    }
  }
  drop_all_tables(db);
  if (mariadb_has_tables(db)) throw storage_error(fmt::format("{}: could not drop kolmi's tables", db.path()));
}

namespace {

// The checks of create_mariadb_schema and create_unmarked_mariadb_schema.
void require_empty(Database& db) {
  if (has_table(db, "kolmi_schema")) {
    throw storage_error(fmt::format("{}: already holds a kolmi database; kolmi init never overwrites one",
                                    db.path()));
  }
  if (mariadb_has_tables(db)) {
    throw storage_error(fmt::format(
        "{}: the database has tables that are not kolmi's; give kolmi an empty database of its own",
        db.path()));
  }
}

void create_tables(Database& db) {
  try {
    for (std::string_view table : kTables) db.exec(std::string(table) + std::string(kTableOptions));
  } catch (...) {
    drop_all_tables(db);
    throw;
  }
}

}  // namespace

void create_mariadb_table_if_missing(Database& db, std::string_view name) {
  if (has_table(db, name)) return;
  const std::string prefix = fmt::format("CREATE TABLE {} (", name);
  for (std::string_view table : kTables) {
    if (table.starts_with(prefix)) {
      db.exec(std::string(table) + std::string(kTableOptions));
      return;
    }
  }
  throw std::logic_error(fmt::format("no table {} in kolmi's MariaDB schema", name));
}

void create_mariadb_schema(Database& db) {
  require_empty(db);
  create_tables(db);
  try {
    mark_mariadb_schema(db);
  } catch (...) {
    drop_all_tables(db);
    throw;
  }
}

void create_unmarked_mariadb_schema(Database& db) {
  require_empty(db);
  create_tables(db);
}

void mark_mariadb_schema(Database& db) {
  Statement mark = db.prepare("INSERT INTO kolmi_schema (version, application_id) VALUES (?, ?)");
  mark.bind_all(kMariadbSchemaVersion, kApplicationId);
  mark.run();
}

void drop_mariadb_tables(Database& db) noexcept { drop_all_tables(db); }

void create_mariadb_provider_tables(Database& db) {
  for (std::string_view table : kTables) {
    for (std::string_view name : {"providers", "provider_peers"}) {
      const std::string head = fmt::format("CREATE TABLE {} (", name);
      if (table.starts_with(head) && !has_table(db, name)) db.exec(std::string(table) + std::string(kTableOptions));
    }
  }
}

std::vector<std::string> kolmi_data_tables() {
  std::vector<std::string> names = kolmi_table_names();
  std::erase(names, "kolmi_schema");
  return names;
}

}  // namespace kolmi::store
