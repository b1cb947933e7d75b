#pragma once
// What an operator can set about callbacks (conflines Callback_*), and the
// call file one request becomes under those settings. Templates name facts
// of the request in braces: {src}, {dst}, {callback_id}, {user_id},
// {device_id}, {device_type}, {device_name}, {device_extension},
// {device_callerid}, {device_accountcode}.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/callback/call_file.hpp"
#include "core/store/database.hpp"

namespace kolmi::callback {

// The defaults (man/kolmi.1, CALLBACK). The first leg dials the source
// number in the dialplan context kolmi-callback-src as the device (its
// account code, and KOLMI_* variables); when it is answered, the second leg
// runs the destination number in kolmi-callback-dst.
inline constexpr std::string_view kDefaultChannel = "Local/{src}@kolmi-callback-src";
inline constexpr std::string_view kDefaultCallerId = "{device_callerid}";
inline constexpr std::string_view kDefaultContext = "kolmi-callback-dst";
inline constexpr std::string_view kDefaultAccount = "{device_accountcode}";
inline constexpr unsigned kDefaultFileMode = 0660;

struct CallbackSettings {
  std::string spool_dir;  // Callback_Spool_Dir; empty: not configured
  std::string temp_dir;   // Callback_Temp_Dir; empty: the spool's sibling "tmp"
  unsigned file_mode = kDefaultFileMode;
  std::string channel{kDefaultChannel};
  std::string callerid{kDefaultCallerId};
  std::string context{kDefaultContext};
  int priority = 1;
  std::string application;  // empty: Context/Extension/Priority
  std::string data;
  std::string account{kDefaultAccount};
  int max_retries = 0;
  int retry_time = 60;
  int wait_time = 30;
  bool archive = true;
};

// The device a callback goes through, as the templates see it.
struct CallbackDevice {
  std::int64_t id = 0;
  std::string device_type;
  std::string name;
  std::string extension;
  std::string callerid;
  std::string accountcode;
};

// One request: its id, who asked, through which device, which numbers
// (already normalized) and when (UTC text).
struct CallbackFacts {
  std::int64_t callback_id = 0;
  std::int64_t user_id = 0;
  CallbackDevice device;
  std::string src;
  std::string dst;
  std::string created_at;
};

// The system-wide Callback_* settings over the defaults. Throws
// Error(action_failed) "setting NAME is 'VALUE', not ..." for a number that
// is not a whole number in range, an Archive other than yes/no, or a file
// mode other than octal 0000-0777; Error(storage) when the database fails.
CallbackSettings load_callback_settings(store::Database& db);

// `text` (the value of setting `setting`) with each {placeholder} replaced
// by the request's fact. Throws Error(action_failed) "setting NAME: unknown
// placeholder {X}" or "setting NAME: '{' without '}'".
std::string expand_template(std::string_view setting, std::string_view text, const CallbackFacts& facts);

// The call file of a request under `settings`: templates expanded, the
// destination as the Extension, a comment naming the request, and Setvar
// KOLMI_CALLBACK_ID, KOLMI_USER_ID, KOLMI_DEVICE_ID, KOLMI_CALLBACK_SRC and
// KOLMI_CALLBACK_DST so the dialplan can bill the right user. Throws as
// expand_template does.
CallFile make_call_file(const CallbackSettings& settings, const CallbackFacts& facts);

}  // namespace kolmi::callback
