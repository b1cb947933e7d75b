#include "core/callback/spool.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::callback {

namespace {

std::string without_trailing_slashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return std::string(path);
}

// stat(2) of folder `dir` (called `what` in messages). Throws
// Error(action_failed) when it is missing, not a folder or not writable.
struct stat writable_folder(const std::string& dir, std::string_view what) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR) throw action_error(fmt::format("{} {} does not exist", what, dir));
    throw action_error(fmt::format("cannot use {} {}: {}", what, dir, std::strerror(err)));
  }
  if (!S_ISDIR(st.st_mode)) throw action_error(fmt::format("{} {} is not a folder", what, dir));
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    throw action_error(fmt::format("{} {} is not writable: {}", what, dir, std::strerror(errno)));
  return st;
}

}  // namespace

SpoolDirs resolve_spool_dirs(const std::optional<std::string>& env_spool, std::string_view configured_spool,
                             std::string_view configured_temp) {
  SpoolDirs dirs;
  dirs.spool = without_trailing_slashes(env_spool && !env_spool->empty() ? std::string_view(*env_spool)
                                                                         : configured_spool);
  if (dirs.spool.empty()) throw action_error("No callback spool folder is configured");
  if (!configured_temp.empty()) {
    dirs.temp = without_trailing_slashes(configured_temp);
  } else {
    std::string parent = io::parent_dir(dirs.spool);
    dirs.temp = parent == "/" ? "/tmp" : parent + "/tmp";
  }
  return dirs;
}

void check_spool_dirs(const SpoolDirs& dirs) {
  struct stat spool = writable_folder(dirs.spool, "callback spool folder");
  if (!io::path_exists(dirs.temp) && ::mkdir(dirs.temp.c_str(), 0700) != 0 && errno != EEXIST) {
    throw action_error(
        fmt::format("cannot create callback temporary folder {}: {}", dirs.temp, std::strerror(errno)));
  }
  struct stat temp = writable_folder(dirs.temp, "callback temporary folder");
  if (temp.st_dev == spool.st_dev && temp.st_ino == spool.st_ino) {
    throw action_error(fmt::format(
        "callback temporary folder {} is the spool folder itself, where Asterisk reads every file",
        dirs.temp));
  }
  if (temp.st_dev != spool.st_dev) {
    throw action_error(
        fmt::format("callback temporary folder {} is not on the same file system as the spool {}", dirs.temp,
                    dirs.spool));
  }
}

std::string spool_call_file(const SpoolDirs& dirs, const std::string& name, std::string_view text,
                            unsigned mode) {
  std::string target = dirs.spool + "/" + name;
  try {
    io::AtomicFile file(target, io::AtomicFileOptions{.mode = mode, .temp_dir = dirs.temp, .replace = false});
    file.write(text);
    file.commit();
  } catch (const Error& e) {
    if (e.code() != ExitCode::storage) throw;
    throw action_error(e.what());  // a callback that cannot be spooled failed; the database is fine
  }
  return target;
}

bool call_file_in_spool(const std::string& path) {
  if (path.empty()) return false;
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) return true;
  return errno != ENOENT && errno != ENOTDIR;
}

}  // namespace kolmi::callback
