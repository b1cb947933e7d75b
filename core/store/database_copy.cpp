#include "core/store/database_copy.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/schema_mariadb.hpp"

namespace kolmi::store {

namespace {

struct Column {
  std::string name;
  bool integer = false;  // else text: kolmi's schema has no other kind
};

// A name from the schema's own catalog, quoted (aratedetails has "from").
std::string quoted(std::string_view name) { return fmt::format("\"{}\"", name); }

// The columns a row is written with, as the catalog lists them: SQLite's
// declared types (INTEGER, TEXT), MariaDB's data types (bigint, int,
// varchar, text). Generated columns are left out (the engine computes them):
// SQLite's table_info does not list them, MariaDB's EXTRA names them.
std::vector<Column> columns_of(Database& db, const std::string& table) {
  Statement s = db.dialect() == Dialect::sqlite
                    ? db.prepare("SELECT name, type FROM pragma_table_info(?) ORDER BY cid")
                    : db.prepare("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_schema = DATABASE() AND table_name = ? "
                                 "AND extra NOT LIKE '%GENERATED%' ORDER BY ordinal_position");
  s.bind(1, table);
  std::vector<Column> columns;
  while (s.step()) {
    std::string type = s.str(1);
    std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::toupper(c); });
    columns.push_back({s.str(0), type.find("INT") != std::string::npos});
  }
  return columns;
}

bool has_id(const std::vector<Column>& columns) {
  return std::any_of(columns.begin(), columns.end(), [](const Column& c) { return c.name == "id"; });
}

std::string column_list(const std::vector<Column>& columns) {
  std::string list;
  for (const Column& c : columns) list += (list.empty() ? "" : ", ") + quoted(c.name);
  return list;
}

// Rows per INSERT: a few hundred, under SQLite's 32,766 parameters.
std::size_t rows_per_insert(std::size_t columns) { return std::clamp<std::size_t>(30000 / columns, 1, 256); }

std::string insert_sql(const std::string& table, const std::vector<Column>& columns, std::size_t rows) {
  std::string one = "(";
  for (std::size_t i = 0; i < columns.size(); ++i) one += i == 0 ? "?" : ", ?";
  one += ")";
  std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ", quoted(table), column_list(columns));
  for (std::size_t r = 0; r < rows; ++r) sql += (r == 0 ? "" : ", ") + one;
  return sql;
}

// One value of a row on its way: the rows of one INSERT wait here (a fixed
// number of them, so memory stays flat), bound without a copy when it runs.
struct Value {
  bool null = true;
  std::int64_t integer = 0;
  std::string text;
};

// Keeps the source's current row in `row` (values of the columns in order).
void keep_row(Value* row, const Statement& read, const std::vector<Column>& columns) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const int col = static_cast<int>(i);
    Value& v = row[i];
    v.null = read.is_null(col);
    if (v.null) continue;
    if (columns[i].integer) {
      v.integer = read.int64(col);
    } else {
      v.text.assign(read.text(col));  // bytes as stored: no UTF-8 check or repair
    }
  }
}

// Inserts the first `rows` kept rows with `insert` (made for that many).
void insert_kept(Statement& insert, const std::vector<Value>& kept, std::size_t rows,
                 const std::vector<Column>& columns) {
  const std::size_t values = rows * columns.size();
  for (std::size_t i = 0; i < values; ++i) {
    const Value& v = kept[i];
    const int param = static_cast<int>(i) + 1;
    if (v.null) {
      insert.bind_null(param);
    } else if (columns[i % columns.size()].integer) {
      insert.bind(param, v.integer);
    } else {
      insert.bind_static(param, v.text);  // `kept` stays unchanged until run() has reset it
    }
  }
  insert.run();
}

