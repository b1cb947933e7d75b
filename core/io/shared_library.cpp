#include "core/io/shared_library.hpp"

#include <dlfcn.h>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::io {

void* open_shared_library(const char* soname, const char* package, std::string_view needed_for) {
  void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    throw storage_error(fmt::format("{} needs {} (Debian package {}): {}", needed_for, soname, package,
                                    why != nullptr ? why : "cannot load it"));
  }
  return handle;
}

void* shared_library_symbol(void* handle, const char* soname, const char* name) {
  void* symbol = dlsym(handle, name);
  if (symbol == nullptr) throw storage_error(fmt::format("{} has no function {}", soname, name));
  return symbol;
}

}  // namespace kolmi::io
