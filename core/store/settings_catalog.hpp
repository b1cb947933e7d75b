#pragma once
// Every setting kolmi reads from the conflines table, in one table: its
// name, type, default, allowed values and meaning. The readers in
// conflines.hpp take a `Setting` (an entry of this table), never a string,
// so code cannot read a setting the table lacks; `kolmi admin config` checks
// values against it, and a test holds the man page's SETTINGS section to it.
//
// Adding a setting: a new `Setting` enumerator and its entry at the same
// place in kSettingCatalog (a static_assert checks the order), a line in
// man/kolmi.1 (SETTINGS).
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::store {

enum class Setting : std::uint8_t {
  nice_number_digits,
  default_currency,
  session_expiry_days,
  login_failure_delay_ms,
  lock_wait_seconds,
  demo_seed,
  csv_separator,
  csv_decimal,
  callback_spool_dir,
  callback_temp_dir,
  callback_file_mode,
  callback_channel,
  callback_caller_id,
  callback_context,
  callback_priority,
  callback_application,
  callback_data,
  callback_account,
  callback_max_retries,
  callback_retry_time,
  callback_wait_time,
  callback_archive,
  // The issuer block of the documents (PDF exports, invoices).
  company,
  company_address1,
  company_address2,
  company_address3,
  company_vat_number,
  company_email,
  company_logo,
  invoice_number_start,
  invoice_number_format,
  count_  // not a setting: how many there are
};

enum class SettingType {
  whole_number,   // decimal digits, an optional '-', within [min, max]
  text,           // one line of UTF-8 without control characters (may be empty)
  path,           // an absolute path, one line
  file_mode,      // octal 0000 to 0777
  yes_no,         // yes/no (also true/false, 1/0; any case)
  csv_separator,  // one character that can separate CSV fields, or "tab"
  csv_decimal,    // . or ,
  currency_code,  // a code of the currencies table
  number_template,  // a numbering template (text/number_template.hpp)
};

// The largest int, for settings read into an int with only a lower bound.
inline constexpr std::int64_t kNoUpperBound = std::numeric_limits<int>::max();

struct SettingSpec {
  Setting key;
  std::string_view name;
  SettingType type;
  std::string_view default_value;  // what kolmi uses when the line is absent ("": nothing)
  std::int64_t min = 0;            // whole numbers only
  std::int64_t max = 0;
  std::string_view meaning;         // one line, for admin config list and the man page
  std::string_view fixed_reason{};  // not empty: admin config set/unset refuse it, saying this
};

inline constexpr std::array<SettingSpec, static_cast<std::size_t>(Setting::count_)> kSettingCatalog = {{
    {Setting::nice_number_digits, "Nice_Number_Digits", SettingType::whole_number, "4", 0, 9,
     "decimals of money on pages and exports"},
    {Setting::default_currency, "Default_Currency", SettingType::currency_code, "USD", 0, 0,
     "the currency prices, balances and exchange rates are kept in",
     "every stored price and balance and every exchange rate is in it; changing it needs them all converted, "
     "which kolmi does not do"},
    {Setting::session_expiry_days, "Session_Expiry_Days", SettingType::whole_number, "30", 1, 3650,
     "days a login session lasts"},
    {Setting::login_failure_delay_ms, "Login_Failure_Delay_Ms", SettingType::whole_number, "1000", 0, 60000,
     "milliseconds of delay after a failed login (0: none)"},
    {Setting::lock_wait_seconds, "Database_Lock_Wait_Seconds", SettingType::whole_number, "60", 0, 86400,
     "seconds a write waits for another process's write lock"},
    {Setting::demo_seed, "Kolmi_Demo_Seed", SettingType::whole_number, "", 0,
     std::numeric_limits<std::int64_t>::max(), "the seed of a demo database, until its data is first changed",
     "kolmi demo sets it and the first change of data removes it"},
    {Setting::csv_separator, "CSV_Separator", SettingType::csv_separator, ";", 0, 0,
     "field separator of the CSV exports"},
    {Setting::csv_decimal, "CSV_Decimal", SettingType::csv_decimal, ".", 0, 0,
     "decimal mark of the CSV exports"},
    {Setting::callback_spool_dir, "Callback_Spool_Dir", SettingType::path, "", 0, 0,
     "Asterisk's outgoing spool, where kolmi callback puts call files"},
    {Setting::callback_temp_dir, "Callback_Temp_Dir", SettingType::path, "", 0, 0,
     "where call files are written first (default: the spool's sibling tmp)"},
    {Setting::callback_file_mode, "Callback_File_Mode", SettingType::file_mode, "0660", 0, 0,
     "permissions of a call file"},
    {Setting::callback_channel, "Callback_Channel", SettingType::text, "Local/{src}@kolmi-callback-src", 0, 0,
     "the call file's Channel (first leg), a template"},
    {Setting::callback_caller_id, "Callback_CallerID", SettingType::text, "{device_callerid}", 0, 0,
     "the call file's CallerID, a template (empty: no line)"},
    {Setting::callback_context, "Callback_Context", SettingType::text, "kolmi-callback-dst", 0, 0,
     "the second leg's Context, a template"},
    {Setting::callback_priority, "Callback_Priority", SettingType::whole_number, "1", 1, kNoUpperBound,
     "the second leg's Priority"},
    {Setting::callback_application, "Callback_Application", SettingType::text, "", 0, 0,
     "when set, the second leg runs this Application instead of Context, a template"},
    {Setting::callback_data, "Callback_Data", SettingType::text, "", 0, 0,
     "the Application's Data, a template"},
    {Setting::callback_account, "Callback_Account", SettingType::text, "{device_accountcode}", 0, 0,
     "the call file's Account, a template (empty: no line)"},
    {Setting::callback_max_retries, "Callback_Max_Retries", SettingType::whole_number, "0", 0, kNoUpperBound,
     "the call file's MaxRetries"},
    {Setting::callback_retry_time, "Callback_Retry_Time", SettingType::whole_number, "60", 1, kNoUpperBound,
     "the call file's RetryTime, seconds"},
    {Setting::callback_wait_time, "Callback_Wait_Time", SettingType::whole_number, "30", 1, kNoUpperBound,
     "the call file's WaitTime, seconds to wait for an answer"},
    {Setting::callback_archive, "Callback_Archive", SettingType::yes_no, "yes", 0, 0,
     "the call file's Archive: keep finished call files in outgoing_done"},
    {Setting::company, "Company", SettingType::text, "", 0, 0,
     "the issuer's company name on documents (PDF exports, invoices)"},
    {Setting::company_address1, "Company_Address1", SettingType::text, "", 0, 0,
     "the issuer's address on documents, first line"},
    {Setting::company_address2, "Company_Address2", SettingType::text, "", 0, 0,
     "the issuer's address on documents, second line"},
    {Setting::company_address3, "Company_Address3", SettingType::text, "", 0, 0,
     "the issuer's address on documents, third line"},
    {Setting::company_vat_number, "Company_VAT_Number", SettingType::text, "", 0, 0,
     "the issuer's VAT registration number on documents"},
    {Setting::company_email, "Company_Email", SettingType::text, "", 0, 0,
     "the issuer's e-mail address on documents"},
    {Setting::company_logo, "Company_Logo", SettingType::path, "", 0, 0,
     "a PNG or JPEG file (at most 2 MB) shown on documents; empty: none"},
    {Setting::invoice_number_start, "Invoice_Number_Start", SettingType::whole_number, "1", 0,
     std::numeric_limits<std::int64_t>::max() / 2,
     "the sequential number of the first generated invoice (later ones: the largest so far + 1)"},
    {Setting::invoice_number_format, "Invoice_Number_Format", SettingType::number_template, "INV{N:6}", 0, 0,
     "how generated invoices are numbered: text with {N} or {N:width} once, and {YYYY}, {MM} of the period"},
}};

// Each entry sits at its key's place and has a name: a missing or misplaced
// entry fails the build.
constexpr bool catalog_in_key_order() {
  for (std::size_t i = 0; i < kSettingCatalog.size(); ++i) {
    if (static_cast<std::size_t>(kSettingCatalog[i].key) != i || kSettingCatalog[i].name.empty())
      return false;
  }
  return true;
}
static_assert(catalog_in_key_order(), "kSettingCatalog must list every Setting once, in the enum's order");

constexpr const SettingSpec& spec_of(Setting s) {
  return kSettingCatalog[static_cast<std::size_t>(s)];
}
constexpr std::string_view setting_name(Setting s) {
  return spec_of(s).name;
}

// The entry named `name` (exactly, as conflines stores it), or nullptr.
const SettingSpec* find_setting(std::string_view name);

// The type as a person reads it: "whole number", "yes/no", ...
std::string_view type_name(SettingType type);

// What the setting accepts, for messages and listings: "a whole number from
// 0 to 9", "yes or no", ". or ,".
std::string allowed_values(const SettingSpec& spec);

// Whether `value` is one the setting accepts; currency codes are checked
// only for their shape (three capital letters) here: the currencies table
// is the caller's to ask.
bool setting_value_ok(const SettingSpec& spec, std::string_view value);

}  // namespace kolmi::store
