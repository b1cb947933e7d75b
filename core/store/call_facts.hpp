#pragma once
// What an explanation of one call's price reads besides the rating data
// (core/store/rating_data.hpp): the stored call as the import left it, and
// the names of the device, tariff, destination and group it refers to.
// Admin-only views: nothing here is scoped to a user.
#include <cstdint>
#include <optional>
#include <string>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

struct StoredCall {
  std::int64_t id = 0;
  std::string calldate;  // UTC text, as stored
  std::string clid, src, dst, channel, dstchannel, accountcode, disposition, uniqueid;
  std::int64_t duration = 0;
  std::int64_t billsec = 0;
  std::optional<std::int64_t> src_device_id;
  std::optional<std::int64_t> dst_device_id;
  std::optional<std::int64_t> user_id;
  std::optional<Decimal> user_rate;
  std::optional<std::int64_t> user_billsec;
  std::optional<Decimal> user_price;
  std::optional<std::string> prefix;
  // The buy side (schema 10).
  std::optional<std::int64_t> provider_id;
  std::optional<Decimal> provider_rate;
  std::optional<std::int64_t> provider_billsec;
  std::optional<Decimal> provider_price;
};

// Call `id`, of any user. nullopt when there is none.
std::optional<StoredCall> find_stored_call(Database& db, std::int64_t id);

struct DeviceFacts {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string device_type, name, extension, accountcode;
  std::int64_t grace_time = 0;
  std::string label() const { return device_type + "/" + name; }
};

// Device `id`, of any user. nullopt when there is none.
std::optional<DeviceFacts> find_device_facts(Database& db, std::int64_t id);

struct TariffFacts {
  std::int64_t id = 0;
  std::string name, purpose, currency;
};

std::optional<TariffFacts> find_tariff_by_id(Database& db, std::int64_t id);
std::optional<TariffFacts> find_tariff_by_name(Database& db, std::string_view name);

struct DestinationFacts {
  std::int64_t id = 0;
  std::string prefix, name;
  std::optional<std::int64_t> group_id;
  std::string group_name;  // "" without a group
};

std::optional<DestinationFacts> find_destination_facts(Database& db, std::int64_t id);

}  // namespace kolmi::store
