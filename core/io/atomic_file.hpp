#pragma once
// Writes a file so that readers see either the old file or the complete new
// one, never a half-written one: the data goes to a temporary file in the
// same folder (same file system), is flushed, and is renamed over the target
// on commit(). Without commit() (an exception, a full disk) the temporary
// file is removed and the target is untouched.
#include <cstdio>
#include <string>
#include <string_view>

namespace kolmi::io {

class AtomicFile {
 public:
  // Creates the temporary file with `mode` permissions (e.g. 0600 for
  // secrets). Throws Error(storage) naming the target when it cannot.
  explicit AtomicFile(std::string target, unsigned mode = 0644);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  // Throws Error(storage) ("disk is full", ...) naming the target.
  void write(std::string_view data);
  // Flushes, fsyncs and renames into place. Throws Error(storage) on failure,
  // leaving the target untouched.
  void commit();

  std::FILE* stream() { return file_; }
  const std::string& target() const { return target_; }
  const std::string& temp_path() const { return temp_; }

 private:
  void discard() noexcept;
  [[noreturn]] void fail(const char* what, int err);
  std::string target_;
  std::string temp_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

// Creates `dir` and its missing parents with `mode`. Throws Error(storage).
void make_directories(const std::string& dir, unsigned mode = 0700);
// The folder part of a path ("." when there is none).
std::string parent_dir(const std::string& path);
bool path_exists(const std::string& path);

}  // namespace kolmi::io
