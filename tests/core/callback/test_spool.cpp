// The spool and its temporary folder: which folders, what is checked, and
// that a call file appears in the spool only whole.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "core/callback/spool.hpp"
#include "core/error.hpp"
#include "tests/core/callback/callback_fixture.hpp"
#include "tests/support/scratch_dir.hpp"

using namespace kolmi;
using namespace kolmi::callback;
using test::list_dir;

namespace {

std::string check_failure(const SpoolDirs& dirs) {
  try {
    check_spool_dirs(dirs);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::action_failed);
    return e.what();
  }
  return "no error";
}

struct Dirs {
  test::ScratchDir scratch;
  std::string root = scratch.path();
};

}  // namespace

TEST_CASE("the spool comes from the environment, else the setting", "[callback]") {
  auto d = resolve_spool_dirs(std::string("/env/outgoing/"), "/conf/outgoing", "");
  CHECK(d.spool == "/env/outgoing");
  CHECK(d.temp == "/env/tmp");
  d = resolve_spool_dirs(std::string(""), "/conf/outgoing", "/conf/staging//");
  CHECK(d.spool == "/conf/outgoing");
  CHECK(d.temp == "/conf/staging");
  d = resolve_spool_dirs(std::nullopt, "spool", "");
  CHECK(d.spool == "spool");
  CHECK(d.temp == "./tmp");
  d = resolve_spool_dirs(std::nullopt, "/outgoing", "");
  CHECK(d.temp == "/tmp");
  CHECK_THROWS_WITH(resolve_spool_dirs(std::nullopt, "", "/x"), "No callback spool folder is configured");
  CHECK_THROWS_WITH(resolve_spool_dirs(std::string(), "", ""), "No callback spool folder is configured");
}

TEST_CASE("a spool that is missing, not a folder, or under a file is refused", "[callback]") {
  Dirs d;
  std::ofstream(d.root + "/file") << "x";
  CHECK(check_failure({d.root + "/missing", d.root + "/tmp"}) ==
        "callback spool folder " + d.root + "/missing does not exist");
  CHECK(check_failure({d.root + "/file/outgoing", d.root + "/tmp"}) ==
        "callback spool folder " + d.root + "/file/outgoing does not exist");
  CHECK(check_failure({d.root + "/file", d.root + "/tmp"}) ==
        "callback spool folder " + d.root + "/file is not a folder");
  CHECK(list_dir(d.root) == std::vector<std::string>{"file"});  // no temporary folder made for a bad spool
}

TEST_CASE("the temporary folder is made when missing and must not be the spool", "[callback]") {
  Dirs d;
  REQUIRE(::mkdir((d.root + "/outgoing").c_str(), 0755) == 0);
  SpoolDirs dirs{d.root + "/outgoing", d.root + "/tmp"};
  check_spool_dirs(dirs);
  struct stat st {};
  REQUIRE(::stat(dirs.temp.c_str(), &st) == 0);
  CHECK(S_ISDIR(st.st_mode));
  CHECK((st.st_mode & 0777) == 0700);
  CHECK(check_failure({dirs.spool, dirs.spool + "/."}) ==
        "callback temporary folder " + dirs.spool +
            "/. is the spool folder itself, where Asterisk reads "
            "every file");
  CHECK(check_failure({dirs.spool, d.root + "/no/tmp"}) ==
        "cannot create callback temporary folder " + d.root + "/no/tmp: No such file or directory");
}

TEST_CASE("a temporary folder on another file system is refused", "[callback]") {
  struct stat tmp {
  }, shm{};
  if (::stat("/tmp", &tmp) != 0 || ::stat("/dev/shm", &shm) != 0 || tmp.st_dev == shm.st_dev) {
    WARN("no second file system to test with");
    return;
  }
  Dirs d;
  REQUIRE(::mkdir((d.root + "/outgoing").c_str(), 0755) == 0);
  CHECK(check_failure({d.root + "/outgoing", "/dev/shm"}) ==
        "callback temporary folder /dev/shm is not on the same file system as the spool " + d.root +
            "/outgoing");
}

TEST_CASE("a spooled call file appears whole, by rename, and never replaces one", "[callback]") {
  Dirs d;
  SpoolDirs dirs{d.root + "/outgoing", d.root + "/tmp"};
  REQUIRE(::mkdir(dirs.spool.c_str(), 0755) == 0);
  REQUIRE(::mkdir(dirs.temp.c_str(), 0700) == 0);
  std::string path = spool_call_file(dirs, "kolmi-callback-1.call", "Channel: SIP/a\n", 0640);
  CHECK(path == dirs.spool + "/kolmi-callback-1.call");
  CHECK(test::slurp(path) == "Channel: SIP/a\n");
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(list_dir(dirs.spool) == std::vector<std::string>{"kolmi-callback-1.call"});
  CHECK(list_dir(dirs.temp).empty());

  CHECK_THROWS_WITH(spool_call_file(dirs, "kolmi-callback-1.call", "Channel: SIP/b\n", 0640),
                    "cannot create " + path + ": File exists");
  CHECK(test::slurp(path) == "Channel: SIP/a\n");
  CHECK(list_dir(dirs.spool) == std::vector<std::string>{"kolmi-callback-1.call"});
  CHECK(list_dir(dirs.temp).empty());
}

TEST_CASE("a call file is in the spool until Asterisk takes it", "[callback]") {
  Dirs d;
  const std::string file = d.root + "/kolmi-callback-1.call";
  std::ofstream(file) << "Channel: SIP/a\n";
  CHECK(call_file_in_spool(file));
  CHECK_FALSE(call_file_in_spool(file + "/x"));  // ENOTDIR: gone too
  REQUIRE(::unlink(file.c_str()) == 0);          // done: deleted, or archived to outgoing_done
  CHECK_FALSE(call_file_in_spool(file));
  CHECK_FALSE(call_file_in_spool(""));           // a failed request has no file
}
