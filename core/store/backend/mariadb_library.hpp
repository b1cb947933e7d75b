#pragma once
// MariaDB Connector/C, loaded when the first server database is opened
// rather than when kolmi starts.
//
// Why: libmariadb brings OpenSSL's libssl and libcrypto, whose relocation
// alone cost every command about 5 million instructions (more than the rest
// of a short command's work) whether or not it ever talks to a server; most
// runs use an SQLite file. So the binary does not link it; the MariaDB
// back-end calls it through this table, filled with dlopen/dlsym
// (io/shared_library) on first use. `decltype(&::mysql_init)` keeps every
// pointer's type exactly the header's.
//
// A missing library is an error of opening a mariadb:// database (exit 5,
// naming the library and its Debian package); SQLite files never need it.
// The .deb's Depends names the package (cmake/Packaging.cmake), since
// dpkg-shlibdeps cannot see a dlopen.
#include <mysql.h>

namespace kolmi::store::backend {

// Every Connector/C function kolmi calls. Add one here before calling it.
#define KOLMI_MARIADB_FUNCTIONS(X) \
  X(mysql_affected_rows) \
  X(mysql_close) \
  X(mysql_errno) \
  X(mysql_error) \
  X(mysql_fetch_row) \
  X(mysql_field_count) \
  X(mysql_free_result) \
  X(mysql_get_ssl_cipher) \
  X(mysql_init) \
  X(mysql_insert_id) \
  X(mysql_next_result) \
  X(mysql_optionsv) \
  X(mysql_query) \
  X(mysql_real_connect) \
  X(mysql_real_query) \
  X(mysql_stmt_affected_rows) \
  X(mysql_stmt_bind_param) \
  X(mysql_stmt_bind_result) \
  X(mysql_stmt_close) \
  X(mysql_stmt_errno) \
  X(mysql_stmt_error) \
  X(mysql_stmt_execute) \
  X(mysql_stmt_fetch) \
  X(mysql_stmt_fetch_column) \
  X(mysql_stmt_field_count) \
  X(mysql_stmt_free_result) \
  X(mysql_stmt_init) \
  X(mysql_stmt_insert_id) \
  X(mysql_stmt_prepare) \
  X(mysql_stmt_store_result) \
  X(mysql_store_result)

#define KOLMI_POINTER_TO(name) decltype(&::name) name = nullptr;
struct MariadbLibrary {
  KOLMI_MARIADB_FUNCTIONS(KOLMI_POINTER_TO)
};
#undef KOLMI_POINTER_TO

// The loaded library, loaded on the first call (thread-safe). Throws
// Error(storage) when the library or one of its functions is missing.
const MariadbLibrary& mariadb();

}  // namespace kolmi::store::backend
