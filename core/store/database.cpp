#include "core/store/database.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::store {

namespace {
constexpr int kBusyTimeoutMs = 5000;

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// A reason a person can act on, for the SQLite result codes users meet;
// empty when SQLite's own message is the best there is.
std::string known_reason(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "database is locked by another process (try again later)";
    case SQLITE_FULL:
      return "disk is full";
    case SQLITE_READONLY:
      return "database is read-only";
    case SQLITE_CANTOPEN:
      return "cannot open the database file";
    case SQLITE_NOTADB:
      return "file is not a database";
    case SQLITE_CORRUPT:
      return "database file is corrupt";
    case SQLITE_IOERR:
      return "input/output error reading or writing the file";
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return "permission denied";
    default:
      return {};
  }
}

std::string describe(int rc, const char* sqlite_msg) {
  std::string known = known_reason(rc);
  if (!known.empty()) return known;
  return sqlite_msg ? sqlite_msg : sqlite3_errstr(rc);
}
}  // namespace

void Database::Closer::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
void Statement::Finalizer::operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }

Database Database::open(const std::string& path, OpenMode mode) {
  if (mode == OpenMode::existing && !file_exists(path)) {
    throw storage_error(
        fmt::format("no database at {}; create one with kolmi init or kolmi demo", path));
  }
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (mode != OpenMode::existing) flags |= SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Database db(raw, path);
  if (rc != SQLITE_OK) {
    std::string reason = describe(rc, raw ? sqlite3_errmsg(raw) : nullptr);
    throw storage_error(fmt::format("{}: {}", path, reason));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  db.exec("PRAGMA foreign_keys = ON");
  if (mode != OpenMode::memory && !sqlite3_db_readonly(raw, "main")) {
    // WAL lets pages read while an import writes. Reading the journal mode
    // back proves the file really is an SQLite database.
    Statement wal = db.prepare("PRAGMA journal_mode = WAL");
    wal.step();
  } else {
    db.exec("PRAGMA schema_version");  // fails early on a file that is not a database
  }
  return db;
}

void Database::fail(int rc, std::string_view what) const {
  // A known condition (locked, full, not a database) says all; for anything
  // else SQLite's message is shown with what kolmi was doing.
  std::string known = known_reason(rc);
  if (!known.empty()) throw storage_error(fmt::format("{}: {}", path_, known));
  throw storage_error(fmt::format("{}: {}{}{}", path_, describe(rc, sqlite3_errmsg(db_.get())),
                                  what.empty() ? "" : " while ", what));
}

void Database::exec(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);  // sqlite3_errmsg() still holds the same reason
  if (rc != SQLITE_OK) fail(rc, "");
}

Statement Database::prepare(std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &s, nullptr);
  if (rc != SQLITE_OK) fail(rc, "preparing a statement");
  return Statement(s, this);
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_.get()); }
int Database::changes() const { return sqlite3_changes(db_.get()); }

Statement& Statement::bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(stmt_.get(), index, value);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  int rc = sqlite3_bind_double(stmt_.get(), index, value);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  int rc = sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind_static(int index, std::string_view value) {
  int rc = sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

Statement& Statement::bind_null(int index) {
  int rc = sqlite3_bind_null(stmt_.get(), index);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a value");
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_.get());
  db_->fail(rc, "running a statement");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() { sqlite3_reset(stmt_.get()); }
void Statement::clear_bindings() { sqlite3_clear_bindings(stmt_.get()); }

bool Statement::is_null(int col) const {
  return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL;
}
std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
int Statement::integer(int col) const { return sqlite3_column_int(stmt_.get(), col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_.get(), col); }

std::string_view Statement::text(int col) const {
  const auto* p = sqlite3_column_text(stmt_.get(), col);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), col))};
}

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

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace kolmi::store
