// Devices: kolmi admin device add / list. (Users are in accounts.cpp.)
#include <algorithm>

#include <fmt/format.h>

#include "core/admin/accounts.hpp"
#include "core/error.hpp"
#include "core/store/devices.hpp"
#include "core/store/user_logins.hpp"
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
  const std::optional<std::int64_t> owner = store::find_user_id(db, d.user);
  if (!owner) throw not_found_error(fmt::format("no user '{}'", text::shown(d.user)));
  const std::int64_t user_id = *owner;

  if (store::device_key_taken(db, store::DeviceKey::name, d.name)) {
    throw action_error(fmt::format("a device named '{}' already exists", text::shown(d.name)));
  }
  if (!d.extension.empty() && store::device_key_taken(db, store::DeviceKey::extension, d.extension)) {
    throw action_error(
        fmt::format("extension '{}' is already used by another device", text::shown(d.extension)));
  }
  if (!d.accountcode.empty() && store::device_key_taken(db, store::DeviceKey::accountcode, d.accountcode)) {
    throw action_error(
        fmt::format("accountcode '{}' is already used by another device", text::shown(d.accountcode)));
  }
  const std::int64_t id = store::insert_device(db, {.name = d.name,
                                                    .secret = d.secret,
                                                    .device_type = d.type,
                                                    .extension = d.extension,
                                                    .callerid = d.callerid,
                                                    .user_id = user_id,
                                                    .description = d.description,
                                                    .grace_time = d.grace_time,
                                                    .accountcode = d.accountcode});
  tx.audit({.target_type = "device", .target_id = id, .data = fmt::format("{}/{} of {}", d.type, d.name, d.user)});
  tx.commit();
  return id;
}

std::vector<DeviceRow> list_devices(store::Database& db, std::optional<std::string_view> user) {
  std::optional<std::int64_t> user_id;
  if (user) {
    user_id = store::find_user_id(db, *user);
    if (!user_id) throw not_found_error(fmt::format("no user '{}'", text::shown(*user)));
  }
  return store::list_device_listings(db, user_id);
}

}  // namespace kolmi::admin
