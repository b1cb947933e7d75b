#pragma once
// kolmi admin copy (issue 14): a whole kolmi database into a new one, on
// either engine. The rows move through store/database_copy; this file makes
// the target and makes sure a copy that fails leaves no half copy behind.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/store/database.hpp"
#include "core/store/database_copy.hpp"

namespace kolmi::setup {

// Every member has an initializer: designated initializers name only what
// they set (GCC's -Wmissing-field-initializers).
struct CopyTarget {
  std::string location{};                 // an SQLite path or a mariadb:// URL
  std::optional<std::string> password{};  // a server's (as store::Database::open takes it)
  // SQLite: told the temporary file the copy is built in, before anything
  // is written, so a signal handler can remove it (cli/interrupt_cleanup).
  std::function<void(const std::string&)> on_temp_file{};
  // Told each table as its rows are committed (progress; tests stop a copy
  // half-way by throwing from it).
  std::function<void(const store::TableCopy&)> on_table{};
};

// Copies `source`, a kolmi database opened by store::open_kolmi_database
// (so at this kolmi's schema version), into a new database at `to`, every
// table read in one snapshot of the source (store::copy_tables). The
// target's last transaction writes the copy's audit row (when `source`
// knows its writer: store::Database::set_write_origin) and, on a server,
// the schema's version mark.
//
// An SQLite target must not exist: the copy is built in a hidden file next
// to it (io::NewDatabaseFile, created with its folders) and renamed into
// place when complete, so a failure or a kill leaves no file at `to`. A
// server target is a database that exists and has no tables: kolmi's schema
// is made there as kolmi init makes it, and a failure drops every table the
// copy made; a process killed half-way leaves kolmi's tables without the
// version mark, which no command takes for a kolmi database and a rerun
// names as an unfinished copy.
//
// Throws Error(action_failed) with one line, nothing written, when the target
// exists (a file), or holds tables (a server database: a kolmi database,
// an unfinished copy, or another program's tables); Error(storage) when it
// cannot be made or written (an unreachable server, a missing server
// database, a full disk, a value the server's column cannot hold) or when a
// table of the copy differs from the source.
std::vector<store::TableCopy> copy_database(store::Database& source, const CopyTarget& to);

}  // namespace kolmi::setup
