// exporters/pdf/logo: the Company_Logo file is a PNG or JPEG of at most
// 2 MB; anything else is refused with a message naming the file.
#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "exporters/pdf/logo.hpp"
#include "tests/support/scratch_dir.hpp"

using kolmi::ExitCode;
using kolmi::exporters::pdf::kMaxLogoBytes;
using kolmi::exporters::pdf::Logo;
using kolmi::exporters::pdf::read_logo;
using kolmi::test::ScratchDir;

namespace {

const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
const std::string kJpeg("\xff\xd8\xff\xe0\0\x10JFIF", 10);

// The Error read_logo(path) throws; fails the test when there is none.
kolmi::Error error_of(const std::string& path) {
  try {
    read_logo(path);
  } catch (const kolmi::Error& e) {
    return e;
  }
  FAIL("no error for " << path);
  return kolmi::Error(ExitCode::ok, "unreachable");
}

}  // namespace

TEST_CASE("logo: PNG and JPEG files are read whole", "[pdf]") {
  ScratchDir dir;
  const std::string png = dir.write("logo.png", kPng + "rest of the image");
  const Logo a = read_logo(png);
  CHECK(a.type == Logo::Type::png);
  CHECK(a.path == png);
  CHECK(a.bytes == kPng + "rest of the image");
  // The type is the content's, whatever the name says.
  const Logo b = read_logo(dir.write("logo.png.bin", kJpeg));
  CHECK(b.type == Logo::Type::jpeg);
  CHECK(b.bytes == kJpeg);
  // Exactly 2 MB is allowed.
  const Logo c = read_logo(dir.write("big.png", kPng + std::string(kMaxLogoBytes - kPng.size(), '\0')));
  CHECK(c.bytes.size() == 2 * 1024 * 1024);
}

TEST_CASE("logo: another type of file is a usage error naming it", "[pdf]") {
  ScratchDir dir;
  for (const std::string& content : {std::string("GIF89a\x01\0\x01\0", 10), std::string("not an image\n"),
                                     std::string(), kPng.substr(0, 7)}) {
    const std::string path = dir.write("logo.gif", content);
    const kolmi::Error e = error_of(path);
    INFO(e.what());
    CHECK(e.code() == ExitCode::usage);
    CHECK(std::string(e.what()) == "the logo file " + path + " (setting Company_Logo) is not a PNG or JPEG file");
  }
  // A folder is no image either.
  const kolmi::Error e = error_of(dir.path());
  CHECK(e.code() == ExitCode::usage);
  CHECK_THAT(e.what(), Catch::Contains(dir.path()));
}

TEST_CASE("logo: a file over 2 MB is a usage error naming it", "[pdf]") {
  ScratchDir dir;
  const std::string path = dir.write("huge.png", kPng + std::string(kMaxLogoBytes - kPng.size() + 1, '\0'));
  const kolmi::Error e = error_of(path);
  CHECK(e.code() == ExitCode::usage);
  CHECK(std::string(e.what()) == "the logo file " + path + " (setting Company_Logo) is larger than 2 MB");
}

TEST_CASE("logo: a missing file is a file error naming it", "[pdf]") {
  ScratchDir dir;
  const kolmi::Error e = error_of(dir.file("missing.png"));
  CHECK(e.code() == ExitCode::storage);
  CHECK_THAT(e.what(), Catch::Contains(dir.file("missing.png")));
  CHECK_THAT(e.what(), Catch::Contains("No such file"));
}
