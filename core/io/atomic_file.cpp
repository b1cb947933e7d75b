#include "core/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::io {

std::string parent_dir(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool path_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

void make_directories(const std::string& dir, unsigned mode) {
  if (dir.empty() || path_exists(dir)) return;
  make_directories(parent_dir(dir), mode);
  if (::mkdir(dir.c_str(), static_cast<mode_t>(mode)) != 0 && errno != EEXIST) {
    throw storage_error(fmt::format("cannot create folder {}: {}", dir, std::strerror(errno)));
  }
}

namespace {
std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}
AtomicFileOptions with_mode(unsigned mode) {
  AtomicFileOptions options;
  options.mode = mode;
  return options;
}
}  // namespace

AtomicFile::AtomicFile(std::string target, unsigned mode) : AtomicFile(std::move(target), with_mode(mode)) {}

AtomicFile::AtomicFile(std::string target, const AtomicFileOptions& options)
    : target_(std::move(target)), replace_(options.replace) {
  unsigned mode = options.mode;
  std::string pattern = options.temp_dir.empty() ? target_ + ".tmp-XXXXXX"
                                                 : options.temp_dir + "/" + base_name(target_) + ".tmp-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  int fd = ::mkstemp(buf.data());
  if (fd < 0) {
    throw storage_error(fmt::format("cannot write {}: {}", target_, std::strerror(errno)));
  }
  temp_.assign(buf.data());
  ::fchmod(fd, static_cast<mode_t>(mode));
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    int err = errno;
    ::close(fd);
    ::unlink(temp_.c_str());
    throw storage_error(fmt::format("cannot write {}: {}", target_, std::strerror(err)));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) discard();
}

void AtomicFile::discard() noexcept {
  if (file_) {
    std::fclose(file_);
    file_ = nullptr;
  }
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

void AtomicFile::fail(const char* what, int err) {
  discard();
  committed_ = true;  // nothing left to clean up
  throw storage_error(fmt::format("cannot {} {}: {}", what, target_,
                                  err == ENOSPC ? "disk is full" : std::strerror(err)));
}

void AtomicFile::write(std::string_view data) {
  if (!file_) throw storage_error(fmt::format("cannot write {}: already closed", target_));
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) fail("write", errno);
}

void AtomicFile::commit() {
  if (!file_) throw storage_error(fmt::format("cannot write {}: already closed", target_));
  if (std::fflush(file_) != 0) fail("write", errno);
  if (::fsync(::fileno(file_)) != 0) fail("write", errno);
  if (std::fclose(file_) != 0) {
    file_ = nullptr;
    fail("write", errno);
  }
  file_ = nullptr;
  if (int err = move_into_place(); err != 0) {
    if (err == EXDEV) {
      std::string message =
          fmt::format("cannot move {} to {}: not on the same file system", temp_, target_);
      discard();
      committed_ = true;
      throw storage_error(message);
    }
    fail(replace_ ? "replace" : "create", err);
  }
  committed_ = true;
}

int AtomicFile::move_into_place() const {
  if (replace_) return ::rename(temp_.c_str(), target_.c_str()) == 0 ? 0 : errno;
  // renameat2(RENAME_NOREPLACE) (Linux 3.15, glibc 2.28) refuses an existing
  // target in the same atomic step; on a file system without it, link(2)
  // refuses one too, and the temporary name is then removed.
  if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return errno;
  if (::link(temp_.c_str(), target_.c_str()) != 0) return errno;
  ::unlink(temp_.c_str());
  return 0;
}

}  // namespace kolmi::io