// Copies one table's rows in one transaction on the target; returns how many.
std::int64_t copy_rows(Database& source, Database& target, const std::string& table,
                       const std::vector<Column>& columns) {
  const std::size_t batch = rows_per_insert(columns.size());
  Transaction tx(target, WriteKind::schema);
  Statement full = target.prepare(insert_sql(table, columns, batch));
  Statement read = source.prepare(fmt::format("SELECT {} FROM {}{}", column_list(columns), quoted(table),
                                              has_id(columns) ? " ORDER BY id" : ""));
  read.stream();  // MariaDB: row by row from the server, not the whole table in memory
  std::vector<Value> kept(batch * columns.size());
  std::int64_t rows = 0;
  std::size_t pending = 0;
  while (read.step()) {
    keep_row(&kept[pending * columns.size()], read, columns);
    ++rows;
    if (++pending == batch) {
      insert_kept(full, kept, batch, columns);
      pending = 0;
    }
  }
  read.reset();  // the source's connection is free again (a streamed result)
  if (pending > 0) {
    Statement tail = target.prepare(insert_sql(table, columns, pending));
    insert_kept(tail, kept, pending, columns);
  }
  tx.commit();
  return rows;
}

// What the check compares: row count, then per column its non-NULL values
// and, for integers, the sum of value % kPrime (bounded, so no engine's SUM
// can overflow; the same on both, as % keeps the dividend's sign on both).
constexpr std::int64_t kPrime = 1000003;

std::vector<std::int64_t> fingerprint(Database& db, const std::string& table, const std::vector<Column>& columns) {
  std::string sql = "SELECT count(*)";
  for (const Column& c : columns) {
    sql += fmt::format(", count({})", quoted(c.name));
    if (c.integer) sql += fmt::format(", COALESCE(SUM({} % {}), 0)", quoted(c.name), kPrime);
  }
  Statement s = db.prepare(sql + " FROM " + quoted(table));
  std::vector<std::int64_t> figures;
  if (!s.step()) return figures;
  for (std::size_t i = 0, n = 1 + columns.size() + static_cast<std::size_t>(std::count_if(
                                    columns.begin(), columns.end(), [](const Column& c) { return c.integer; }));
       i < n; ++i)
    figures.push_back(s.int64(static_cast<int>(i)));
  return figures;
}

// The id the table gives next by its kept counter (SQLite's sqlite_sequence
// for AUTOINCREMENT tables, MariaDB's AUTO_INCREMENT); nullopt when it keeps
// none (SQLite's plain INTEGER PRIMARY KEY tables: max(id) + 1).
std::optional<std::int64_t> next_id(Database& db, const std::string& table) {
  Statement s = db.dialect() == Dialect::sqlite
                    ? db.prepare("SELECT seq + 1 FROM sqlite_sequence WHERE name = ?")
                    : db.prepare("SELECT auto_increment FROM information_schema.tables "
                                 "WHERE table_schema = DATABASE() AND table_name = ?");
  s.bind(1, table);
  if (!s.step() || s.is_null(0)) return std::nullopt;
  return s.int64(0);
}

// Makes the target's counter give `next` or later (never lower than its own).
void continue_ids(Database& db, const std::string& table, std::int64_t next) {
  if (next <= 1) return;
  if (db.dialect() == Dialect::mariadb) {
    // DDL takes no parameters; the table is the schema's, the number ours.
    db.exec(fmt::format("ALTER TABLE {} AUTO_INCREMENT = {}", quoted(table), next));
    return;
  }
  // Only AUTOINCREMENT tables have a sequence; inserts with ids made or
  // raised it to the largest id copied, and the source's may be higher (its
  // newest rows deleted).
  Transaction tx(db, WriteKind::schema);
  Statement add = db.prepare(
      "INSERT INTO sqlite_sequence (name, seq) SELECT ?1, ?2 "
      "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?1) "
      "AND EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1 AND sql LIKE '%AUTOINCREMENT%')");
  add.bind_all(table, next - 1);
  add.run();
  Statement raise = db.prepare("UPDATE sqlite_sequence SET seq = ?2 WHERE name = ?1 AND seq < ?2");
  raise.bind_all(table, next - 1);
  raise.run();
  tx.commit();
}

