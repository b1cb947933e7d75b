#pragma once
// The rows only `kolmi demo` writes, each kind through a statement prepared
// once: currencies, group rates, users and devices with fixed ids and every
// column, addresses, and what users own (services, payments,
// subscriptions, CLIs, phonebook entries, faxes). Countries, groups and
// destinations go through store/destination_rows, tariffs through
// store/tariff_writes, calls through the call batch writer. Positional
// parameters in column order keep each call site one line per row. Use the
// writers inside a Transaction; every call throws Error(storage).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// Reference data: currencies and the group rates of the demo tariffs.
class DemoReferenceRows {
 public:
  explicit DemoReferenceRows(Database& db);
  std::int64_t add_currency(std::string_view code, std::string_view full_name, Decimal exchange_rate,
                            int active);
  // A rate of `tariff_id` for a destination group; returns its id.
  std::int64_t add_group_rate(std::int64_t tariff_id, std::int64_t group_id);
  void add_detail(std::int64_t rate_id, int from, int duration, std::string_view artype, int round,
                  Decimal price);

 private:
  Database& db_;
  Statement currency_, rate_, detail_;
};

// People: addresses, users and devices.
class DemoPeopleRows {
 public:
  explicit DemoPeopleRows(Database& db);
  std::int64_t add_address(std::int64_t direction_id, std::string_view state, std::string_view county,
                           std::string_view city, std::string_view postcode, std::string_view address,
                           std::string_view phone, std::string_view mob_phone, std::string_view fax,
                           std::string_view email);
  void add_user(std::int64_t id, std::string_view username, std::string_view password_hash,
                std::string_view usertype, std::string_view first_name, std::string_view last_name,
                Decimal balance, Decimal credit, int postpaid, std::int64_t tariff_id,
                std::string_view clientid, std::string_view agreement_number, std::string_view agreement_date,
                std::string_view language, std::int64_t taxation_country, std::string_view vat_number,
                Decimal vat_percent, std::optional<std::int64_t> address_id, std::int64_t currency_id,
                std::string_view time_zone, std::string_view created_at, std::string_view last_login_at,
                std::string_view previous_login_at);
  void add_device(std::int64_t id, std::string_view name, std::string_view secret,
                  std::string_view device_type, std::string_view extension, std::string_view callerid,
                  std::int64_t user_id, std::string_view description, std::int64_t regseconds,
                  std::int64_t grace_time, std::string_view accountcode);

 private:
  Database& db_;
  Statement address_, user_, device_;
};

// What users own besides calls.
class DemoAccountRows {
 public:
  explicit DemoAccountRows(Database& db);
  std::int64_t add_service(std::string_view name, std::string_view servicetype, Decimal price,
                           std::string_view periodtype);
  void add_payment(std::int64_t user_id, std::string_view paymenttype, Decimal amount,
                   std::string_view currency, std::string_view date_added,
                   const std::optional<std::string>& shipped_at, int completed, Decimal vat_percent,
                   Decimal tax);
  void add_subscription(std::int64_t service_id, std::int64_t user_id, std::optional<std::int64_t> device_id,
                        std::string_view activation_start, const std::optional<std::string>& activation_end,
                        std::string_view added);
  void add_cli(std::string_view cli, std::int64_t device_id, std::string_view description,
               std::string_view added_at, int banned);
  void add_phonebook_entry(std::int64_t user_id, std::string_view number, std::string_view name,
                           std::string_view added);
  void add_fax(std::int64_t device_id, std::string_view filename, std::string_view receive_time,
               std::int64_t size, int deleted, std::string_view fax_sender, std::string_view status);

 private:
  Database& db_;
  Statement service_, payment_, subscription_, cli_, phonebook_, fax_;
};

// True when `path` is an SQLite database that kolmi demo made and nobody has
// used for real since (its Kolmi_Demo_Seed mark is still there). Opened
// read-only through the C API on purpose: Database::open would switch a
// foreign database to WAL, changing a file we may be about to refuse to
// touch. False for anything else, a missing file included.
bool file_has_demo_mark(const std::string& path);

// While the demo builds its database in a file nobody else sees, a failure
// deletes the file anyway: no journal, no syncs. finish_unprotected_build
// turns WAL journaling back on, as every later open expects.
void start_unprotected_build(Database& db);
void finish_unprotected_build(Database& db);

}  // namespace kolmi::store
