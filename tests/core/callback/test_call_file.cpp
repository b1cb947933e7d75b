// The call file text: exact lines for Asterisk's pbx_spool, and every value
// that pbx_spool would not read back as written refused.
#include <catch2/catch.hpp>

#include <string>

#include "core/callback/call_file.hpp"
#include "core/error.hpp"

using namespace kolmi;
using callback::CallFile;
using callback::render_call_file;

namespace {

CallFile sample() {
  CallFile f;
  f.comments = {"kolmi callback 7: user 1, device 10, 2026-11-28 09:30:00 UTC"};
  f.channel = "Local/+37061234567@kolmi-callback-src";
  f.callerid = "\"Ann\" <101>";
  f.max_retries = 2;
  f.retry_time = 120;
  f.wait_time = 45;
  f.context = "kolmi-callback-dst";
  f.extension = "88005553535";
  f.priority = 3;
  f.account = "10";
  f.variables = {{"KOLMI_CALLBACK_ID", "7"}, {"EMPTY", ""}};
  f.archive = true;
  return f;
}

std::string failure(const CallFile& f) {
  try {
    render_call_file(f);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a call file with context, extension and priority", "[callback]") {
  CHECK(render_call_file(sample()) ==
        "# kolmi callback 7: user 1, device 10, 2026-11-28 09:30:00 UTC\n"
        "Channel: Local/+37061234567@kolmi-callback-src\n"
        "CallerID: \"Ann\" <101>\n"
        "MaxRetries: 2\n"
        "RetryTime: 120\n"
        "WaitTime: 45\n"
        "Context: kolmi-callback-dst\n"
        "Extension: 88005553535\n"
        "Priority: 3\n"
        "Account: 10\n"
        "Setvar: KOLMI_CALLBACK_ID=7\n"
        "Setvar: EMPTY=\n"
        "Archive: yes\n");
}

TEST_CASE("a call file with an application, and without the optional lines", "[callback]") {
  CallFile f;
  f.channel = "SIP/ann101";
  f.application = "Dial";
  f.data = "SIP/trunk/88005553535,60";
  f.context = "ignored";
  f.archive = false;
  CHECK(render_call_file(f) ==
        "Channel: SIP/ann101\n"
        "MaxRetries: 0\n"
        "RetryTime: 60\n"
        "WaitTime: 30\n"
        "Application: Dial\n"
        "Data: SIP/trunk/88005553535,60\n"
        "Archive: no\n");
}

TEST_CASE("a value cannot inject a line or a comment into a call file", "[callback]") {
  CallFile f = sample();
  f.extension = "123\nChannel: SIP/evil";
  CHECK(failure(f) == "call file line Extension: contains a control character");
  f = sample();
  f.callerid = "Ann\r";
  CHECK(failure(f) == "call file line CallerID: contains a control character");
  f = sample();
  f.account = "a;b";
  CHECK(failure(f) == "call file line Account: contains ';', which starts a comment");
  f = sample();
  f.context = "ctx #1";
  CHECK(failure(f) == "call file line Context: contains '#' after a blank, which starts a comment");
  f = sample();
  f.context = "#ctx";
  CHECK(failure(f) == "call file line Context: contains '#' after a blank, which starts a comment");
  f = sample();
  f.context = "ctx#1";  // pbx_spool keeps a '#' inside a word
  CHECK(render_call_file(f).find("Context: ctx#1\n") != std::string::npos);
  f = sample();
  f.variables = {{"A", "x\ny"}};
  CHECK(failure(f) == "call file line Setvar: contains a control character");
  f = sample();
  f.variables = {{"A=B", "x"}};
  CHECK(failure(f) == "call file line Setvar: has a variable name other than letters, digits and _");
  f = sample();
  f.comments = {"two\nlines"};
  CHECK(failure(f) == "call file line #: contains a control character");
}

TEST_CASE("call file values are read back exactly or refused", "[callback]") {
  CallFile f = sample();
  f.channel = "";
  CHECK(failure(f) == "call file line Channel: is empty");
  f.channel = "Local-no-tech";
  CHECK(failure(f) == "call file line Channel: is not Tech/Resource");
  f.channel = "SIP/";
  CHECK(failure(f) == "call file line Channel: is not Tech/Resource");
  f = sample();
  f.extension = "";
  CHECK(failure(f) == "call file line Extension: is empty");
  f = sample();
  f.context = " padded";
  CHECK(failure(f) == "call file line Context: begins or ends with a blank, which Asterisk trims");
  f = sample();
  f.priority = 0;
  CHECK(failure(f) == "call file line Priority: is 0, less than 1");
  f = sample();
  f.max_retries = -1;
  CHECK(failure(f) == "call file line MaxRetries: is -1, less than 0");
  f = sample();
  f.wait_time = 0;
  CHECK(failure(f) == "call file line WaitTime: is 0, less than 1");
  f = sample();
  f.application = "Dial";
  f.data = std::string(240, 'x');  // "Data: " + 240 = 246 characters: fits
  CHECK_NOTHROW(render_call_file(f));
  f.data = std::string(249, 'x');  // 255 characters: fgets would cut the line
  CHECK(failure(f) == "call file line Data: is longer than 254 characters");
}
