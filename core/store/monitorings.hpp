#pragma once
// The SQL of monitorings (schema 13): the alert rules of kolmi admin
// monitor (core/monitor/ checks and evaluates them; store/schema.cpp says
// what each column holds). Rows in, rows out; no rule logic here.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

struct MonitoringRow {
  std::int64_t id = 0;
  std::string mtype{};  // spend, calls, minutes, rate, margin, unrated, unassigned
  std::optional<std::int64_t> user_id{};
  std::optional<std::int64_t> device_id{};
  std::optional<std::int64_t> provider_id{};
  std::string group_by{};     // margin: destination or provider; else ""
  Decimal amount{};           // the threshold, nano-units
  std::string period_type{};  // day, week, month; "" for the last period_in_past minutes
  std::int64_t period_in_past = 0;
  std::string created_at{};   // UTC
  // Names for people, read with the row ("" when none or gone).
  std::string user_login{};
  std::string user_zone{};  // the user's, or the device owner's, time zone
  std::string device_name{};
  std::string provider_name{};
};

// Every rule by id, with the names. Throws Error(storage).
std::vector<MonitoringRow> list_monitorings(Database& db);
// Rule `id`, with the names; nullopt when none.
std::optional<MonitoringRow> find_monitoring(Database& db, std::int64_t id);
// Inserts the rule (its id and names are ignored) and returns its id.
std::int64_t insert_monitoring(Database& db, const MonitoringRow& row);
// Deletes rule `id`; false when there was none.
bool delete_monitoring(Database& db, std::int64_t id);

// A device with its owner, for a rule on a device; nullopt when none.
struct MonitoredDevice {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string name;  // TYPE/name, as channels show it
};
std::optional<MonitoredDevice> find_monitored_device(Database& db, std::int64_t device_id);

}  // namespace kolmi::store
