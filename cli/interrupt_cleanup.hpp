#pragma once
// Ctrl-C (SIGINT), SIGTERM or SIGHUP during an export to `-o FILE` would
// leave the temporary file behind, because destructors do not run when a
// signal ends the process. While a RemoveOnInterrupt lives, those signals
// first remove the named file, then end the process as they would have
// (default action, so the shell still sees "killed by SIGINT"). A signal
// that was ignored when the guard was made (nohup) stays ignored.
//
// A signal handler can only reach static storage, so the path lives in one
// static buffer: at most one RemoveOnInterrupt may exist at a time.
#include <string>

namespace kolmi::cli {

class RemoveOnInterrupt {
 public:
  enum class Files { one, database };  // database: also SQLite's -wal, -shm, -journal
  // Installs the handlers. Throws std::logic_error when another guard is
  // alive, Error(storage) when `path` is too long for the buffer (PATH_MAX).
  explicit RemoveOnInterrupt(const std::string& path, Files files = Files::one);
  RemoveOnInterrupt(const RemoveOnInterrupt&) = delete;
  RemoveOnInterrupt& operator=(const RemoveOnInterrupt&) = delete;
  // Restores the previous handlers; the file is left alone.
  ~RemoveOnInterrupt();
};

}  // namespace kolmi::cli
