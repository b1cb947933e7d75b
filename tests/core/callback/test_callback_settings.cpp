// Callback settings from conflines, template expansion, and the call file a
// request becomes under the defaults and under an operator's settings.
#include <catch2/catch.hpp>

#include "core/callback/call_file.hpp"
#include "core/callback/callback_settings.hpp"
#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/store/schema.hpp"

using namespace kolmi;
using namespace kolmi::callback;
namespace conf = kolmi::store::conf;

namespace {

CallbackFacts facts() {
  CallbackFacts f;
  f.callback_id = 7;
  f.user_id = 1;
  f.device = {10, "SIP", "ann101", "101", "\"Ann\" <101>", "10"};
  f.src = "+37061234567";
  f.dst = "88005553535";
  f.created_at = "2026-11-28 09:30:00";
  return f;
}

store::Database settings_db() {
  auto db = store::Database::open_memory();
  store::migrate(db);
  return db;
}

std::string failure_of_load(store::Database& db) {
  try {
    load_callback_settings(db);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the default call file of a request", "[callback]") {
  auto db = settings_db();
  CHECK(render_call_file(make_call_file(load_callback_settings(db), facts())) ==
        "# kolmi callback 7: user 1, device 10, 2026-11-28 09:30:00 UTC\n"
        "Channel: Local/+37061234567@kolmi-callback-src\n"
        "CallerID: \"Ann\" <101>\n"
        "MaxRetries: 0\n"
        "RetryTime: 60\n"
        "WaitTime: 30\n"
        "Context: kolmi-callback-dst\n"
        "Extension: 88005553535\n"
        "Priority: 1\n"
        "Account: 10\n"
        "Setvar: KOLMI_CALLBACK_ID=7\n"
        "Setvar: KOLMI_USER_ID=1\n"
        "Setvar: KOLMI_DEVICE_ID=10\n"
        "Setvar: KOLMI_CALLBACK_SRC=+37061234567\n"
        "Setvar: KOLMI_CALLBACK_DST=88005553535\n"
        "Archive: yes\n");
}

TEST_CASE("an operator's callback settings shape the call file", "[callback]") {
  auto db = settings_db();
  store::set_confline(db, conf::kCallbackSpoolDir, "/var/spool/asterisk/outgoing");
  store::set_confline(db, conf::kCallbackTempDir, "/var/spool/asterisk/tmp");
  store::set_confline(db, conf::kCallbackFileMode, "0640");
  store::set_confline(db, conf::kCallbackChannel, "{device_type}/{device_name}");
  store::set_confline(db, conf::kCallbackCallerId, "\"Callback {callback_id}\" <{device_extension}>");
  store::set_confline(db, conf::kCallbackApplication, "Dial");
  store::set_confline(db, conf::kCallbackData, "SIP/trunk/{dst},60");
  store::set_confline(db, conf::kCallbackAccount, "");
  store::set_confline(db, conf::kCallbackMaxRetries, "2");
  store::set_confline(db, conf::kCallbackRetryTime, "120");
  store::set_confline(db, conf::kCallbackWaitTime, "45");
  store::set_confline(db, conf::kCallbackArchive, "No");
  CallbackSettings s = load_callback_settings(db);
  CHECK(s.spool_dir == "/var/spool/asterisk/outgoing");
  CHECK(s.temp_dir == "/var/spool/asterisk/tmp");
  CHECK(s.file_mode == 0640);
  CHECK(render_call_file(make_call_file(s, facts())) ==
        "# kolmi callback 7: user 1, device 10, 2026-11-28 09:30:00 UTC\n"
        "Channel: SIP/ann101\n"
        "CallerID: \"Callback 7\" <101>\n"
        "MaxRetries: 2\n"
        "RetryTime: 120\n"
        "WaitTime: 45\n"
        "Application: Dial\n"
        "Data: SIP/trunk/88005553535,60\n"
        "Setvar: KOLMI_CALLBACK_ID=7\n"
        "Setvar: KOLMI_USER_ID=1\n"
        "Setvar: KOLMI_DEVICE_ID=10\n"
        "Setvar: KOLMI_CALLBACK_SRC=+37061234567\n"
        "Setvar: KOLMI_CALLBACK_DST=88005553535\n"
        "Archive: no\n");
}

TEST_CASE("a bad callback setting names itself", "[callback]") {
  auto db = settings_db();
  store::set_confline(db, conf::kCallbackWaitTime, "soon");
  CHECK(failure_of_load(db) == "setting Callback_Wait_Time is 'soon', not a whole number of at least 1");
  db = settings_db();
  store::set_confline(db, conf::kCallbackMaxRetries, "-1");
  CHECK(failure_of_load(db) == "setting Callback_Max_Retries is '-1', not a whole number of at least 0");
  db = settings_db();
  store::set_confline(db, conf::kCallbackPriority, "1\n2");
  CHECK(failure_of_load(db) == "setting Callback_Priority is '1?2', not a whole number of at least 1");
  db = settings_db();
  store::set_confline(db, conf::kCallbackArchive, "maybe");
  CHECK(failure_of_load(db) == "setting Callback_Archive is 'maybe', not yes or no");
  db = settings_db();
  store::set_confline(db, conf::kCallbackFileMode, "0999");
  CHECK(failure_of_load(db) == "setting Callback_File_Mode is '0999', not an octal file mode such as 0660");
}

TEST_CASE("callback templates name only known facts", "[callback]") {
  CHECK(expand_template("S", "{src}>{dst} via {device_id}/{device_accountcode} #{callback_id} u{user_id}",
                        facts()) == "+37061234567>88005553535 via 10/10 #7 u1");
  CHECK(expand_template("S", "plain", facts()) == "plain");
  CHECK(expand_template("S", "", facts()).empty());
  CHECK_THROWS_WITH(expand_template("Callback_Channel", "SIP/{password}", facts()),
                    "setting Callback_Channel: unknown placeholder {password}");
  CHECK_THROWS_WITH(expand_template("Callback_Channel", "SIP/{src", facts()),
                    "setting Callback_Channel: '{' without '}'");
}

TEST_CASE("a template cannot smuggle an operator's odd device data into the call file", "[callback]") {
  auto db = settings_db();
  store::set_confline(db, conf::kCallbackChannel, "SIP/{device_name}");
  CallbackFacts f = facts();
  f.device.name = "ann101\nApplication: System";
  CHECK_THROWS_WITH(render_call_file(make_call_file(load_callback_settings(db), f)),
                    "call file line Channel: contains a control character");
}
