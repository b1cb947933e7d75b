#include "core/store/database.hpp"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/actions.hpp"
#include "core/store/conflines.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::store {

namespace {
// A read-only database still serves pages and exports; say so, since the
// command that failed was one that writes.
constexpr const char* kReadOnlyReason =
    "database is read-only (pages and exports can still read it; login, logout, actions, imports "
    "and admin changes need to write)";

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// -1 when there is no such file.
long long file_size(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<long long>(st.st_size) : -1;
}

// A reason a person can act on, for the SQLite result codes users meet;
// empty when SQLite's own message is the best there is. `sys_errno` is the
// operating system's error behind an I/O failure (0 when unknown).
std::string known_reason(int rc, int sys_errno = 0) {
  if ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN) {
    if (sys_errno == ENOSPC || sys_errno == EDQUOT) return "disk is full";
    if (sys_errno == EROFS) return kReadOnlyReason;
  }
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "database is locked by another process (try again later)";
    case SQLITE_FULL:
      return "disk is full";
    case SQLITE_READONLY:
      return kReadOnlyReason;
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

std::string describe(int rc, const char* sqlite_msg, int sys_errno = 0) {
  std::string known = known_reason(rc, sys_errno);
  if (!known.empty()) return known;
  return sqlite_msg ? sqlite_msg : sqlite3_errstr(rc);
}
}  // namespace

void Database::Closer::operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
void Statement::Finalizer::operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }

namespace {

sqlite3* open_handle(const std::string& name, int flags, const std::string& shown_path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = describe(rc, raw ? sqlite3_errmsg(raw) : nullptr, raw ? sqlite3_system_errno(raw) : 0);
    sqlite3_close_v2(raw);
    throw storage_error(fmt::format("{}: {}", shown_path, reason));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kDefaultLockWaitSeconds * 1000);
  return raw;
}

// Reads the file's header and schema (and, in WAL mode, opens the WAL index):
// the first thing that fails on a file that is not a database, cannot be
// read, or needs a WAL index that cannot be made. SQLITE_OK or the error.
int probe(sqlite3* db) { return sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr); }

// "file:" URI of `path` for sqlite3_open_v2 with SQLITE_OPEN_URI: the
// characters the URI syntax gives a meaning to are percent-encoded.
std::string file_uri(const std::string& path, std::string_view query) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  uri += '?';
  uri += query;
  return uri;
}

}  // namespace

Database Database::open(const std::string& path, OpenMode mode) {
  if (mode == OpenMode::existing) return open_existing(path);
  Database db(open_handle(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path), path);
  db.exec("PRAGMA foreign_keys = ON");
  if (mode != OpenMode::memory) {
    // WAL lets pages read while an import writes.
    Statement wal = db.prepare("PRAGMA journal_mode = WAL");
    wal.step();
  }
  return db;
}

Database Database::open_existing(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) {
      throw storage_error(fmt::format("no database at {}; create one with kolmi init or kolmi demo", path));
    }
    throw storage_error(fmt::format("{}: {}", path, std::strerror(errno)));
  }
  if (!S_ISREG(st.st_mode)) throw storage_error(fmt::format("{}: not a regular file", path));
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
    // Anyone who can write the file can give themselves any account.
    throw storage_error(fmt::format(
        "{}: the database is writable by other users (mode {:04o}); make it private with chmod 600 {}", path,
        st.st_mode & 07777, path));
  }
  // SQLite opens a file it may not write read-only by itself.
  const bool had_wal = file_exists(path + "-wal");
  const bool had_shm = file_exists(path + "-shm");
  std::optional<Database> db(Database(open_handle(path, SQLITE_OPEN_READWRITE, path), path));
  db->tracks_real_use_ = true;
  const int rc = probe(db->handle());
  if (rc == SQLITE_OK) {
    db->read_only_ = sqlite3_db_readonly(db->handle(), "main") == 1;
    db->exec("PRAGMA foreign_keys = ON");
    return std::move(*db);
  }
  const int primary = rc & 0xff;
  const bool no_wal_index = primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR;
  if (!no_wal_index || file_size(path + "-wal") > 0) db->fail(rc, "");
  // The WAL index (-shm) could not be made: a read-only folder or mount,
  // or a full disk. With no WAL content nobody has changes pending (SQLite
  // empties the -wal at the last close), so the file alone is complete and
  // can be read as immutable: no locks, no side files.
  const int sys_errno = sqlite3_system_errno(db->handle());
  const bool disk_full = sys_errno == ENOSPC || sys_errno == EDQUOT;
  std::string why = describe(rc, sqlite3_errmsg(db->handle()), sys_errno);
  db.reset();
  // Side files this open made and could not fill (a full disk leaves a few
  // bytes of -shm; a real WAL index is at least 32 KiB) would only confuse
  // the next reader: remove them.
  if (!had_wal && file_size(path + "-wal") == 0) ::unlink((path + "-wal").c_str());
  if (!had_shm && file_size(path + "-shm") < 32768) ::unlink((path + "-shm").c_str());
  Database ro(open_handle(file_uri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path), path);
  ro.tracks_real_use_ = true;
  if (probe(ro.handle()) != SQLITE_OK) throw storage_error(fmt::format("{}: {}", path, why));
  ro.read_only_ = true;
  // A full disk is worth naming when a write then fails; anything else
  // (a read-only folder or mount) is what "database is read-only" says.
  if (disk_full) ro.read_only_reason_ = std::move(why);
  ro.exec("PRAGMA foreign_keys = ON");
  return ro;
}

void Database::set_lock_wait_ms(int ms) { sqlite3_busy_timeout(db_.get(), ms); }

void Database::fail(int rc, std::string_view what) const {
  // A known condition (locked, full, not a database) says all; for anything
  // else SQLite's message is shown with what kolmi was doing.
  const int sys_errno = sqlite3_system_errno(db_.get());
  if ((rc & 0xff) == SQLITE_READONLY && !read_only_reason_.empty()) {
    // Opened for reading only because of something else (a full disk): that is the reason.
    throw storage_error(fmt::format("{}: {}; the database could be opened for reading only (pages and "
                                    "exports work, writes do not)",
                                    path_, read_only_reason_));
  }
  std::string known = known_reason(rc, sys_errno);
  if (!known.empty()) throw storage_error(fmt::format("{}: {}", path_, known));
  throw storage_error(fmt::format("{}: {}{}{}", path_, describe(rc, sqlite3_errmsg(db_.get()), sys_errno),
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

Transaction::Transaction(Database& db, WriteKind kind) : db_(db), kind_(kind) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
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
  db_.exec("COMMIT");
  done_ = true;
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db) { db_.exec("BEGIN"); }

ReadSnapshot::~ReadSnapshot() { sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr); }

}  // namespace kolmi::store
