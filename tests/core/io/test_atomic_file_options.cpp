// AtomicFile with a temporary folder of its own and without replacing: the
// watched target folder sees nothing until the complete file is renamed in.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::io::AtomicFile;
using kolmi::io::AtomicFileOptions;
using kolmi::test::list_dir;
using kolmi::test::slurp;

namespace {
struct Folders {
  kolmi::test::ScratchDir scratch;
  std::string root = scratch.path();
  std::string target_dir = root + "/watched";
  std::string temp_dir = root + "/staging";
  Folders() {
    REQUIRE(::mkdir(target_dir.c_str(), 0755) == 0);
    REQUIRE(::mkdir(temp_dir.c_str(), 0700) == 0);
  }
  AtomicFileOptions options(bool replace) const {
    AtomicFileOptions o;
    o.mode = 0640;
    o.temp_dir = temp_dir;
    o.replace = replace;
    return o;
  }
};
}  // namespace

TEST_CASE("an atomic file with a temporary folder is invisible in the target folder until committed",
          "[io]") {
  Folders f;
  std::string target = f.target_dir + "/a.call";
  {
    AtomicFile file(target, f.options(false));
    // An unnamed file (O_TMPFILE) where the system has them, else a named
    // one in the temporary folder.
    if (!file.temp_path().empty()) CHECK(file.temp_path().rfind(f.temp_dir + "/a.call.tmp-", 0) == 0);
    file.write("Channel: SIP/1\n");
    CHECK(list_dir(f.target_dir).empty());  // nothing, not even a dot-file, while writing
    CHECK(list_dir(f.temp_dir).size() == (file.temp_path().empty() ? 0U : 1U));
    file.commit();
  }
  CHECK(slurp(target) == "Channel: SIP/1\n");
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(list_dir(f.target_dir) == std::vector<std::string>{"a.call"});
  CHECK(list_dir(f.temp_dir).empty());
}

TEST_CASE("an abandoned atomic file leaves nothing in either folder", "[io]") {
  Folders f;
  {
    AtomicFile file(f.target_dir + "/a.call", f.options(false));
    file.write("half");
  }
  CHECK(list_dir(f.target_dir).empty());
  CHECK(list_dir(f.temp_dir).empty());
}

TEST_CASE("an atomic file that must not replace refuses an existing target", "[io]") {
  Folders f;
  std::string target = f.target_dir + "/a.call";
  std::ofstream(target) << "first";
  AtomicFile file(target, f.options(false));
  file.write("second");
  CHECK_THROWS_WITH(file.commit(), "cannot create " + target + ": File exists");
  CHECK(slurp(target) == "first");
  CHECK(list_dir(f.temp_dir).empty());

  // With replace (the default), the same commit replaces it.
  AtomicFile replacing(target, f.options(true));
  replacing.write("second");
  replacing.commit();
  CHECK(slurp(target) == "second");
}

TEST_CASE("an atomic file cannot be renamed across file systems", "[io]") {
  struct stat tmp {
  }, shm{};
  if (::stat("/tmp", &tmp) != 0 || ::stat("/dev/shm", &shm) != 0 || tmp.st_dev == shm.st_dev) {
    WARN("no second file system to test with");
    return;
  }
  Folders f;
  AtomicFileOptions o;
  o.temp_dir = "/dev/shm";
  std::string target = f.target_dir + "/a.call";
  AtomicFile file(target, o);
  std::string temp = file.temp_path();
  file.write("x");
  CHECK_THROWS_WITH(file.commit(), Catch::EndsWith("not on the same file system"));
  CHECK(list_dir(f.target_dir).empty());
  struct stat gone {};
  CHECK(::stat(temp.c_str(), &gone) != 0);
}