// The target set for loading rows as they are, for as long as the guard
// lives: foreign keys off (the tables fill in an order no foreign key needs
// to hold half-way; the source's engine enforced them), and on MariaDB an
// id 0 kept as 0 (NO_AUTO_VALUE_ON_ZERO: otherwise an explicit 0, MOR's
// admin id, is taken for "the next id" and the row after it collides).
// Never throws from the destructor.
class LoadMode {
 public:
  explicit LoadMode(Database& db) : db_(db) {
    if (db_.dialect() == Dialect::sqlite) {
      db_.exec("PRAGMA foreign_keys = OFF");
      return;
    }
    Statement mode = db_.prepare("SELECT @@SESSION.sql_mode");
    if (mode.step()) sql_mode_ = mode.str(0);
    mode.reset();
    db_.exec("SET SESSION foreign_key_checks = 0, sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_AUTO_VALUE_ON_ZERO')");
  }
  LoadMode(const LoadMode&) = delete;
  LoadMode& operator=(const LoadMode&) = delete;
  ~LoadMode() {
    try {
      if (db_.dialect() == Dialect::sqlite) {
        db_.exec("PRAGMA foreign_keys = ON");
        return;
      }
      db_.exec("SET SESSION foreign_key_checks = 1");
      Statement restore = db_.prepare("SET SESSION sql_mode = ?");
      restore.bind(1, sql_mode_);
      restore.run();
    } catch (...) {  // the connection is failing; the copy's own error is the one to report
    }
  }

 private:
  Database& db_;
  std::string sql_mode_;
};

// Error(storage) naming the table, keeping the engine's reason.
Error table_error(const std::string& table, const std::string& reason) {
  return storage_error(fmt::format("copying table {}: {}", table, reason));
}

}  // namespace

CopyTargetState server_copy_target_state(Database& target) {
  if (!mariadb_has_tables(target)) return CopyTargetState::empty;
  Statement s = target.prepare(
      "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'kolmi_schema'");
  if (!s.step()) return CopyTargetState::other_tables;
  return mariadb_schema_version(target) == 0 ? CopyTargetState::unfinished_copy : CopyTargetState::kolmi;
}

std::vector<TableCopy> copy_tables(Database& source, Database& target,
                                   const std::function<void(const TableCopy&)>& on_table) {
  struct Plan {
    std::string table;
    std::vector<Column> columns;
  };
  // Every column of the target must be in the source, before anything is written.
  std::vector<Plan> plans;
  for (const std::string& table : kolmi_data_tables()) {
    std::vector<Column> columns = columns_of(target, table);
    if (columns.empty()) throw table_error(table, fmt::format("{} has no such table", target.path()));
    const std::vector<Column> in_source = columns_of(source, table);
    for (const Column& c : columns) {
      if (std::none_of(in_source.begin(), in_source.end(), [&](const Column& s) { return s.name == c.name; })) {
        throw table_error(table, fmt::format("{} has no column {}", source.path(), c.name));
      }
    }
    plans.push_back({table, std::move(columns)});
  }

  std::vector<TableCopy> copied;
  {
    const LoadMode load_mode(target);
    for (const Plan& p : plans) {
      try {
        copied.push_back({p.table, copy_rows(source, target, p.table, p.columns)});
        if (const auto next = next_id(source, p.table)) continue_ids(target, p.table, *next);
      } catch (const Error& e) {
        throw table_error(p.table, e.what());
      }
      if (on_table) on_table(copied.back());
    }
  }
  for (const Plan& p : plans) {
    const std::vector<std::int64_t> want = fingerprint(source, p.table, p.columns);
    const std::vector<std::int64_t> got = fingerprint(target, p.table, p.columns);
    if (want.empty() || got.empty() || want[0] != got[0]) {
      throw table_error(p.table, fmt::format("the copy has {} rows, the source {}", got.empty() ? 0 : got[0],
                                             want.empty() ? 0 : want[0]));
    }
    if (want != got) throw table_error(p.table, "the copy's values differ from the source's");
  }
  return copied;
}

}  // namespace kolmi::store
