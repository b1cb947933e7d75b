#pragma once
// Settings in MOR's conflines table (name, value, owner_id). owner_id 0 is
// the system-wide value; kolmi reads system-wide values unless told otherwise.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

std::optional<std::string> get_confline(Database& db, std::string_view name, std::int64_t owner_id = 0);
// Inserts or replaces the value.
void set_confline(Database& db, std::string_view name, std::string_view value, std::int64_t owner_id = 0);
// The setting as an integer, or `fallback` when absent. Throws Error(storage)
// naming the setting when present but not an integer.
std::int64_t confline_int(Database& db, std::string_view name, std::int64_t fallback);
std::string confline_str(Database& db, std::string_view name, std::string_view fallback);

// Names kolmi uses (see man/kolmi.1, FILES AND SETTINGS).
namespace conf {
inline constexpr std::string_view kNiceNumberDigits = "Nice_Number_Digits";      // default 4
inline constexpr std::string_view kDefaultCurrency = "Default_Currency";          // default USD
inline constexpr std::string_view kSessionExpiryDays = "Session_Expiry_Days";     // default 30
inline constexpr std::string_view kLoginFailureDelayMs = "Login_Failure_Delay_Ms";  // default 1000
inline constexpr std::string_view kLockWaitSeconds = "Database_Lock_Wait_Seconds";  // default 60
inline constexpr std::string_view kDemoSeed = "Kolmi_Demo_Seed";  // present only in demo databases
inline constexpr std::string_view kCsvSeparator = "CSV_Separator";                // default ;
inline constexpr std::string_view kCsvDecimal = "CSV_Decimal";                    // default .
// kolmi callback (man/kolmi.1, CALLBACK): where call files go and what they say.
inline constexpr std::string_view kCallbackSpoolDir = "Callback_Spool_Dir";        // no default
inline constexpr std::string_view kCallbackTempDir = "Callback_Temp_Dir";          // default <spool>/../tmp
inline constexpr std::string_view kCallbackFileMode = "Callback_File_Mode";        // default 0660
inline constexpr std::string_view kCallbackChannel = "Callback_Channel";
inline constexpr std::string_view kCallbackCallerId = "Callback_CallerID";
inline constexpr std::string_view kCallbackContext = "Callback_Context";
inline constexpr std::string_view kCallbackPriority = "Callback_Priority";          // default 1
inline constexpr std::string_view kCallbackApplication = "Callback_Application";    // default none
inline constexpr std::string_view kCallbackData = "Callback_Data";
inline constexpr std::string_view kCallbackAccount = "Callback_Account";
inline constexpr std::string_view kCallbackMaxRetries = "Callback_Max_Retries";     // default 0
inline constexpr std::string_view kCallbackRetryTime = "Callback_Retry_Time";       // default 60
inline constexpr std::string_view kCallbackWaitTime = "Callback_Wait_Time";         // default 30
inline constexpr std::string_view kCallbackArchive = "Callback_Archive";            // default yes
}  // namespace conf

}  // namespace kolmi::store
