#include "exporters/pdf/pdf_libraries.hpp"

#include "core/io/shared_library.hpp"

namespace kolmi::exporters::pdf {

namespace {

// The sonames and Debian packages come from the build (exporters/CMakeLists.txt
// reads them off the libraries it found), so the binary opens exactly the
// libraries it was compiled against.
Libharu load_libharu() {
  void* handle = io::open_shared_library(KOLMI_LIBHARU_SONAME, KOLMI_LIBHARU_PACKAGE, "PDF export");
  Libharu lib;
#define KOLMI_RESOLVE(name) io::resolve_function(handle, KOLMI_LIBHARU_SONAME, #name, lib.name);
  KOLMI_LIBHARU_FUNCTIONS(KOLMI_RESOLVE)
#undef KOLMI_RESOLVE
  return lib;
}

Fontconfig load_fontconfig() {
  void* handle = io::open_shared_library(KOLMI_FONTCONFIG_SONAME, KOLMI_FONTCONFIG_PACKAGE, "PDF export");
  Fontconfig lib;
#define KOLMI_RESOLVE(name) io::resolve_function(handle, KOLMI_FONTCONFIG_SONAME, #name, lib.name);
  KOLMI_FONTCONFIG_FUNCTIONS(KOLMI_RESOLVE)
#undef KOLMI_RESOLVE
  return lib;
}

}  // namespace

const Libharu& haru() {
  static const Libharu lib = load_libharu();
  return lib;
}

const Fontconfig& fontconfig() {
  static const Fontconfig lib = load_fontconfig();
  return lib;
}

}  // namespace kolmi::exporters::pdf
