#pragma once
// The MariaDB/MySQL back-end over MariaDB Connector/C (libmariadb).
//
// Connecting: the option files' [client] and [kolmi] groups are read
// (MYSQL_READ_DEFAULT_GROUP "kolmi": ~/.my.cnf and the system ones), so a
// user, password, host, socket or TLS setting there applies; what the URL
// names wins over them, and KOLMI_DB_PASSWORD over the files' password. TLS
// is used whenever the server offers it (its certificate unchecked);
// ?ssl=required refuses, before the password is sent, a server without TLS
// or whose certificate does not verify (against the files' ssl-ca, else the
// system's CAs) or does not name the host.
//
// Each session is set up to read kolmi's SQLite SQL unchanged where it can:
// sql_mode ANSI_QUOTES ("from" is a name), PIPES_AS_CONCAT (|| joins text),
// NO_BACKSLASH_ESCAPES (a '\' in a literal is itself), STRICT_ALL_TABLES (a
// value that does not fit is an error, never silently cut),
// NO_AUTO_VALUE_ON_ZERO (an id 0 is stored as 0, as SQLite does: MOR's
// first admin, the demo's, is user 0, not the next AUTO_INCREMENT value);
// utf8mb4 with the byte-wise, no-pad collation (text compares and sorts as
// SQLite's BINARY does); time_zone +00:00; net_write_timeout a day (a
// streamed list waits for a slow reader, such as a pager). Affected-row
// counts are rows matched (CLIENT_FOUND_ROWS), as sqlite3_changes() counts them.
//
// Results: buffered by default, streamed on request (Statement::stream,
// store/database.hpp).
#include <memory>
#include <optional>
#include <string>

#include "core/store/backend/connection.hpp"
#include "core/store/server_url.hpp"

namespace kolmi::store::backend {

// Connects. Throws Error(storage) with one line naming the server (host or
// socket) and database, and the server's reason, never the password.
std::unique_ptr<Connection> connect_mariadb(const ServerAddress& address,
                                            const std::optional<std::string>& password);

}  // namespace kolmi::store::backend
