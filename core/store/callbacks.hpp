#pragma once
// The callbacks table's writes (kolmi callback); the list is
// store/callback_list.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// A callback request as stored; numbers already normalized, times UTC text.
struct NewCallback {
  std::int64_t user_id = 0;
  std::int64_t device_id = 0;
  std::string_view src, dst, created_at;
  std::string_view status;  // queued, failed
  std::string_view reason;  // why it failed; "" otherwise
};
// Inserts the request; the device's owner is checked in the same statement.
// Returns the new id, or nullopt when the device is not the user's.
std::optional<std::int64_t> insert_callback(Database& db, const NewCallback& c);
// Names the call file of the user's request `callback_id`.
void set_callback_file(Database& db, std::int64_t user_id, std::int64_t callback_id,
                       std::string_view call_file);

}  // namespace kolmi::store
