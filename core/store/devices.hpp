#pragma once
// Row mapping for a user's devices (MOR's devices table), in one place for
// the devices, CLIs, faxes and personal details pages.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/store/database.hpp"

namespace kolmi::store {

struct Device {
  std::int64_t id = 0;
  std::string name;         // the SIP/IAX2 user name
  std::string secret;       // its password
  std::string device_type;  // SIP, IAX2, FAX, ...
  std::string extension;
  std::string callerid;  // as stored: "101" <101>
  std::string description;
  std::int64_t regseconds = 0;  // last registration, epoch seconds; 0 = never

  // "IAX2/101": how MOR's pages name a device (TYPE/NAME).
  std::string label() const { return device_type + "/" + name; }
  bool is_fax() const { return device_type == "FAX"; }
};

// The user's devices in id order (a user has a handful, so a vector is fine).
std::vector<Device> user_devices(Database& db, std::int64_t user_id);

// Device `device_id` when it belongs to `user_id`. A missing device and
// another user's device both give nullopt, so callers cannot tell them apart.
std::optional<Device> find_user_device(Database& db, std::int64_t user_id, std::int64_t device_id);

// True when device `device_id` exists and belongs to `user_id`.
bool user_owns_device(Database& db, std::int64_t user_id, std::int64_t device_id);

// What a call file dials through (callback requests): device `device_id`
// when it belongs to `user_id`, else nullopt.
struct DialingDevice {
  std::int64_t id = 0;
  std::string device_type;
  std::string name;
  std::string extension;
  std::string callerid;
  std::string accountcode;
};
std::optional<DialingDevice> find_dialing_device(Database& db, std::int64_t user_id, std::int64_t device_id);

// The columns that must be unique among devices (kolmi admin device add).
enum class DeviceKey { name, extension, accountcode };
// True when some device already has `value` in that column.
bool device_key_taken(Database& db, DeviceKey key, std::string_view value);

// A new devices row (kolmi admin device add); values already checked.
struct NewDeviceRow {
  std::string_view name, secret, device_type, extension, callerid;
  std::int64_t user_id = 0;
  std::string_view description;
  std::int64_t grace_time = 0;
  std::string_view accountcode;
};
// Inserts the row and returns its id. Throws Error(storage).
std::int64_t insert_device(Database& db, const NewDeviceRow& row);

// One device with its owner's login (kolmi admin device list).
struct DeviceListing {
  std::int64_t id = 0;
  std::string user;  // owner's login
  std::string type;
  std::string name;
  std::string extension;
  std::string accountcode;
  std::string callerid;
  std::int64_t grace_time = 0;
  std::string description;
};
// Devices in id order: all, or (user_id) one user's.
std::vector<DeviceListing> list_device_listings(Database& db, std::optional<std::int64_t> user_id);

// What the CDR import matches channels and numbers against, every device in
// id order; the views are valid during the call only.
struct DeviceKeys {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::int64_t grace_time = 0;
  std::string_view device_type, name, accountcode, extension;
};
void for_each_device_keys(Database& db, const std::function<void(const DeviceKeys&)>& visit);

// Device id -> grace_time of the devices that have one (rerate).
std::unordered_map<std::int64_t, std::int64_t> device_grace_times(Database& db);

}  // namespace kolmi::store
