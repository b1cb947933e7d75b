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

}  // namespace kolmi::store
