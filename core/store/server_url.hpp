#pragma once
// Where a MariaDB/MySQL database is (cli.md "Databases"):
//   mariadb://[USER@]HOST[:PORT]/DATABASE
//   mariadb:///DATABASE?socket=PATH
// and ?ssl=required to refuse a connection that is not encrypted, or whose
// certificate does not verify (store/backend/mariadb_connection.hpp). Anything
// that does not start with "mariadb:" is an SQLite path. A password never
// appears in the URL (it would sit in shell history and `ps`): it comes from
// KOLMI_DB_PASSWORD or the option files (~/.my.cnf).
//
// Pure: no I/O, so the rules are unit-tested on strings.
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::store {

struct ServerAddress {
  std::string user;      // empty: the option files', else the login name
  std::string host;      // empty: the local server (its default socket)
  unsigned port = 0;     // 0: the default (3306)
  std::string socket;    // a unix socket path; empty: none given
  std::string database;  // never empty
  bool ssl_required = false;  // TLS with a verified certificate, or no connection
  // The URL as messages show it: normalized, never with a password.
  std::string shown() const;
};

// True when `text` names a server rather than an SQLite file: it starts
// with "mariadb:" (a file of that name is still reachable as ./mariadb:...).
bool is_server_url(std::string_view text);

// Parses a mariadb:// URL. Throws Error(usage) with one line naming what is
// wrong: another scheme or shape, an empty database name, a bad port, an
// unknown option, and a password (USER:PASSWORD@), which is refused.
ServerAddress parse_server_url(std::string_view text);

}  // namespace kolmi::store
