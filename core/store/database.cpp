#include "core/store/database.hpp"

#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/actions.hpp"
#include "core/store/backend/connection.hpp"
#include "core/store/backend/mariadb_connection.hpp"
#include "core/store/backend/sqlite_connection.hpp"
#include "core/store/conflines.hpp"
#include "core/store/server_url.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::store {

Database::Database(std::unique_ptr<backend::Connection> conn) : conn_(std::move(conn)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::open(const std::string& path, OpenMode mode, const std::optional<std::string>& server_password) {
  if (is_server_url(path)) {
    Database db(backend::connect_mariadb(parse_server_url(path), server_password));
    db.tracks_real_use_ = mode == OpenMode::existing;
    return db;
  }
  switch (mode) {
    case OpenMode::existing: {
      Database db(backend::open_sqlite(path, backend::SqliteOpen::existing));
      db.tracks_real_use_ = true;
      return db;
    }
    case OpenMode::create:
      return Database(backend::open_sqlite(path, backend::SqliteOpen::create));
    case OpenMode::memory:
      break;
  }
  return Database(backend::open_sqlite(path, backend::SqliteOpen::memory));
}

Dialect Database::dialect() const { return conn_->dialect(); }
bool Database::read_only() const { return conn_->read_only(); }
const std::string& Database::path() const { return conn_->name(); }
void Database::set_lock_wait_ms(int ms) { conn_->set_lock_wait_ms(ms); }
void Database::exec(std::string_view sql) { conn_->exec(sql); }
Statement Database::prepare(std::string_view sql) { return Statement(conn_->prepare(sql)); }
std::int64_t Database::last_insert_rowid() const { return conn_->last_insert_id(); }
int Database::changes() const { return conn_->changes(); }

Statement::Statement(std::unique_ptr<backend::Cursor> cursor) : cursor_(std::move(cursor)) {}
Statement::Statement(Statement&&) noexcept = default;
Statement& Statement::operator=(Statement&&) noexcept = default;
Statement::~Statement() = default;

Statement& Statement::bind(int index, std::int64_t value) {
  cursor_->bind_int64(index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  cursor_->bind_double(index, value);
  return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
  cursor_->bind_text(index, value, /*copy=*/true);
  return *this;
}
Statement& Statement::bind_static(int index, std::string_view value) {
  cursor_->bind_text(index, value, /*copy=*/false);
  return *this;
}
Statement& Statement::bind_null(int index) {
  cursor_->bind_null(index);
  return *this;
}
Statement& Statement::stream() {
  cursor_->stream();
  return *this;
}

bool Statement::step() { return cursor_->step(); }

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() { cursor_->reset(); }
void Statement::clear_bindings() { cursor_->clear_bindings(); }
bool Statement::is_null(int col) const { return cursor_->is_null(col); }
std::int64_t Statement::int64(int col) const { return cursor_->int64(col); }
double Statement::real(int col) const { return cursor_->real(col); }
std::string_view Statement::text(int col) const { return cursor_->text(col); }

std::optional<std::int64_t> Statement::opt_int64(int col) const {
  if (is_null(col)) return std::nullopt;
  return int64(col);
}
std::optional<std::string> Statement::opt_str(int col) const {
  if (is_null(col)) return std::nullopt;
  return str(col);
}
std::optional<Decimal> Statement::opt_decimal(int col) const {
  if (is_null(col)) return std::nullopt;
  return decimal(col);
}

Transaction::Transaction(Database& db, WriteKind kind) : db_(db), kind_(kind) { db_.connection().begin_write(); }

Transaction::~Transaction() {
  if (!done_) db_.connection().rollback_write();
}

void Transaction::record() {
  const WriteOrigin* origin = db_.write_origin();
  if (!origin) {
    // Unit tests write to scratch databases with no one asking; a command
    // (which opens an existing database) always says who is writing.
    if (db_.tracks_real_use())
      throw std::logic_error("a data write on " + db_.path() + " with no writer set (set_write_origin)");
    return;
  }
  if (!origin->admin) return;  // a user's own change: not audited
  if (!origin->clock) throw std::logic_error("an audited write with no clock");
  insert_action(db_, *origin->admin, origin->command, format_utc(origin->clock->now()), note_);
}

void Transaction::commit() {
  if (kind_ == WriteKind::data) record();
  if (kind_ == WriteKind::data && db_.tracks_real_use()) {
    // In the same transaction as the change, so the mark goes exactly when
    // real data arrives (a rolled-back import or a dry run leaves it).
    Statement unmark = db_.prepare("DELETE FROM conflines WHERE name = ? AND owner_id = 0");
    unmark.bind(1, setting_name(conf::kDemoSeed));
    unmark.run();
  }
  db_.connection().commit_write();
  done_ = true;
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db) { db_.connection().begin_read(); }

ReadSnapshot::~ReadSnapshot() { db_.connection().end_read(); }

}  // namespace kolmi::store
