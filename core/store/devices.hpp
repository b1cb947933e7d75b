#pragma once
// Row mapping for a user's devices (MOR's devices table), in one place for
// the devices, CLIs, faxes and personal details pages.
#include <cstdint>
#include <optional>
#include <string>
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

}  // namespace kolmi::store
