#include "exporters/pdf/pdf_libraries.hpp"

#include <dlfcn.h>

#include <string>

#include "core/error.hpp"

namespace kolmi::exporters::pdf {

namespace {

// The soname and the Debian package come from the build (exporters/CMakeLists.txt
// reads the soname off the library it found), so the binary opens exactly the
// library it was compiled against.
void* open_library(const char* soname, const char* package) {
  // RTLD_LOCAL: the PDF stack's symbols stay out of the global namespace;
  // never closed, as a linked library would not be.
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    throw storage_error(std::string("PDF export needs ") + soname + " (Debian package " + package +
                        "): " + (why != nullptr ? why : "cannot load it"));
  }
  return handle;
}

template <typename Pointer>
void resolve(void* handle, const char* soname, const char* name, Pointer& out) {
  void* symbol = dlsym(handle, name);
  if (symbol == nullptr) throw storage_error(std::string(soname) + " has no function " + name);
  // POSIX guarantees a data pointer from dlsym converts to a function pointer.
  out = reinterpret_cast<Pointer>(symbol);
}

Libharu load_libharu() {
  void* handle = open_library(KOLMI_LIBHARU_SONAME, KOLMI_LIBHARU_PACKAGE);
  Libharu lib;
#define KOLMI_RESOLVE(name) resolve(handle, KOLMI_LIBHARU_SONAME, #name, lib.name);
  KOLMI_LIBHARU_FUNCTIONS(KOLMI_RESOLVE)
#undef KOLMI_RESOLVE
  return lib;
}

Fontconfig load_fontconfig() {
  void* handle = open_library(KOLMI_FONTCONFIG_SONAME, KOLMI_FONTCONFIG_PACKAGE);
  Fontconfig lib;
#define KOLMI_RESOLVE(name) resolve(handle, KOLMI_FONTCONFIG_SONAME, #name, lib.name);
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
