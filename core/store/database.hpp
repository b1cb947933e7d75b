#pragma once
// RAII access to the database: an owning connection, move-only prepared
// statements whose values are always bound (never formatted into SQL text),
// and a transaction guard that rolls back unless committed.
//
// Two engines sit behind these types (store/backend/): SQLite, a file and
// the default, and a MariaDB/MySQL server named by a mariadb:// URL
// (store/server_url.hpp). Store code that must say something differently on
// each asks dialect(); everything else is the same on both.
//
// Every failure becomes kolmi::Error with ExitCode::storage and a one-line
// reason naming the database ("database is locked", "disk is full",
// "attempt to write a readonly database", ...).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/audit.hpp"
#include "core/store/dialect.hpp"

namespace kolmi::store {

namespace backend {
class Connection;
class Cursor;
}  // namespace backend

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
  //
  // A mariadb:// URL (store/server_url.hpp) connects to that server instead:
  // `server_password` is the password (KOLMI_DB_PASSWORD), else the option
  // files' or none. OpenMode::create and existing both need the database to
  // exist on the server. Throws Error(usage) for a malformed URL and
  // Error(storage) naming the server and database when it cannot connect.
  static Database open(const std::string& path, OpenMode mode,
                       const std::optional<std::string>& server_password = std::nullopt);
  static Database open_memory() { return open(":memory:", OpenMode::memory); }

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // Which SQL this database speaks (store/dialect.hpp).
  Dialect dialect() const;

  // Runs SQL text that has no parameters (schema, pragmas). Throws on failure.
  void exec(std::string_view sql);
  // Compiles one statement. Throws on failure.
  Statement prepare(std::string_view sql);

  std::int64_t last_insert_rowid() const;
  int changes() const;
  // True when the file could only be opened for reading: pages and exports
  // work, anything that writes fails with "database is read-only". Always
  // false on a server, which says so itself when a write is not allowed.
  bool read_only() const;
  // How long a writer waits for the write lock, in milliseconds.
  void set_lock_wait_ms(int ms);
  // True for databases opened as OpenMode::existing: a committed data
  // Transaction then also removes the demo mark (Kolmi_Demo_Seed), so a demo
  // database that has been used for real is never replaced by kolmi demo.
  bool tracks_real_use() const { return tracks_real_use_; }
  // The SQLite path, or the server URL (never with a password): what
  // messages call the database.
  const std::string& path() const;

  // Who writes through this connection (store/audit.hpp): set once, by
  // whoever established who is asking, before the first write. A committed
  // data Transaction then records an admin's change in `actions`. On a
  // database that tracks real use, a data write whose origin nobody set is
  // refused at commit (and so rolled back): a write path that skipped
  // finding who is asking is a bug, never an unrecorded change.
  void set_write_origin(WriteOrigin origin) { origin_ = std::make_shared<const WriteOrigin>(std::move(origin)); }
  const WriteOrigin* write_origin() const { return origin_.get(); }

  // The engine behind this database (Transaction, ReadSnapshot).
  backend::Connection& connection() const { return *conn_; }

 private:
  explicit Database(std::unique_ptr<backend::Connection> conn);
  std::unique_ptr<backend::Connection> conn_;
  bool tracks_real_use_ = false;
  std::shared_ptr<const WriteOrigin> origin_;
};

class Statement {
 public:
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

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

  // Result sets. SQLite hands rows over as it finds them. On MariaDB a
  // statement's rows are read whole into memory when it runs (buffered), so
  // the connection is free for other statements meanwhile, as SQLite's is.
  // A list too big for that (a month of calls) calls stream() before it
  // runs: its rows are then fetched one by one from the server (an
  // unbuffered result), and until they are all read or the statement is
  // reset, the connection can run nothing else: running another statement
  // then throws std::logic_error (a bug, not a condition). No-op on SQLite.
  Statement& stream();

  // Advances to the next row; false when done. Throws on failure.
  bool step();
  // Runs a statement that returns no rows (or ignores them), then resets it.
  void run();
  // Makes the statement ready to run again; bindings are kept.
  void reset();
  void clear_bindings();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  int integer(int col) const { return static_cast<int>(int64(col)); }
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
  explicit Statement(std::unique_ptr<backend::Cursor> cursor);
  std::unique_ptr<backend::Cursor> cursor_;
};

// What a write transaction changes. Only `data` counts as using a database
// for real (see Database::tracks_real_use): a login's session row or a
// schema migration does not turn a demo database into a real one.
enum class WriteKind { data, session, schema };

// BEGIN IMMEDIATE on construction (so a writer waits for the lock up front
// instead of failing half-way), ROLLBACK in the destructor unless commit()
// was called. Never throws from the destructor. On MariaDB the same
// guarantee comes from kolmi's write lock (GET_LOCK, one per database, held
// until commit or rollback) taken before START TRANSACTION: kolmi's writers
// take turns as on SQLite, so a read-then-write inside a transaction never
// loses another writer's update; readers are never blocked.
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
// writers go on meanwhile), ended in the destructor. On MariaDB: START
// TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY. A count and the list it
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
