#pragma once
// The seam between the store's public RAII types (store/database.hpp) and
// the database engine behind them: SQLite (a file) or a MariaDB/MySQL server.
// Only store/database.cpp and the two back-ends include this header; the rest
// of kolmi sees Database, Statement, Transaction and ReadSnapshot.
//
// Every failure is thrown as kolmi::Error with ExitCode::storage and one line
// naming the database (Connection::name(), never a password).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/store/dialect.hpp"

namespace kolmi::store::backend {

// One prepared statement and, while it runs, its current row. Parameters are
// 1-based and columns 0-based, as in SQLite. An unbound parameter is NULL.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual void bind_int64(int index, std::int64_t value) = 0;
  virtual void bind_double(int index, double value) = 0;
  // `copy` false: the caller keeps `value` alive until the statement has run
  // and been reset (Statement::bind_static).
  virtual void bind_text(int index, std::string_view value, bool copy) = 0;
  virtual void bind_null(int index) = 0;
  // Runs the statement on the first call after a reset (or after it ended,
  // as sqlite3_step does), then advances to the next row; false when done.
  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual void clear_bindings() = 0;
  // Asks for the rows to be read as they come instead of all at once when
  // the statement next runs (MariaDB; SQLite always streams). See
  // Statement::stream for the rule that comes with it.
  virtual void stream() {}

  virtual bool is_null(int col) const = 0;
  virtual std::int64_t int64(int col) const = 0;
  virtual double real(int col) const = 0;
  // Valid until the next step or reset; empty for NULL.
  virtual std::string_view text(int col) const = 0;
};

// An open connection.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // What messages call the database: the SQLite path, or the server URL
  // without any password.
  virtual const std::string& name() const = 0;
  // Runs SQL text without parameters: one or several statements.
  virtual void exec(std::string_view sql) = 0;
  virtual std::unique_ptr<Cursor> prepare(std::string_view sql) = 0;
  // The id the last INSERT gave (kept across other statements, as SQLite does).
  virtual std::int64_t last_insert_id() const = 0;
  // Rows the last INSERT, UPDATE or DELETE matched.
  virtual int changes() const = 0;
  virtual bool read_only() const { return false; }
  virtual void set_lock_wait_ms(int ms) = 0;

  // A write transaction that waits for other writers up front: SQLite's
  // BEGIN IMMEDIATE; on MariaDB kolmi's write lock, then START TRANSACTION.
  virtual void begin_write() = 0;
  virtual void commit_write() = 0;
  virtual void rollback_write() noexcept = 0;
  // A read snapshot: BEGIN (deferred) on SQLite; START TRANSACTION WITH
  // CONSISTENT SNAPSHOT, READ ONLY on MariaDB.
  virtual void begin_read() = 0;
  virtual void end_read() noexcept = 0;
};

}  // namespace kolmi::store::backend
