#include "exporters/pdf/logo.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>

#include "core/error.hpp"

namespace kolmi::exporters::pdf {

namespace {

constexpr std::string_view kPngSignature{"\x89PNG\r\n\x1a\n", 8};
constexpr std::string_view kJpegSignature{"\xff\xd8\xff", 3};

std::string named(const std::string& path) {
  return "the logo file " + path + " (setting Company_Logo)";
}

}  // namespace

Logo read_logo(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw storage_error("cannot read " + named(path) + ": " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) throw usage_error(named(path) + " is not a PNG or JPEG file");
  if (static_cast<std::size_t>(st.st_size) > kMaxLogoBytes) {
    throw usage_error(named(path) + " is larger than 2 MB");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw storage_error("cannot read " + named(path));
  Logo logo;
  logo.path = path;
  logo.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw storage_error("cannot read " + named(path));
  if (logo.bytes.size() > kMaxLogoBytes) throw usage_error(named(path) + " is larger than 2 MB");
  const std::string_view head(logo.bytes);
  if (head.starts_with(kPngSignature)) {
    logo.type = Logo::Type::png;
  } else if (head.starts_with(kJpegSignature)) {
    logo.type = Logo::Type::jpeg;
  } else {
    throw usage_error(named(path) + " is not a PNG or JPEG file");
  }
  return logo;
}

}  // namespace kolmi::exporters::pdf
