#include "exporters/xlsx/xlsx_libraries.hpp"

#include "core/io/shared_library.hpp"

namespace kolmi::exporters::xlsx {

namespace {

// The soname and Debian package come from the build (exporters/CMakeLists.txt
// reads them off the library it found).
Xlsxwriter load_xlsxwriter() {
  void* handle = io::open_shared_library(KOLMI_XLSXWRITER_SONAME, KOLMI_XLSXWRITER_PACKAGE, "XLSX export");
  Xlsxwriter lib;
#define KOLMI_RESOLVE(name) io::resolve_function(handle, KOLMI_XLSXWRITER_SONAME, #name, lib.name);
  KOLMI_XLSXWRITER_FUNCTIONS(KOLMI_RESOLVE)
#undef KOLMI_RESOLVE
  return lib;
}

}  // namespace

const Xlsxwriter& xlsxwriter() {
  static const Xlsxwriter lib = load_xlsxwriter();
  return lib;
}

}  // namespace kolmi::exporters::xlsx
