#include <catch2/catch.hpp>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::io::AtomicFile;

namespace {
using kolmi::test::slurp;
int entries(const std::string& dir) { return static_cast<int>(kolmi::test::list_dir(dir).size()); }
}  // namespace

TEST_CASE("an atomic file appears only when committed", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
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
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
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
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
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
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  kolmi::io::make_directories(dir + "/a/b/c", 0700);
  CHECK(kolmi::io::path_exists(dir + "/a/b/c"));
  CHECK(kolmi::io::parent_dir(dir + "/a/b/c") == dir + "/a/b");
  CHECK(kolmi::io::parent_dir("file") == ".");
}

TEST_CASE("an atomic file is unnamed while written, so nothing can be left behind", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  AtomicFile f(dir + "/out.csv");
  CHECK(f.temp_path().empty());  // O_TMPFILE on every file system the tests use
  f.write("data");
  CHECK(entries(dir) == 0);
  f.commit();
  CHECK(kolmi::test::list_dir(dir) == std::vector<std::string>{"out.csv"});
}

TEST_CASE("only a regular file is ever replaced", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  const std::string fifo = dir + "/fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  try {
    AtomicFile f(fifo);
    FAIL("a FIFO was accepted");
  } catch (const kolmi::Error& e) {
    CHECK(e.code() == kolmi::ExitCode::storage);
    CHECK(std::string(e.what()) == "cannot write " + fifo + ": not a regular file (kolmi replaces only regular files)");
  }
  struct stat st {};
  REQUIRE(::lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK_THROWS_AS(AtomicFile(dir), kolmi::Error);  // a folder

  SECTION("the target turning into something else before commit is refused") {
    const std::string target = dir + "/out.csv";
    AtomicFile f(target);
    f.write("data");
    REQUIRE(::mkfifo(target.c_str(), 0600) == 0);
    CHECK_THROWS_AS(f.commit(), kolmi::Error);
    REQUIRE(::lstat(target.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
  }
}

TEST_CASE("a symbolic link is followed and kept", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  { std::ofstream(dir + "/real.csv") << "old"; }
  REQUIRE(::symlink("real.csv", (dir + "/link.csv").c_str()) == 0);
  {
    AtomicFile f(dir + "/link.csv");
    f.write("new");
    f.commit();
  }
  struct stat st {};
  REQUIRE(::lstat((dir + "/link.csv").c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(slurp(dir + "/real.csv") == "new");
  CHECK(entries(dir) == 2);

  REQUIRE(::symlink("nowhere", (dir + "/dangling").c_str()) == 0);
  CHECK_THROWS_AS(AtomicFile(dir + "/dangling"), kolmi::Error);
}

TEST_CASE("keep_mode keeps the mode of a replaced file, new files get the given mode", "[io]") {
  const kolmi::test::ScratchDir scratch;
  const std::string dir = scratch.path();
  const std::string target = dir + "/private.csv";
  { std::ofstream(target) << "old"; }
  ::chmod(target.c_str(), 0600);
  kolmi::io::AtomicFileOptions o;
  o.mode = 0644;
  o.keep_mode = true;
  {
    AtomicFile f(target, o);
    f.write("new");
    f.commit();
  }
  struct stat st {};
  REQUIRE(::stat(target.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  {
    AtomicFile f(dir + "/new.csv", o);
    f.commit();
  }
  REQUIRE(::stat((dir + "/new.csv").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
}
