// Devices: kolmi admin device add / list. (Users are in accounts.cpp.)
#include <algorithm>

#include <fmt/format.h>

#include "core/admin/accounts.hpp"
#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::admin {

namespace {

// A device name is the peer part of channel names ("SIP/<name>-0000abcd"),
// which the CDR import cuts at '/', '@', ';' and '-<hex>'; characters that
// a channel name cannot carry unambiguously are refused.
bool valid_device_name(std::string_view name) {
  if (name.empty() || name.size() > 80) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || c == '+';
  });
}

bool device_uses(store::Database& db, std::string_view column_sql, std::string_view value) {
  store::Statement s = db.prepare(column_sql);
  s.bind(1, value);
  return s.step();
}

}  // namespace

std::int64_t add_device(store::Database& db, const NewDevice& d) {
  if (std::find(kDeviceTypes.begin(), kDeviceTypes.end(), d.type) == kDeviceTypes.end()) {
    throw usage_error(fmt::format("--type: unknown device type '{}'", text::shown(d.type)));
  }
  if (!valid_device_name(d.name)) {
    throw usage_error(
        fmt::format("--name: invalid device name '{}': use 1 to 80 letters, digits, '_', '.', "
                    "'-' or '+'",
                    text::shown(d.name)));
  }
  if (d.grace_time < 0) throw usage_error("--grace-time: must not be negative");

  store::Transaction tx(db);
  store::Statement owner = db.prepare("SELECT id FROM users WHERE username = ?");
  owner.bind(1, d.user);
  if (!owner.step()) throw not_found_error(fmt::format("no user '{}'", text::shown(d.user)));
  const std::int64_t user_id = owner.int64(0);

  if (device_uses(db, "SELECT 1 FROM devices WHERE name = ?", d.name)) {
    throw action_error(fmt::format("a device named '{}' already exists", text::shown(d.name)));
  }
  if (!d.extension.empty() && device_uses(db, "SELECT 1 FROM devices WHERE extension = ?", d.extension)) {
    throw action_error(
        fmt::format("extension '{}' is already used by another device", text::shown(d.extension)));
  }
  if (!d.accountcode.empty() &&
      device_uses(db, "SELECT 1 FROM devices WHERE accountcode = ?", d.accountcode)) {
    throw action_error(
        fmt::format("accountcode '{}' is already used by another device", text::shown(d.accountcode)));
  }
  store::Statement add = db.prepare(
      "INSERT INTO devices (name, secret, device_type, extension, callerid, user_id, description, "
      "grace_time, accountcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind_all(d.name, d.secret, d.type, d.extension, d.callerid, user_id, d.description, d.grace_time,
               d.accountcode);
  add.run();
  const std::int64_t id = db.last_insert_rowid();
  tx.audit({.target_type = "device", .target_id = id, .data = fmt::format("{}/{} of {}", d.type, d.name, d.user)});
  tx.commit();
  return id;
}

std::vector<DeviceRow> list_devices(store::Database& db, std::optional<std::string_view> user) {
  std::optional<std::int64_t> user_id;
  if (user) {
    store::Statement owner = db.prepare("SELECT id FROM users WHERE username = ?");
    owner.bind(1, *user);
    if (!owner.step()) throw not_found_error(fmt::format("no user '{}'", text::shown(*user)));
    user_id = owner.int64(0);
  }
  store::Statement s = db.prepare(
      "SELECT d.id, u.username, d.device_type, d.name, d.extension, d.accountcode, d.callerid, "
      "d.grace_time, d.description FROM devices d JOIN users u ON u.id = d.user_id "
      "WHERE ?1 IS NULL OR d.user_id = ?1 ORDER BY d.id");
  s.bind(1, user_id);
  std::vector<DeviceRow> rows;
  while (s.step()) {
    DeviceRow r;
    r.id = s.int64(0);
    r.user = s.str(1);
    r.type = s.str(2);
    r.name = s.str(3);
    r.extension = s.str(4);
    r.accountcode = s.str(5);
    r.callerid = s.str(6);
    r.grace_time = s.int64(7);
    r.description = s.str(8);
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace kolmi::admin
