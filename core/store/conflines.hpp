#pragma once
// Settings in MOR's conflines table (name, value, owner_id). owner_id 0 is
// the system-wide value; kolmi reads system-wide values unless told otherwise.
// Every reader takes a `Setting`, an entry of the one catalog
// (settings_catalog.hpp), so no code reads a name the catalog lacks.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"
#include "core/store/settings_catalog.hpp"

namespace kolmi::store {

// The stored value, or nullopt when the line is absent.
std::optional<std::string> get_confline(Database& db, Setting setting, std::int64_t owner_id = 0);
// Inserts or replaces the value.
void set_confline(Database& db, Setting setting, std::string_view value, std::int64_t owner_id = 0);
// Removes the line (the default applies again). Returns whether there was one.
bool unset_confline(Database& db, Setting setting, std::int64_t owner_id = 0);
// The setting as an integer, or the catalog's default when absent. Throws
// Error(storage) naming the database and the setting when the value is not a
// whole number within the catalog's range.
std::int64_t confline_int(Database& db, Setting setting);
// The setting, or the catalog's default when absent.
std::string confline_str(Database& db, Setting setting);

// The names code has always used for the catalog's entries.
namespace conf {
inline constexpr Setting kNiceNumberDigits = Setting::nice_number_digits;
inline constexpr Setting kDefaultCurrency = Setting::default_currency;
inline constexpr Setting kSessionExpiryDays = Setting::session_expiry_days;
inline constexpr Setting kLoginFailureDelayMs = Setting::login_failure_delay_ms;
inline constexpr Setting kLockWaitSeconds = Setting::lock_wait_seconds;
inline constexpr Setting kDemoSeed = Setting::demo_seed;
inline constexpr Setting kCsvSeparator = Setting::csv_separator;
inline constexpr Setting kCsvDecimal = Setting::csv_decimal;
inline constexpr Setting kCallbackSpoolDir = Setting::callback_spool_dir;
inline constexpr Setting kCallbackTempDir = Setting::callback_temp_dir;
inline constexpr Setting kCallbackFileMode = Setting::callback_file_mode;
inline constexpr Setting kCallbackChannel = Setting::callback_channel;
inline constexpr Setting kCallbackCallerId = Setting::callback_caller_id;
inline constexpr Setting kCallbackContext = Setting::callback_context;
inline constexpr Setting kCallbackPriority = Setting::callback_priority;
inline constexpr Setting kCallbackApplication = Setting::callback_application;
inline constexpr Setting kCallbackData = Setting::callback_data;
inline constexpr Setting kCallbackAccount = Setting::callback_account;
inline constexpr Setting kCallbackMaxRetries = Setting::callback_max_retries;
inline constexpr Setting kCallbackRetryTime = Setting::callback_retry_time;
inline constexpr Setting kCallbackWaitTime = Setting::callback_wait_time;
inline constexpr Setting kCallbackArchive = Setting::callback_archive;
inline constexpr Setting kInvoiceNumberStart = Setting::invoice_number_start;
inline constexpr Setting kInvoiceNumberFormat = Setting::invoice_number_format;
}  // namespace conf

}  // namespace kolmi::store
