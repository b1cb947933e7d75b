#pragma once
// libxlsxwriter, loaded when the first XLSX is made rather than when kolmi
// starts, for the reason exporters/pdf/pdf_libraries.hpp gives: Debian's
// libxlsxwriter links minizip, zlib and OpenSSL's libcrypto, which a linked
// binary would map and relocate before main() on every command. The header
// still declares the functions, so `decltype(&::workbook_new_opt)` keeps each
// pointer's type exactly the library's.
//
// A missing library is an error of the XLSX export (exit 5 naming the file
// and the Debian package); the .deb's Depends name the package
// (cmake/Packaging.cmake), since dpkg-shlibdeps cannot see a dlopen.
#include <xlsxwriter.h>

namespace kolmi::exporters::xlsx {

// Every libxlsxwriter function kolmi calls. Add one here before calling it.
#define KOLMI_XLSXWRITER_FUNCTIONS(X) \
  X(format_set_bold)                  \
  X(format_set_bottom)                \
  X(format_set_num_format)            \
  X(lxw_strerror)                     \
  X(workbook_add_format)              \
  X(workbook_add_worksheet)           \
  X(workbook_close)                   \
  X(workbook_new_opt)                 \
  X(workbook_set_properties)          \
  X(worksheet_autofilter)             \
  X(worksheet_freeze_panes)           \
  X(worksheet_set_column)             \
  X(worksheet_write_number)           \
  X(worksheet_write_string)

#define KOLMI_POINTER_TO(name) decltype(&::name) name = nullptr;

struct Xlsxwriter {
  KOLMI_XLSXWRITER_FUNCTIONS(KOLMI_POINTER_TO)
};

#undef KOLMI_POINTER_TO

// The loaded library, loaded on the first call (thread-safe). Throws
// Error(storage) when the library or one of its functions is missing.
const Xlsxwriter& xlsxwriter();

}  // namespace kolmi::exporters::xlsx
