#pragma once
// Writes a file so that readers see either the old file or the complete new
// one, never a half-written one: the data goes to a temporary file in the
// same folder (same file system), is flushed, and is renamed over the target
// on commit(). Without commit() (an exception, a full disk) the temporary
// file is removed and the target is untouched.
//
// A folder watched by another program that reads every file in it (Asterisk's
// outgoing call spool) must not see the temporary file at all: for it, give
// AtomicFileOptions::temp_dir, a folder on the same file system, and the
// file is written there and only renamed into the watched folder.
#include <cstdio>
#include <string>
#include <string_view>

namespace kolmi::io {

struct AtomicFileOptions {
  unsigned mode = 0644;  // permissions of the file (e.g. 0600 for secrets)
  // Where the temporary file is made; empty: the target's folder. It must be
  // on the target's file system, else commit() fails (a rename cannot cross
  // file systems).
  std::string temp_dir;
  // false: commit() refuses to replace an existing target (Error(storage)
  // "... File exists") instead of replacing it.
  bool replace = true;
};

class AtomicFile {
 public:
  // Creates the temporary file with `mode` permissions (e.g. 0600 for
  // secrets). Throws Error(storage) naming the target when it cannot.
  explicit AtomicFile(std::string target, unsigned mode = 0644);
  // The same with a choice of temporary folder and of replacing; see
  // AtomicFileOptions. Throws Error(storage) naming the target.
  AtomicFile(std::string target, const AtomicFileOptions& options);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  // Throws Error(storage) ("disk is full", ...) naming the target.
  void write(std::string_view data);
  // Flushes, fsyncs and renames into place. Throws Error(storage) on failure
  // (including "not on the same file system" for a temporary folder
  // elsewhere, and an existing target when options.replace is false),
  // leaving the target untouched and removing the temporary file.
  void commit();

  std::FILE* stream() { return file_; }
  const std::string& target() const { return target_; }
  const std::string& temp_path() const { return temp_; }

 private:
  void discard() noexcept;
  [[noreturn]] void fail(const char* what, int err);
  // Moves the complete temporary file to the target; errno on failure.
  int move_into_place() const;
  std::string target_;
  std::string temp_;
  bool replace_ = true;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

// Creates `dir` and its missing parents with `mode`. Throws Error(storage).
void make_directories(const std::string& dir, unsigned mode = 0700);
// The folder part of a path ("." when there is none).
std::string parent_dir(const std::string& path);
bool path_exists(const std::string& path);

}  // namespace kolmi::io
