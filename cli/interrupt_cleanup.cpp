#include "cli/interrupt_cleanup.hpp"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/new_database_file.hpp"

namespace kolmi::cli {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int kSignalCount = static_cast<int>(std::size(kSignals));

// Static storage the handler can reach (see the header).
char g_path[PATH_MAX];
volatile std::sig_atomic_t g_armed = 0;
volatile std::sig_atomic_t g_database = 0;
struct sigaction g_previous[kSignalCount];

extern "C" void remove_and_die(int sig) {
  // Only async-signal-safe calls here: unlink, sigaction, raise.
  if (g_armed && g_database) {
    io::remove_database_files(g_path);
  } else if (g_armed) {
    ::unlink(g_path);
  }
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  // Delivered when the handler returns (the signal is blocked meanwhile).
  ::raise(sig);
}

}  // namespace

RemoveOnInterrupt::RemoveOnInterrupt(const std::string& path, Files files) {
  if (g_armed) throw std::logic_error("only one RemoveOnInterrupt may be alive");
  if (path.size() >= sizeof g_path) throw storage_error(fmt::format("path too long: {}", path));
  std::memcpy(g_path, path.c_str(), path.size() + 1);
  g_database = files == Files::database ? 1 : 0;
  g_armed = 1;
  struct sigaction act {};
  act.sa_handler = remove_and_die;
  sigemptyset(&act.sa_mask);
  for (int i = 0; i < kSignalCount; ++i) {
    ::sigaction(kSignals[i], nullptr, &g_previous[i]);
    // An ignored signal (nohup, a background job of a script) stays ignored.
    if (g_previous[i].sa_handler != SIG_IGN) ::sigaction(kSignals[i], &act, nullptr);
  }
}

RemoveOnInterrupt::~RemoveOnInterrupt() {
  for (int i = 0; i < kSignalCount; ++i) ::sigaction(kSignals[i], &g_previous[i], nullptr);
  g_armed = 0;
}

}  // namespace kolmi::cli
