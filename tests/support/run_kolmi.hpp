#pragma once
// The whole command line run in-process (cli::run) from an argument vector,
// with a controlled environment and clock: its exit code, stdout and stderr.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/run.hpp"
#include "core/time/datetime.hpp"
#include "tests/support/scratch_dir.hpp"
#include "tests/support/text_checks.hpp"

namespace kolmi::test {

struct Captured {
  int code = 0;
  std::string out;
  std::string err;
};

// Points file descriptor 2 at a temporary file until finish(), which
// returns what was written (errors are printed with fmt::print(stderr)).
class StderrCapture {
 public:
  StderrCapture() : file_(std::tmpfile()), saved_(::dup(2)) {
    std::fflush(stderr);
    ::dup2(::fileno(file_), 2);
  }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;
  ~StderrCapture() { finish(); }

  std::string finish() {
    if (saved_ < 0) return text_;
    std::fflush(stderr);
    ::dup2(saved_, 2);
    ::close(saved_);
    saved_ = -1;
    std::rewind(file_);
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) text_.append(buf, n);
    std::fclose(file_);
    return text_;
  }

 private:
  std::FILE* file_;
  int saved_;
  std::string text_;
};

// Runs kolmi with `args` in an environment of `env` only; stdin is empty.
inline Captured run_kolmi(std::vector<const char*> args, std::map<std::string, std::string> env = {}) {
  cli::Context ctx;
  ctx.env = [env](std::string_view name) -> std::optional<std::string> {
    auto it = env.find(std::string(name));
    if (it == env.end()) return std::nullopt;
    return it->second;
  };
  ctx.clock = std::make_shared<FixedClock>(*parse_utc("2026-11-28 09:30:00"));
  char* buf = nullptr;
  std::size_t len = 0;
  ctx.out = ::open_memstream(&buf, &len);
  std::FILE* devnull = std::fopen("/dev/null", "r");
  ctx.in = devnull;
  args.insert(args.begin(), "kolmi");
  Captured c;
  {
    StderrCapture err;
    c.code = cli::run(static_cast<int>(args.size()), args.data(), ctx);
    c.err = err.finish();
  }
  std::fclose(ctx.out);
  std::fclose(devnull);
  c.out.assign(buf, len);
  std::free(buf);
  return c;
}

// A database made by `kolmi init` in a scratch folder (admin "admin",
// password "correct horse"), and the environment that uses it with one-shot
// credentials (KOLMI_USER and KOLMI_PASSWORD).
struct InitDatabase {
  ScratchDir scratch{"kolmi-cli-db"};
  std::string dir = scratch.path();
  std::map<std::string, std::string> env{{"HOME", dir}, {"KOLMI_DB", dir + "/kolmi.db"}};

  InitDatabase() {
    env["KOLMI_PASSWORD"] = "correct horse";
    if (run_kolmi({"init"}, env).code != 0) throw std::runtime_error("kolmi init failed in " + dir);
    env["KOLMI_USER"] = "admin";
  }
  const std::string& path() const { return env.at("KOLMI_DB"); }
};

// True when `s` is one line: a single newline, at its end, and no other
// control byte (C0 or DEL).
inline bool is_one_line(const std::string& s) {
  if (s.empty() || s.back() != '\n') return false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u < 0x20 || u == 0x7F) return false;
  }
  return true;
}

}  // namespace kolmi::test
