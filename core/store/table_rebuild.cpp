#include "core/store/table_rebuild.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::store {

namespace {

constexpr std::string_view kIdKey = "id INTEGER PRIMARY KEY,";

std::string create_statement(Database& db, std::string_view table) {
  Statement s = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?");
  s.bind(1, table);
  if (!s.step()) throw storage_error(fmt::format("{}: schema change: no table {}", db.path(), table));
  return s.str(0);
}

// The table's own indexes and triggers as declared, in creation order; the
// automatic indexes of UNIQUE constraints (sql NULL) come back with the
// table itself.
std::vector<std::string> dependent_statements(Database& db, std::string_view table) {
  Statement s = db.prepare(
      "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
      "ORDER BY rowid");
  s.bind(1, table);
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.str(0));
  return out;
}

}  // namespace

void add_autoincrement(Database& db, std::string_view table) {
  std::string create = create_statement(db, table);
  if (create.find("AUTOINCREMENT") != std::string::npos) return;
  const std::size_t key = create.find(kIdKey);
  if (key == std::string::npos)
    throw storage_error(
        fmt::format("{}: schema change: table {} has no \"{}\" column", db.path(), table, kIdKey));
  create.insert(key + kIdKey.size() - 1, " AUTOINCREMENT");
  const std::vector<std::string> dependents = dependent_statements(db, table);

  // The old table steps aside and the new one takes its exact declaration
  // (and so its name, unquoted, as a fresh database has it). Table names are
  // our constants, never input. legacy_alter_table: since SQLite 3.26 a
  // rename also rewrites the other tables' REFERENCES to follow the table;
  // here they must keep naming `table`, which the new copy becomes.
  const std::string old = fmt::format("kolmi_rebuild_{}", table);
  db.exec("PRAGMA legacy_alter_table = ON");
  db.exec(fmt::format("ALTER TABLE {} RENAME TO {}", table, old));
  db.exec("PRAGMA legacy_alter_table = OFF");
  db.exec(create);
  // Same declaration, same column order; the copy sets sqlite_sequence to
  // the largest id it inserts.
  db.exec(fmt::format("INSERT INTO {} SELECT * FROM {}", table, old));
  db.exec(fmt::format("DROP TABLE {}", old));  // its indexes go with it
  for (const std::string& sql : dependents) db.exec(sql);
}

}  // namespace kolmi::store
