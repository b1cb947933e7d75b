// Ctrl-C during an export removes the temporary file and still ends the
// process by the signal; the previous handlers come back afterwards.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "cli/interrupt_cleanup.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::cli::RemoveOnInterrupt;

namespace {
bool exists(const std::string& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0;
}
// Runs `child` in a forked process and returns its wait status.
template <typename F>
int in_child(F child) {
  std::fflush(nullptr);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    child();
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return status;
}
}  // namespace

TEST_CASE("a signal during an export removes the temporary file and ends the process", "[export]") {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    const kolmi::test::ScratchDir dir;
    const std::string path = dir.write("export.tmp", "");
    const int status = in_child([&] {
      RemoveOnInterrupt guard(path);
      ::raise(sig);
      ::_exit(3);  // not reached: the signal ends the child
    });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK_FALSE(exists(path));
  }
}

TEST_CASE("after the export the file stays and the previous handlers are back", "[export]") {
  const kolmi::test::ScratchDir dir;
  const std::string path = dir.write("export.tmp", "");
  const int status = in_child([&] {
    ::signal(SIGHUP, SIG_IGN);
    { RemoveOnInterrupt guard(path); }
    struct sigaction now {};
    ::sigaction(SIGHUP, nullptr, &now);
    if (now.sa_handler != SIG_IGN) ::_exit(4);
    ::raise(SIGHUP);  // ignored, as before
    ::_exit(0);
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(exists(path));
  ::unlink(path.c_str());
}

TEST_CASE("an ignored signal stays ignored while the guard lives, one guard at a time", "[export]") {
  const kolmi::test::ScratchDir dir;
  const std::string path = dir.write("export.tmp", "");
  const int status = in_child([&] {
    ::signal(SIGHUP, SIG_IGN);  // as under nohup
    RemoveOnInterrupt guard(path);
    ::raise(SIGHUP);
    try {
      RemoveOnInterrupt second(path);
      ::_exit(5);
    } catch (const std::logic_error&) {
    }
    ::_exit(0);
  });
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(exists(path));
  ::unlink(path.c_str());
}
