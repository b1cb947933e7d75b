#include "core/store/devices.hpp"

#include <string>

namespace kolmi::store {

namespace {

constexpr std::string_view kSelectDevice =
    "SELECT id, name, secret, device_type, extension, callerid, description, regseconds FROM devices ";

Device map_device(const Statement& s) {
  Device d;
  d.id = s.int64(0);
  d.name = s.str(1);
  d.secret = s.str(2);
  d.device_type = s.str(3);
  d.extension = s.str(4);
  d.callerid = s.str(5);
  d.description = s.str(6);
  d.regseconds = s.int64(7);
  return d;
}

}  // namespace

std::vector<Device> user_devices(Database& db, std::int64_t user_id) {
  Statement s = db.prepare(std::string(kSelectDevice) + "WHERE user_id = ? ORDER BY id");
  s.bind(1, user_id);
  std::vector<Device> out;
  while (s.step()) out.push_back(map_device(s));
  return out;
}

std::optional<Device> find_user_device(Database& db, std::int64_t user_id, std::int64_t device_id) {
  Statement s = db.prepare(std::string(kSelectDevice) + "WHERE id = ? AND user_id = ?");
  s.bind_all(device_id, user_id);
  if (!s.step()) return std::nullopt;
  return map_device(s);
}

bool user_owns_device(Database& db, std::int64_t user_id, std::int64_t device_id) {
  Statement s = db.prepare("SELECT 1 FROM devices WHERE id = ? AND user_id = ?");
  s.bind_all(device_id, user_id);
  return s.step();
}

std::optional<DialingDevice> find_dialing_device(Database& db, std::int64_t user_id, std::int64_t device_id) {
  Statement s = db.prepare(
      "SELECT id, device_type, name, extension, callerid, accountcode FROM devices WHERE id = ? AND user_id "
      "= ?");
  s.bind_all(device_id, user_id);
  if (!s.step()) return std::nullopt;
  return DialingDevice{s.int64(0), s.str(1), s.str(2), s.str(3), s.str(4), s.str(5)};
}

bool device_key_taken(Database& db, DeviceKey key, std::string_view value) {
  std::string_view sql = "SELECT 1 FROM devices WHERE name = ?";
  if (key == DeviceKey::extension) sql = "SELECT 1 FROM devices WHERE extension = ?";
  if (key == DeviceKey::accountcode) sql = "SELECT 1 FROM devices WHERE accountcode = ?";
  Statement s = db.prepare(sql);
  s.bind(1, value);
  return s.step();
}

std::int64_t insert_device(Database& db, const NewDeviceRow& d) {
  Statement add = db.prepare(
      "INSERT INTO devices (name, secret, device_type, extension, callerid, user_id, description, "
      "grace_time, accountcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind_all(d.name, d.secret, d.device_type, d.extension, d.callerid, d.user_id, d.description,
               d.grace_time, d.accountcode);
  add.run();
  return db.last_insert_rowid();
}

std::vector<DeviceListing> list_device_listings(Database& db, std::optional<std::int64_t> user_id) {
  Statement s = db.prepare(
      "SELECT d.id, u.username, d.device_type, d.name, d.extension, d.accountcode, d.callerid, "
      "d.grace_time, d.description FROM devices d JOIN users u ON u.id = d.user_id "
      "WHERE ?1 IS NULL OR d.user_id = ?1 ORDER BY d.id");
  s.bind(1, user_id);
  std::vector<DeviceListing> rows;
  while (s.step()) {
    DeviceListing r;
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

void for_each_device_keys(Database& db, const std::function<void(const DeviceKeys&)>& visit) {
  Statement s = db.prepare(
      "SELECT id, user_id, grace_time, device_type, name, accountcode, extension FROM devices ORDER BY id");
  s.stream();  // MariaDB: row by row; `visit` must not use the database (Statement::stream)
  while (s.step()) {
    visit(DeviceKeys{s.int64(0), s.int64(1), s.int64(2), s.text(3), s.text(4), s.text(5), s.text(6)});
  }
}

std::unordered_map<std::int64_t, std::int64_t> device_grace_times(Database& db) {
  std::unordered_map<std::int64_t, std::int64_t> grace;
  Statement s = db.prepare("SELECT id, grace_time FROM devices WHERE grace_time <> 0");
  while (s.step()) grace.emplace(s.int64(0), s.int64(1));
  return grace;
}

}  // namespace kolmi::store
