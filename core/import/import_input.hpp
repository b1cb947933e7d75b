#pragma once
// The file an import reads: a named file, or the standard input when the
// name is "-" (`zcat cdr.csv.gz | kolmi admin import cdr -`). Imports read
// their input once, front to back (CsvReader), so a pipe works as a file
// does. Messages name the input as input_name() does: "<stdin>:LINE".
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace kolmi::import {

// "<stdin>" for "-", else the path itself.
std::string input_name(std::string_view path);

class ImportInput {
 public:
  // Opens `path` for reading, or takes `standard_input` (not owned) for
  // "-". Throws Error(storage) "cannot open PATH: reason", and
  // Error(usage) for "-" when no standard input was given.
  ImportInput(const std::string& path, std::FILE* standard_input);

  std::FILE* file() const { return file_; }
  // input_name(path): what messages call the input.
  const std::string& name() const { return name_; }

 private:
  struct Closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, Closer> owned_;
  std::FILE* file_ = nullptr;
  std::string name_;
};

}  // namespace kolmi::import
