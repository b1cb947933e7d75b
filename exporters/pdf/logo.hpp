#pragma once
// The issuer's logo (setting Company_Logo): a PNG or JPEG file of at most
// 2 MB, read and checked before any output file is made.
#include <cstddef>
#include <string>

namespace kolmi::exporters::pdf {

inline constexpr std::size_t kMaxLogoBytes = 2 * 1024 * 1024;

struct Logo {
  enum class Type { png, jpeg };
  std::string path;   // as configured, for messages
  Type type = Type::png;
  std::string bytes;  // the whole file
};

// Reads and checks the file at `path`. Throws Error(usage) naming the file
// and the setting when it is larger than kMaxLogoBytes or does not start as
// a PNG or JPEG file does, and Error(storage) naming it when it cannot be
// read.
Logo read_logo(const std::string& path);

}  // namespace kolmi::exporters::pdf
