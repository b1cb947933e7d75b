// NewDatabaseFile: the file a new database is built in, private, locked,
// and cleaned up even after a SIGKILL (by the next one in the folder).
#include <catch2/catch.hpp>

#include <sys/file.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "core/error.hpp"
#include "core/io/new_database_file.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::io::NewDatabaseFile;
using kolmi::test::list_dir;

TEST_CASE("a new database file is private and removed unless moved into place", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  {
    NewDatabaseFile f(dir);
    struct stat st {};
    REQUIRE(::stat(f.path().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    std::ofstream(f.path() + "-wal") << "x";
  }
  CHECK(list_dir(dir).empty());
  {
    NewDatabaseFile f(dir);
    f.move_to(dir + "/k.db", false);
  }
  CHECK(list_dir(dir) == std::vector<std::string>{"k.db"});
  NewDatabaseFile again(dir);
  CHECK_THROWS_AS(again.move_to(dir + "/k.db", false), kolmi::Error);  // init never replaces
  again.move_to(dir + "/k.db", true);                                   // demo does
}

TEST_CASE("a killed build's file is removed by the next one, a live one is not", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  // A leftover: our name, nobody holds its lock (as after SIGKILL).
  const std::string stale = dir + "/.kolmi-new-AbC123";
  std::ofstream(stale) << "half a database";
  std::ofstream(stale + "-journal") << "x";
  std::ofstream(dir + "/.kolmi-demo-Zz9Yy8") << "left by kolmi 0.1";
  // A file of a build still running in another process holds the lock.
  const std::string live = dir + "/.kolmi-new-LiVe00";
  std::ofstream(live) << "being built";
  const int fd = ::open(live.c_str(), O_RDONLY);
  REQUIRE(::flock(fd, LOCK_EX) == 0);
  // Someone else's file that only looks similar.
  std::ofstream(dir + "/.kolmi-new-notes.txt") << "mine";

  {
    NewDatabaseFile f(dir);
    const auto names = list_dir(dir);
    CHECK(std::count(names.begin(), names.end(), ".kolmi-new-AbC123") == 0);
    CHECK(std::count(names.begin(), names.end(), ".kolmi-new-AbC123-journal") == 0);
    CHECK(std::count(names.begin(), names.end(), ".kolmi-demo-Zz9Yy8") == 0);
    CHECK(std::count(names.begin(), names.end(), ".kolmi-new-LiVe00") == 1);
    CHECK(std::count(names.begin(), names.end(), ".kolmi-new-notes.txt") == 1);
  }
  ::close(fd);
}
