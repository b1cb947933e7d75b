#pragma once
// The SQL of `kolmi admin copy` (issue 14): every row of every kolmi table
// from one database into another, on either engine (SQLite to MariaDB to
// move up, MariaDB to SQLite for an offline snapshot, or the same engine on
// both ends). core/setup/copy_database makes the target and undoes a failed
// copy; this file only reads and writes rows.
//
// Generic over the schema: the tables are store::kolmi_data_tables() (the
// schema's own list, parents first), their columns and types are read from
// the target's catalog (so a column a later migration adds is copied without
// a change here), and values go through as the engines hold them: integers
// as int64 (money is nano-units), text byte for byte, NULL as NULL, ids kept.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/store/database.hpp"

namespace kolmi::store {

// One table of a copy and the rows it received.
struct TableCopy {
  std::string table;
  std::int64_t rows = 0;
};

// What a server database named as a copy's target holds before anything is
// written. (An SQLite target is always a new file.)
enum class CopyTargetState {
  empty,            // no tables at all
  kolmi,            // a kolmi database
  unfinished_copy,  // kolmi's tables without the version mark: a copy that stopped half-way
  other_tables,     // tables that are not kolmi's
};

// The state of a MariaDB target (the mark: store/schema_mariadb.hpp).
CopyTargetState server_copy_target_state(Database& target);

// Copies every row of kolmi's tables from `source` into `target`, which has
// kolmi's schema at the same version and no rows. Read `source` inside one
// ReadSnapshot (the caller's), so every table is of one moment. Each table
// is one transaction on the target: its rows in multi-row INSERTs of a few
// hundred rows, read from a streamed cursor (memory stays flat on both
// engines), in id order, with the target's foreign keys off while the
// tables fill (the source's engine enforced them). Then each table's id
// counter continues after the source's (SQLite's AUTOINCREMENT sequence,
// MariaDB's AUTO_INCREMENT), so an id the source ever gave is never given
// again. Last, each table is checked against the source: row count, non-NULL
// values of every column, and a sum of every integer column modulo a prime.
// `on_table` is called after each table's rows are committed.
//
// The target's transactions are schema writes (WriteKind::schema): no audit
// rows; the caller writes the copy's one row at the end.
//
// Throws Error(storage) naming the table: a statement fails (a value the
// target cannot hold, a full disk, a dropped connection), a column of the
// target is missing in the source, or a table differs from the source after
// the copy. The target then holds what was copied so far: the caller drops it.
std::vector<TableCopy> copy_tables(Database& source, Database& target,
                                   const std::function<void(const TableCopy&)>& on_table = {});

}  // namespace kolmi::store
