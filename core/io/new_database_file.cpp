#include "core/io/new_database_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::io {

namespace {

constexpr std::string_view kPrefix = ".kolmi-new-";
constexpr std::string_view kOldDemoPrefix = ".kolmi-demo-";  // kolmi demo's name before 0.2
constexpr std::size_t kRandomPart = 6;  // mkstemp's XXXXXX

[[noreturn]] void fail_io(std::string_view what, const std::string& path, int err) {
  throw storage_error(
      fmt::format("cannot {} {}: {}", what, path, errno_text(err)));
}

void fsync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) fail_io("open", path, errno);
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0) fail_io("write", path, err);
}

// A file left by a killed build: our name (not a side file) and nobody
// holds its lock.
bool stale(const std::string& dir, std::string_view name) {
  const bool ours = (name.starts_with(kPrefix) && name.size() == kPrefix.size() + kRandomPart) ||
                    (name.starts_with(kOldDemoPrefix) && name.size() == kOldDemoPrefix.size() + kRandomPart);
  if (!ours) return false;
  const std::string path = fmt::format("{}/{}", dir, name);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  const bool unlocked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return unlocked;
}

void remove_stale_files(const std::string& dir) {
  std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), ::closedir);
  if (!d) return;  // creating the file will report the folder's problem
  std::vector<std::string> gone;
  while (const dirent* e = ::readdir(d.get())) {
    if (stale(dir, e->d_name)) gone.push_back(fmt::format("{}/{}", dir, e->d_name));
  }
  for (const std::string& path : gone) remove_database_files(path.c_str());
}

}  // namespace

void remove_database_files(const char* path) noexcept {
  char side[PATH_MAX];
  const std::size_t len = std::strlen(path);
  ::unlink(path);
  for (const char* suffix : {"-wal", "-shm", "-journal"}) {
    const std::size_t slen = std::strlen(suffix);
    if (len + slen >= sizeof side) return;
    std::memcpy(side, path, len);
    std::memcpy(side + len, suffix, slen + 1);
    ::unlink(side);
  }
}

NewDatabaseFile::NewDatabaseFile(const std::string& dir) {
  remove_stale_files(dir);
  std::string pattern = fmt::format("{}/{}XXXXXX", dir, kPrefix);
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  const int fd = ::mkostemp(buf.data(), O_CLOEXEC);  // mode 0600
  if (fd < 0) fail_io("create a file in", dir, errno);
  path_.assign(buf.data());
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    ::unlink(path_.c_str());
    fail_io("lock", path_, err);
  }
  lock_fd_ = fd;
}

NewDatabaseFile::~NewDatabaseFile() {
  if (!moved_) remove_database_files(path_.c_str());
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

void NewDatabaseFile::move_to(const std::string& target, bool replace) {
  fsync_path(path_, O_RDONLY);
  if (replace) {
    // A stale journal of the old database beside the target would be
    // replayed into the new one and corrupt it: remove them first.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
      const std::string side = target + suffix;
      if (::unlink(side.c_str()) != 0 && errno != ENOENT) fail_io("remove", side, errno);
    }
    if (::rename(path_.c_str(), target.c_str()) != 0) fail_io("replace", target, errno);
  } else if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
    if (errno == EEXIST) throw storage_error(fmt::format("{} already exists", target));
    fail_io("create", target, errno);
  }
  moved_ = true;
  fsync_path(parent_dir(target), O_RDONLY | O_DIRECTORY);  // make the rename durable
}

}  // namespace kolmi::io
