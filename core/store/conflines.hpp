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
inline constexpr std::string_view kDemoSeed = "Kolmi_Demo_Seed";  // present only in demo databases
inline constexpr std::string_view kCsvSeparator = "CSV_Separator";                // default ;
inline constexpr std::string_view kCsvDecimal = "CSV_Decimal";                    // default .
}  // namespace conf

}  // namespace kolmi::store
