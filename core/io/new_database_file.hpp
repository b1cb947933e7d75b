#pragma once
// The file a new database is built in (kolmi init, kolmi demo): a hidden
// file `.kolmi-new-XXXXXX` in the target's folder (so the final rename stays
// on one file system), mode 0600 (it will hold password hashes), locked with
// flock(2) for as long as it lives. SQLite's own locks are fcntl(2) locks,
// which Linux keeps apart from flock, so the lock says only "a kolmi process
// is building this file".
//
// Cleaned up in three ways: the destructor (an exception), the caller's
// signal handler (SIGINT/SIGTERM/SIGHUP, see cli/interrupt_cleanup), and,
// for SIGKILL or a crash, the next NewDatabaseFile in the same folder, which
// removes every `.kolmi-new-*` file whose lock nobody holds.
#include <string>

namespace kolmi::io {

class NewDatabaseFile {
 public:
  // Removes stale files of killed builds in `dir`, then creates the file.
  // Throws Error(storage) naming the folder.
  explicit NewDatabaseFile(const std::string& dir);
  NewDatabaseFile(const NewDatabaseFile&) = delete;
  NewDatabaseFile& operator=(const NewDatabaseFile&) = delete;
  // Removes the file and SQLite's side files unless moved into place.
  ~NewDatabaseFile();

  const std::string& path() const { return path_; }

  // Flushes the closed database to disk and renames it to `target`. With
  // `replace`, an existing target is replaced (its stale -wal/-shm/-journal
  // files are removed first, as SQLite would replay them into the new file);
  // without, an existing target is refused with Error(storage) "... already
  // exists". Throws Error(storage) naming the target.
  void move_to(const std::string& target, bool replace);

 private:
  std::string path_;
  int lock_fd_ = -1;
  bool moved_ = false;
};

// Removes `path` and its SQLite side files (-wal, -shm, -journal). Only
// async-signal-safe calls, so a signal handler may use it.
void remove_database_files(const char* path) noexcept;

}  // namespace kolmi::io
