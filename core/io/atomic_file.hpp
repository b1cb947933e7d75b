#pragma once
// Writes a file so that readers see either the old file or the complete new
// one, never a half-written one. On Linux the data goes to an unnamed file
// (O_TMPFILE) in the target's folder, which only gets a name when it is
// complete: linked in place (linkat) on commit(), so even SIGKILL leaves
// nothing behind. Where O_TMPFILE is not supported, a named temporary file
// `TARGET.tmp-XXXXXX` is used and renamed. Without commit() (an exception,
// a full disk) the target is untouched and no temporary file remains.
//
// Only a regular file (or nothing) is ever replaced: a target that is a
// FIFO, a device, a socket or a folder is refused, and a symbolic link is
// followed, so `-o link` writes the file the link points to and the link
// stays.
//
// A folder watched by another program that reads every file in it (Asterisk's
// outgoing call spool) must not see a half-written file: give
// AtomicFileOptions::temp_dir, a folder on the same file system, and any
// named temporary file is made there and only renamed into the watched folder.
#include <cstdio>
#include <string>
#include <string_view>

namespace kolmi::io {

struct AtomicFileOptions {
  unsigned mode = 0644;  // permissions of a new file (e.g. 0600 for secrets)
  // Where the temporary file is made; empty: the target's folder. It must be
  // on the target's file system, else commit() fails (a rename cannot cross
  // file systems).
  std::string temp_dir;
  // false: commit() refuses to replace an existing target (Error(storage)
  // "... File exists") instead of replacing it.
  bool replace = true;
  // true: a regular file that is replaced keeps its permissions (an export
  // a user made private stays private); `mode` is for new files only.
  bool keep_mode = false;
};

class AtomicFile {
 public:
  // Creates the temporary file with `mode` permissions (e.g. 0600 for
  // secrets). Throws Error(storage) naming the target when it cannot, and
  // when the target exists and is not a regular file.
  explicit AtomicFile(std::string target, unsigned mode = 0644);
  // The same with a choice of temporary folder and of replacing; see
  // AtomicFileOptions. Throws Error(storage) naming the target.
  AtomicFile(std::string target, const AtomicFileOptions& options);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  // Throws Error(storage) ("disk is full", ...) naming the target.
  void write(std::string_view data);
  // Flushes, fsyncs and moves into place. Throws Error(storage) on failure
  // (including "not on the same file system" for a temporary folder
  // elsewhere, an existing target when options.replace is false, and a
  // target that became something other than a regular file), leaving the
  // target untouched and no temporary file.
  void commit();

  std::FILE* stream() { return file_; }
  // The target as given.
  const std::string& target() const { return target_; }
  // The named temporary file, or "" while the data is in an unnamed file
  // (then nothing needs removing if the process dies).
  const std::string& temp_path() const { return temp_; }

 private:
  void open_named(const std::string& dir_and_base, unsigned mode);
  void discard() noexcept;
  [[noreturn]] void fail(const char* what, int err);
  // Moves the complete temporary file to the target; errno on failure.
  int move_into_place();
  int link_unnamed(const std::string& name) const;
  std::string target_;
  std::string final_;  // where the file goes: the target, or the file its link points to
  std::string temp_;
  std::string temp_dir_;
  bool replace_ = true;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

// Creates `dir` and its missing parents with `mode`. Throws Error(storage).
void make_directories(const std::string& dir, unsigned mode = 0700);
// The reason for a failed file operation's errno: "disk is full" for ENOSPC
// and EDQUOT (what a person can act on), strerror otherwise.
std::string errno_text(int err);
// The folder part of a path ("." when there is none).
std::string parent_dir(const std::string& path);
bool path_exists(const std::string& path);

}  // namespace kolmi::io
