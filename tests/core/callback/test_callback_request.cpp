// A callback request: recorded and spooled together, or recorded as failed
// with nothing in the spool; another user's device and bad numbers leave no
// trace at all.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

#include "core/callback/callback_request.hpp"
#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "tests/core/callback/callback_fixture.hpp"

using namespace kolmi;
using namespace kolmi::callback;
using test::list_dir;
namespace conf = kolmi::store::conf;

namespace {

struct Fixture : test::CallbackFixture {
  CallbackResult request(const std::string& src, const std::string& dst, std::int64_t device,
                         const std::optional<std::string>& env_spool, std::int64_t user = 1) {
    return request_callback(db, user, clock, pages::Lang::en, {src, dst, device}, env_spool);
  }
  // The Error a request ends with.
  Error failure(const std::string& src, const std::string& dst, std::int64_t device,
                const std::optional<std::string>& env_spool, std::int64_t user = 1) {
    try {
      request(src, dst, device, env_spool, user);
    } catch (const Error& e) {
      return e;
    }
    return Error(ExitCode::ok, "no error");
  }
};

}  // namespace

TEST_CASE("a callback is recorded as queued and its call file spooled", "[callback]") {
  Fixture f;
  CallbackResult r = f.request("+370 612-34567", "8 800 555-35-35", 10, f.spool);
  CHECK(r.id == 1);
  CHECK(r.call_file == f.spool + "/kolmi-callback-1.call");
  auto rows = f.rows();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].user_id == 1);
  CHECK(rows[0].device_id == 10);
  CHECK(rows[0].src == "+37061234567");
  CHECK(rows[0].dst == "88005553535");
  CHECK(rows[0].created_at == "2026-11-28 09:30:00");
  CHECK(rows[0].status == "queued");
  CHECK(rows[0].reason.empty());
  CHECK(rows[0].call_file == r.call_file);
  CHECK(test::slurp(r.call_file) ==
        "# kolmi callback 1: user 1, device 10, 2026-11-28 09:30:00 UTC\n"
        "Channel: Local/+37061234567@kolmi-callback-src\n"
        "CallerID: \"Ann\" <101>\n"
        "MaxRetries: 0\n"
        "RetryTime: 60\n"
        "WaitTime: 30\n"
        "Context: kolmi-callback-dst\n"
        "Extension: 88005553535\n"
        "Priority: 1\n"
        "Account: 10\n"
        "Setvar: KOLMI_CALLBACK_ID=1\n"
        "Setvar: KOLMI_USER_ID=1\n"
        "Setvar: KOLMI_DEVICE_ID=10\n"
        "Setvar: KOLMI_CALLBACK_SRC=+37061234567\n"
        "Setvar: KOLMI_CALLBACK_DST=88005553535\n"
        "Archive: yes\n");
  struct stat st {};
  REQUIRE(::stat(r.call_file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0660);
  // Only the finished file ever entered the spool; the temporary one is gone.
  CHECK(list_dir(f.spool) == std::vector<std::string>{"kolmi-callback-1.call"});
  CHECK(list_dir(f.tmp).empty());

  // A device without an account code gives no Account line; ids go on.
  CallbackResult second = f.request("101", "102", 11, f.spool);
  CHECK(second.id == 2);
  CHECK(test::slurp(second.call_file).find("Account:") == std::string::npos);
  CHECK(list_dir(f.spool) == std::vector<std::string>{"kolmi-callback-1.call", "kolmi-callback-2.call"});
}

TEST_CASE("the spool setting serves when the environment names none", "[callback]") {
  Fixture f;
  store::set_confline(f.db, conf::kCallbackSpoolDir, f.spool);
  CHECK(f.request("101", "102", 10, std::nullopt).call_file == f.spool + "/kolmi-callback-1.call");
  CHECK(f.request("101", "102", 10, std::string()).call_file == f.spool + "/kolmi-callback-2.call");
  // The environment wins over the setting.
  std::string other = f.dir + "/other";
  REQUIRE(::mkdir(other.c_str(), 0755) == 0);
  CHECK(f.request("101", "102", 10, other).call_file == other + "/kolmi-callback-3.call");
}

TEST_CASE("without a spool the callback fails and is recorded as failed", "[callback]") {
  Fixture f;
  Error e = f.failure("101", "102", 10, std::nullopt);
  CHECK(e.code() == ExitCode::action_failed);
  CHECK(std::string(e.what()) == "No callback spool folder is configured");
  auto rows = f.rows();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].status == "failed");
  CHECK(rows[0].reason == "No callback spool folder is configured");
  CHECK(rows[0].call_file.empty());
  CHECK(rows[0].src == "101");
  CHECK(list_dir(f.spool).empty());
}

