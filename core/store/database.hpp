#pragma once
// RAII access to SQLite: an owning connection, move-only prepared statements
// whose values are always bound (never formatted into SQL text), and a
// transaction guard that rolls back unless committed.
//
// Every SQLite failure becomes kolmi::Error with ExitCode::storage and a
// one-line reason naming the database ("database is locked", "disk is full",
// "attempt to write a readonly database", ...).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/audit.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kolmi::store {

class Statement;

enum class OpenMode {
  existing,        // the file must exist (page and action commands)
  create,          // create it if missing (init, demo)
  memory,          // ":memory:" for tests
};

// How long a writer waits for another process's write lock before giving up
// with "database is locked", until the database's own setting
// (Database_Lock_Wait_Seconds, see store::open_kolmi_database) is read.
inline constexpr int kDefaultLockWaitSeconds = 60;

class Database {
 public:
  // Opens (and for OpenMode::existing requires) the database at `path`,
  // sets foreign_keys=ON and the lock wait (kDefaultLockWaitSeconds); a new
  // file (OpenMode::create) gets WAL journaling. Nothing is written to an
  // existing file here. An existing file that cannot be written (its mode, a
  // read-only mount, no room for the WAL index on a full disk) is opened
  // read-only: see read_only(). Throws Error(storage) with "no database at
  // PATH; create one with kolmi init or kolmi demo" when an existing database
  // is missing, and when it is writable by group or others.
  static Database open(const std::string& path, OpenMode mode);
  static Database open_memory() { return open(":memory:", OpenMode::memory); }

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  ~Database() = default;

  // Runs SQL text that has no parameters (schema, pragmas). Throws on failure.
  void exec(std::string_view sql);
  // Compiles one statement. Throws on failure.
  Statement prepare(std::string_view sql);

  std::int64_t last_insert_rowid() const;
  int changes() const;
  // True when the file could only be opened for reading: pages and exports
  // work, anything that writes fails with "database is read-only".
  bool read_only() const { return read_only_; }
  // How long a writer waits for the write lock, in milliseconds.
  void set_lock_wait_ms(int ms);
  // True for databases opened as OpenMode::existing: a committed data
  // Transaction then also removes the demo mark (Kolmi_Demo_Seed), so a demo
  // database that has been used for real is never replaced by kolmi demo.
  bool tracks_real_use() const { return tracks_real_use_; }
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_.get(); }

  // Who writes through this connection (store/audit.hpp): set once, by
  // whoever established who is asking, before the first write. A committed
  // data Transaction then records an admin's change in `actions`. On a
  // database that tracks real use, a data write whose origin nobody set is
  // refused at commit (and so rolled back): a write path that skipped
  // finding who is asking is a bug, never an unrecorded change.
  void set_write_origin(WriteOrigin origin) { origin_ = std::make_shared<const WriteOrigin>(std::move(origin)); }
  const WriteOrigin* write_origin() const { return origin_.get(); }

  // Builds the exception for the connection's last error, naming the database.
  [[noreturn]] void fail(int rc, std::string_view what) const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const noexcept;
  };
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  static Database open_existing(const std::string& path);
  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
  bool read_only_ = false;
  std::string read_only_reason_;  // why writing was impossible at open ("disk is full"); may be empty
  bool tracks_real_use_ = false;
  std::shared_ptr<const WriteOrigin> origin_;
};

class Statement {
 public:
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;
  ~Statement() = default;

  // Parameters are 1-based, as in SQLite. Text is copied by SQLite
  // (SQLITE_TRANSIENT) so temporaries are safe to bind.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, Decimal value) { return bind(index, value.nanos()); }
  Statement& bind_null(int index);
  // Binds text without copying it (SQLITE_STATIC): for bulk inserts whose
  // rows live in reused buffers. The caller keeps `value` alive and unchanged
  // until the statement has run and been reset.
  Statement& bind_static(int index, std::string_view value);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }
  // Binds all arguments in order from parameter 1.
  template <typename... Args>
  Statement& bind_all(const Args&... args) {
    int i = 0;
    (bind(++i, args), ...);
    return *this;
  }

  // Advances to the next row; false when done. Throws on failure.
  bool step();
  // Runs a statement that returns no rows (or ignores them), then resets it.
  void run();
  // Makes the statement ready to run again; bindings are kept.
  void reset();
  void clear_bindings();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  int integer(int col) const;
  double real(int col) const;
  // The column's text; valid until the next step/reset. Empty for NULL.
  std::string_view text(int col) const;
  std::string str(int col) const { return std::string(text(col)); }
  Decimal decimal(int col) const { return Decimal::from_nanos(int64(col)); }
  std::optional<std::int64_t> opt_int64(int col) const;
  std::optional<std::string> opt_str(int col) const;
  std::optional<Decimal> opt_decimal(int col) const;

 private:
  friend class Database;
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const noexcept;
  };
  Statement(sqlite3_stmt* s, const Database* db) : stmt_(s), db_(db) {}
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  const Database* db_;
};

// What a write transaction changes. Only `data` counts as using a database
// for real (see Database::tracks_real_use): a login's session row or a
// schema migration does not turn a demo database into a real one.
enum class WriteKind { data, session, schema };

// BEGIN IMMEDIATE on construction (so a writer waits for the lock up front
// instead of failing half-way), ROLLBACK in the destructor unless commit()
// was called. Never throws from the destructor.
//
// The audit trail lives here so that no write can forget it: commit() of a
// data transaction whose connection's writer is an admin inserts the
// change's `actions` row (store/actions.hpp) just before COMMIT, in the same
// transaction. So a rolled-back change leaves no row and a committed one
// always has one.
class Transaction {
 public:
  explicit Transaction(Database& db, WriteKind kind = WriteKind::data);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  // What this change's audit row names: its target and a short detail. Only
  // an admin's writes are recorded; the last call wins. A change that never
  // says still gets its row (the command and who), with no target.
  void audit(AuditNote note) { note_ = std::move(note); }
  // Records the change (see above), then commits. Throws Error(storage), and
  // std::logic_error for a data write on a database that tracks real use
  // whose writer nobody set (Database::set_write_origin); nothing is
  // committed then.
  void commit();

 private:
  void record();
  Database& db_;
  WriteKind kind_;
  bool done_ = false;
  AuditNote note_;
};

// One snapshot for everything a page, export or report reads: BEGIN on
// construction (deferred: the first read fixes the snapshot, and in WAL mode
// writers go on meanwhile), ended in the destructor. A count and the list it
// counts, read inside one ReadSnapshot, always agree. Never throws from the
// destructor.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Database& db);
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;
  ~ReadSnapshot();

 private:
  Database& db_;
};

}  // namespace kolmi::store
