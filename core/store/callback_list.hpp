#pragma once
// The callback requests (table `callbacks`, schema version 2) for the
// operator: kolmi admin callbacks. Read in request order, streamed.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

struct CallbackRow {
  std::int64_t id = 0;
  std::string_view created_at;  // UTC text
  std::int64_t user_id = 0;
  std::string_view login;
  std::int64_t device_id = 0;
  std::string_view device_name;
  std::string_view src;
  std::string_view dst;
  std::string_view status;  // as stored: 'queued' or 'failed'
  std::string_view reason;
  std::string_view call_file;  // its path in the spool; '' when failed
};

struct CallbackFilter {
  std::string from = "0000-00-00 00:00:00";  // UTC, inclusive (default: no bound)
  std::string till = "9999-99-99 99:99:99";  // UTC, exclusive (default: no bound)
  std::optional<std::int64_t> user_id;
  std::optional<std::string> stored_status;  // 'queued' or 'failed'
};

// Visits the requests of `filter` in created_at order (then id), as SQLite
// reads them; the row's views are valid only during the call. Streamed
// (Statement::stream): `visit` must not use the database. Throws
// Error(storage).
void for_each_callback(Database& db, const CallbackFilter& filter,
                       const std::function<void(const CallbackRow&)>& visit);

}  // namespace kolmi::store
