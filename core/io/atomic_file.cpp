#include "core/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
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

std::string errno_text(int err) {
  return err == ENOSPC || err == EDQUOT ? "disk is full" : std::strerror(err);
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

// Twelve random hex digits for a temporary name.
std::string random_suffix() {
  unsigned char bytes[6] = {};
  if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
    const auto t = static_cast<unsigned long long>(::time(nullptr)) ^ static_cast<unsigned long long>(::getpid());
    std::memcpy(bytes, &t, sizeof bytes);
  }
  return fmt::format("{:02x}", fmt::join(bytes, bytes + sizeof bytes, ""));
}

bool no_tmpfile_support(int err) { return err == EOPNOTSUPP || err == EISDIR || err == EINVAL; }
}  // namespace

AtomicFile::AtomicFile(std::string target, unsigned mode) : AtomicFile(std::move(target), with_mode(mode)) {}

AtomicFile::AtomicFile(std::string target, const AtomicFileOptions& options)
    : target_(std::move(target)), final_(target_), temp_dir_(options.temp_dir), replace_(options.replace) {
  unsigned mode = options.mode;
  struct stat st {};
  if (::stat(target_.c_str(), &st) == 0) {  // follows symbolic links
    if (!S_ISREG(st.st_mode)) {
      throw storage_error(
          fmt::format("cannot write {}: not a regular file (kolmi replaces only regular files)", target_));
    }
    struct stat link {};
    if (::lstat(target_.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      // Write where the link points, and keep the link.
      std::unique_ptr<char, decltype(&std::free)> real(::realpath(target_.c_str(), nullptr), &std::free);
      if (!real) throw storage_error(fmt::format("cannot write {}: {}", target_, std::strerror(errno)));
      final_ = real.get();
    }
    if (options.keep_mode) mode = st.st_mode & 07777;
  } else if (errno == ENOENT) {
    struct stat link {};
    if (::lstat(target_.c_str(), &link) == 0) {
      throw storage_error(fmt::format("cannot write {}: a symbolic link to nothing", target_));
    }
  } else {
    throw storage_error(fmt::format("cannot write {}: {}", target_, std::strerror(errno)));
  }

  const std::string dir = temp_dir_.empty() ? parent_dir(final_) : temp_dir_;
  const int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0 && no_tmpfile_support(errno)) {
    open_named(temp_dir_.empty() ? final_ : temp_dir_ + "/" + base_name(final_), mode);
    return;
  }
  if (fd < 0) throw storage_error(fmt::format("cannot write {}: {}", target_, errno_text(errno)));
  ::fchmod(fd, static_cast<mode_t>(mode));
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    const int err = errno;
    ::close(fd);
    throw storage_error(fmt::format("cannot write {}: {}", target_, std::strerror(err)));
  }
}

void AtomicFile::open_named(const std::string& dir_and_base, unsigned mode) {
  std::string pattern = dir_and_base + ".tmp-XXXXXX";
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  int fd = ::mkostemp(buf.data(), O_CLOEXEC);
  if (fd < 0) {
    throw storage_error(fmt::format("cannot write {}: {}", target_, errno_text(errno)));
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
  throw storage_error(fmt::format("cannot {} {}: {}", what, target_, errno_text(err)));
}

void AtomicFile::write(std::string_view data) {
  if (!file_) throw storage_error(fmt::format("cannot write {}: already closed", target_));
  if (std::fwrite(data.data(), 1, data.size(), file_) != data.size()) fail("write", errno);
}

void AtomicFile::commit() {
  if (!file_) throw storage_error(fmt::format("cannot write {}: already closed", target_));
  if (std::fflush(file_) != 0) fail("write", errno);
  if (::fsync(::fileno(file_)) != 0) fail("write", errno);
  // The target may have been replaced by something else meanwhile.
  struct stat st {};
  if (::lstat(final_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    discard();
    committed_ = true;
    throw storage_error(
        fmt::format("cannot write {}: not a regular file (kolmi replaces only regular files)", target_));
  }
  if (int err = move_into_place(); err != 0) {
    if (err == EXDEV) {
      std::string message = fmt::format("cannot move {} to {}: not on the same file system",
                                        temp_.empty() ? temp_dir_ : temp_, target_);
      discard();
      committed_ = true;
      throw storage_error(message);
    }
    fail(replace_ ? "replace" : "create", err);
  }
  committed_ = true;
  temp_.clear();  // it is the target now
  if (std::fclose(file_) != 0) {
    file_ = nullptr;
    throw storage_error(fmt::format("cannot write {}: {}", target_, errno_text(errno)));
  }
  file_ = nullptr;
}

int AtomicFile::link_unnamed(const std::string& name) const {
  const int fd = ::fileno(file_);
  const std::string proc = fmt::format("/proc/self/fd/{}", fd);
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return 0;
  if (errno != ENOENT || path_exists("/proc/self/fd")) return errno;
  // No /proc: AT_EMPTY_PATH does the same (it needs CAP_DAC_READ_SEARCH).
  return ::linkat(fd, "", AT_FDCWD, name.c_str(), AT_EMPTY_PATH) == 0 ? 0 : errno;
}

int AtomicFile::move_into_place() {
  if (temp_.empty()) {
    // An unnamed file: linkat refuses an existing name in one atomic step.
    if (!replace_) return link_unnamed(final_);
    // Replacing: a name first, then rename over the target. Only this
    // instant has a name that a SIGKILL could leave behind.
    for (int attempt = 0; attempt < 16; ++attempt) {
      std::string name = fmt::format("{}.tmp-{}", final_, random_suffix());
      int err = link_unnamed(name);
      if (err == EEXIST) continue;
      if (err != 0) return err;
      if (::rename(name.c_str(), final_.c_str()) == 0) return 0;
      err = errno;
      ::unlink(name.c_str());
      return err;
    }
    return EEXIST;
  }
  if (replace_) return ::rename(temp_.c_str(), final_.c_str()) == 0 ? 0 : errno;
  // renameat2(RENAME_NOREPLACE) (Linux 3.15, glibc 2.28) refuses an existing
  // target in the same atomic step; on a file system without it, link(2)
  // refuses one too, and the temporary name is then removed.
  if (::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, final_.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return errno;
  if (::link(temp_.c_str(), final_.c_str()) != 0) return errno;
  ::unlink(temp_.c_str());
  return 0;
}

}  // namespace kolmi::io