TEST_CASE("a spool that cannot be written fails the callback and is recorded", "[callback]") {
  Fixture f;
  std::ofstream(f.dir + "/file") << "x";
  // A folder under a regular file cannot exist, even for root.
  Error e = f.failure("101", "102", 10, f.dir + "/file/outgoing");
  CHECK(e.code() == ExitCode::action_failed);
  CHECK(std::string(e.what()) == "callback spool folder " + f.dir + "/file/outgoing does not exist");
  e = f.failure("101", "102", 10, f.dir + "/missing");
  CHECK(std::string(e.what()) == "callback spool folder " + f.dir + "/missing does not exist");
  auto rows = f.rows();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].status == "failed");
  CHECK(rows[0].reason == "callback spool folder " + f.dir + "/file/outgoing does not exist");
  CHECK(rows[1].reason == "callback spool folder " + f.dir + "/missing does not exist");
}

TEST_CASE("a failed write leaves no file anywhere and the row says failed", "[callback]") {
  Fixture f;
  // A stale file of the same name: the new call file must not replace it.
  std::ofstream(f.spool + "/kolmi-callback-1.call") << "stale";
  Error e = f.failure("101", "102", 10, f.spool);
  CHECK(e.code() == ExitCode::action_failed);
  CHECK(std::string(e.what()) == "cannot create " + f.spool + "/kolmi-callback-1.call: File exists");
  CHECK(test::slurp(f.spool + "/kolmi-callback-1.call") == "stale");
  CHECK(list_dir(f.spool) == std::vector<std::string>{"kolmi-callback-1.call"});
  CHECK(list_dir(f.tmp).empty());
  auto rows = f.rows();
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].status == "failed");
  CHECK(rows[0].call_file.empty());
  // The failed row took id 1, so the next request gets a fresh name.
  CHECK(f.request("101", "102", 10, f.spool).call_file == f.spool + "/kolmi-callback-2.call");
}

TEST_CASE("a bad setting or operator data fails the callback before the spool", "[callback]") {
  Fixture f;
  store::set_confline(f.db, conf::kCallbackWaitTime, "soon");
  Error e = f.failure("101", "102", 10, f.spool);
  CHECK(std::string(e.what()) == "setting Callback_Wait_Time is 'soon', not a whole number of at least 1");
  store::set_confline(f.db, conf::kCallbackWaitTime, "30");
  store::set_confline(f.db, conf::kCallbackChannel, "SIP/{device_name}");
  f.db.exec("UPDATE devices SET name = 'ann101;evil' WHERE id = 10");
  e = f.failure("101", "102", 10, f.spool);
  CHECK(e.code() == ExitCode::action_failed);
  CHECK(std::string(e.what()) == "call file line Channel: contains ';', which starts a comment");
  CHECK(list_dir(f.spool).empty());
  auto rows = f.rows();
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].status == "failed");
  CHECK(rows[1].reason == "call file line Channel: contains ';', which starts a comment");
}

TEST_CASE("another user's device is a missing device: nothing recorded, nothing spooled", "[callback]") {
  Fixture f;
  for (std::int64_t device : {20, 99}) {
    Error e = f.failure("101", "102", device, f.spool);
    CHECK(e.code() == ExitCode::not_found);
    CHECK(std::string(e.what()) == "no such device of yours: " + std::to_string(device));
  }
  // Even without a spool, where a request of one's own would be recorded.
  CHECK(f.failure("101", "102", 20, std::nullopt).code() == ExitCode::not_found);
  CHECK(f.rows().empty());
  CHECK(list_dir(f.spool).empty());
  // Bob may use his own device.
  CHECK(f.request("101", "102", 20, f.spool, 2).id == 1);
}

TEST_CASE("invalid numbers are refused before anything is recorded", "[callback]") {
  Fixture f;
  for (auto [src, dst] :
       std::vector<std::pair<std::string, std::string>>{{"", "102"},
                                                        {"101", ""},
                                                        {"abc", "102"},
                                                        {"101", "102\nApplication: System"},
                                                        {"101'; DROP TABLE callbacks; --", "102"},
                                                        {"101", "<102>&amp;"}}) {
    INFO(src << " -> " << dst);
    Error e = f.failure(src, dst, 10, f.spool);
    CHECK(e.code() == ExitCode::action_failed);
    CHECK_THAT(e.what(), Catch::Contains("not a valid phone number"));
  }
  CHECK(f.rows().empty());
  CHECK(list_dir(f.spool).empty());
}

TEST_CASE("a commit that fails takes the spooled file back", "[callback]") {
  Fixture f;
  // A deferred foreign key that the request's own update breaks: COMMIT fails
  // after the call file was renamed into the spool.
  f.db.exec(R"SQL(
    CREATE TABLE guard (x INTEGER REFERENCES devices(id) DEFERRABLE INITIALLY DEFERRED);
    CREATE TRIGGER break_commit AFTER UPDATE OF call_file ON callbacks BEGIN
      INSERT INTO guard VALUES (12345);
    END;
  )SQL");
  Error e = f.failure("101", "102", 10, f.spool);
  CHECK(e.code() == ExitCode::storage);
  CHECK(f.rows().empty());
  CHECK(list_dir(f.spool).empty());
  CHECK(list_dir(f.tmp).empty());
}
