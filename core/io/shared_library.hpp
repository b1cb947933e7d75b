#pragma once
// A shared library opened on first use (dlopen) instead of linked: for the
// libraries only some commands need (the PDF stack for PDF exports, MariaDB
// Connector/C for server databases), which a linked binary would map and
// relocate before main() on every run. See exporters/pdf/pdf_libraries.hpp
// and core/store/backend/mariadb_library.hpp, which fill tables of
// decltype-typed function pointers with these.
#include <string_view>

namespace kolmi::io {

// Opens the library `soname` for the rest of the process (never closed, as a
// linked library would not be), with its symbols kept local. Throws
// Error(storage) naming the library, the Debian package that has it and what
// needed it: "PDF export needs libhpdf-2.3.0.so (Debian package
// libhpdf-2.3.0): <dlerror>".
void* open_shared_library(const char* soname, const char* package, std::string_view needed_for);

// The address of `name` in a library open_shared_library opened. Throws
// Error(storage) when it has no such symbol.
void* shared_library_symbol(void* handle, const char* soname, const char* name);

// Sets a function pointer from a symbol (POSIX guarantees that a dlsym
// result converts to a function pointer).
template <typename Pointer>
void resolve_function(void* handle, const char* soname, const char* name, Pointer& out) {
  out = reinterpret_cast<Pointer>(shared_library_symbol(handle, soname, name));
}

}  // namespace kolmi::io
