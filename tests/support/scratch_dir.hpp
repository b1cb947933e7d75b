#pragma once
// Scratch folders and files for tests that touch the file system. A
// ScratchDir is made with mkdtemp under $TMPDIR (else /tmp) and removed with
// everything in it when the object goes, so no test leaves anything behind.
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::test {

class ScratchDir {
 public:
  // A new empty folder <tmp>/<prefix>-XXXXXX; the test fails when it cannot
  // be made.
  explicit ScratchDir(std::string_view prefix = "kolmi-test");
  // Removes the folder and all it holds (folders a test made unwritable
  // included); failures are ignored: a destructor must not throw.
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }
  // The path of `name` in the folder (nothing is created).
  std::string file(std::string_view name) const;
  // Writes `content` to file(name), replacing it, and returns its path.
  std::string write(std::string_view name, std::string_view content) const;

 private:
  std::string path_;
};

// A file holding `content`, alone in a scratch folder of its own.
class ScratchFile {
 public:
  explicit ScratchFile(std::string_view content, std::string_view name = "data");
  const std::string& path() const { return path_; }

 private:
  ScratchDir dir_{"kolmi-file"};
  std::string path_;
};

// The whole file; "" when it cannot be read.
std::string slurp(const std::string& path);

// The names in `dir` (dot-files included, "." and ".." not), sorted; empty
// when `dir` cannot be read.
std::vector<std::string> list_dir(const std::string& dir);

}  // namespace kolmi::test
