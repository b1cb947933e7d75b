#include "core/store/backend/mariadb_library.hpp"

#include "core/io/shared_library.hpp"

namespace kolmi::store::backend {

namespace {

// The soname and Debian package come from the build (core/CMakeLists.txt).
MariadbLibrary load_mariadb() {
  void* handle = io::open_shared_library(KOLMI_MARIADB_SONAME, KOLMI_MARIADB_PACKAGE, "a mariadb:// database");
  MariadbLibrary lib;
#define KOLMI_RESOLVE(name) io::resolve_function(handle, KOLMI_MARIADB_SONAME, #name, lib.name);
  KOLMI_MARIADB_FUNCTIONS(KOLMI_RESOLVE)
#undef KOLMI_RESOLVE
  return lib;
}

}  // namespace

const MariadbLibrary& mariadb() {
  static const MariadbLibrary lib = load_mariadb();
  return lib;
}

}  // namespace kolmi::store::backend
