#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "tests/support/temp_files.hpp"

using kolmi::io::AtomicFile;

namespace {
using kolmi::test::slurp;
std::string temp_dir() { return kolmi::test::make_temp_dir(); }
int entries(const std::string& dir) { return static_cast<int>(kolmi::test::list_dir(dir).size()); }
}  // namespace

TEST_CASE("an atomic file appears only when committed", "[io]") {
  std::string dir = temp_dir();
  std::string target = dir + "/out.csv";
  {
    std::ofstream(target) << "old";
  }
  {
    AtomicFile f(target);
    f.write("new content");
    CHECK(slurp(target) == "old");  // readers still see the old file
    f.commit();
  }
  CHECK(slurp(target) == "new content");
  CHECK(entries(dir) == 1);
}

TEST_CASE("an abandoned atomic file leaves the target untouched and no temp file", "[io]") {
  std::string dir = temp_dir();
  std::string target = dir + "/out.csv";
  {
    std::ofstream(target) << "old";
  }
  try {
    AtomicFile f(target);
    f.write("half");
    throw std::runtime_error("export failed");
  } catch (const std::runtime_error&) {
  }
  CHECK(slurp(target) == "old");
  CHECK(entries(dir) == 1);
}

TEST_CASE("atomic files honour the requested mode", "[io]") {
  std::string dir = temp_dir();
  AtomicFile f(dir + "/secret", 0600);
  f.write("x");
  f.commit();
  struct stat st {};
  REQUIRE(::stat((dir + "/secret").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("an unwritable folder is a storage error naming the file", "[io]") {
  try {
    AtomicFile f("/nonexistent-folder/x.csv");
    FAIL("expected an error");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK(std::string(e.what()).find("/nonexistent-folder/x.csv") != std::string::npos);
  }
}

TEST_CASE("make_directories creates parents", "[io]") {
  std::string dir = temp_dir();
  kolmi::io::make_directories(dir + "/a/b/c", 0700);
  CHECK(kolmi::io::path_exists(dir + "/a/b/c"));
  CHECK(kolmi::io::parent_dir(dir + "/a/b/c") == dir + "/a/b");
  CHECK(kolmi::io::parent_dir("file") == ".");
}
