#include "core/store/backend/sqlite_connection.hpp"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/database.hpp"

namespace kolmi::store::backend {

namespace {

constexpr int kDefaultLockWaitMs = kDefaultLockWaitSeconds * 1000;

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

struct Closer {
  void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct Finalizer {
  void operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }
};

sqlite3* open_handle(const std::string& name, int flags, const std::string& shown_path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = describe(rc, raw ? sqlite3_errmsg(raw) : nullptr, raw ? sqlite3_system_errno(raw) : 0);
    sqlite3_close_v2(raw);
    throw storage_error(fmt::format("{}: {}", shown_path, reason));
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kDefaultLockWaitMs);
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

class SqliteConnection;

class SqliteCursor final : public Cursor {
 public:
  SqliteCursor(sqlite3_stmt* s, const SqliteConnection& conn) : stmt_(s), conn_(conn) {}
  void bind_int64(int index, std::int64_t value) override { check(sqlite3_bind_int64(stmt_.get(), index, value)); }
  void bind_double(int index, double value) override { check(sqlite3_bind_double(stmt_.get(), index, value)); }
  void bind_text(int index, std::string_view value, bool copy) override {
    check(sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(),
                              copy ? SQLITE_TRANSIENT : SQLITE_STATIC, SQLITE_UTF8));
  }
  void bind_null(int index) override { check(sqlite3_bind_null(stmt_.get(), index)); }
  bool step() override;
  void reset() override { sqlite3_reset(stmt_.get()); }
  void clear_bindings() override { sqlite3_clear_bindings(stmt_.get()); }
  bool is_null(int col) const override { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
  std::int64_t int64(int col) const override { return sqlite3_column_int64(stmt_.get(), col); }
  double real(int col) const override { return sqlite3_column_double(stmt_.get(), col); }
  std::string_view text(int col) const override {
    const auto* p = sqlite3_column_text(stmt_.get(), col);
    if (!p) return {};
    return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), col))};
  }

 private:
  void check(int rc) const;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  const SqliteConnection& conn_;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  Dialect dialect() const override { return Dialect::sqlite; }
  const std::string& name() const override { return path_; }
  sqlite3* handle() const { return db_.get(); }

  void exec(std::string_view sql) override {
    std::string text(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);  // sqlite3_errmsg() still holds the same reason
    if (rc != SQLITE_OK) fail(rc, "");
  }
  std::unique_ptr<Cursor> prepare(std::string_view sql) override {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &s, nullptr);
    if (rc != SQLITE_OK) fail(rc, "preparing a statement");
    return std::make_unique<SqliteCursor>(s, *this);
  }
  std::int64_t last_insert_id() const override { return sqlite3_last_insert_rowid(db_.get()); }
  int changes() const override { return sqlite3_changes(db_.get()); }
  bool read_only() const override { return read_only_; }
  void set_lock_wait_ms(int ms) override { sqlite3_busy_timeout(db_.get(), ms); }

  void begin_write() override { exec("BEGIN IMMEDIATE"); }
  void commit_write() override { exec("COMMIT"); }
  void rollback_write() noexcept override { sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr); }
  void begin_read() override { exec("BEGIN"); }
  void end_read() noexcept override { sqlite3_exec(db_.get(), "COMMIT", nullptr, nullptr, nullptr); }

  // Builds the exception for the connection's last error, naming the database.
  [[noreturn]] void fail(int rc, std::string_view what) const;

  bool read_only_ = false;
  std::string read_only_reason_;  // why writing was impossible at open ("disk is full"); may be empty

 private:
  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
};

void SqliteCursor::check(int rc) const {
  if (rc != SQLITE_OK) conn_.fail(rc, "binding a value");
}

bool SqliteCursor::step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_.get());
  conn_.fail(rc, "running a statement");
}

void SqliteConnection::fail(int rc, std::string_view what) const {
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

std::unique_ptr<Connection> open_existing(const std::string& path) {
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
  auto db = std::make_unique<SqliteConnection>(open_handle(path, SQLITE_OPEN_READWRITE, path), path);
  const int rc = probe(db->handle());
  if (rc == SQLITE_OK) {
    db->read_only_ = sqlite3_db_readonly(db->handle(), "main") == 1;
    db->exec("PRAGMA foreign_keys = ON");
    return db;
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
  auto ro = std::make_unique<SqliteConnection>(
      open_handle(file_uri(path, "immutable=1"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path), path);
  if (probe(ro->handle()) != SQLITE_OK) throw storage_error(fmt::format("{}: {}", path, why));
  ro->read_only_ = true;
  // A full disk is worth naming when a write then fails; anything else
  // (a read-only folder or mount) is what "database is read-only" says.
  if (disk_full) ro->read_only_reason_ = std::move(why);
  ro->exec("PRAGMA foreign_keys = ON");
  return ro;
}

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, SqliteOpen mode) {
  if (mode == SqliteOpen::existing) return open_existing(path);
  auto db = std::make_unique<SqliteConnection>(open_handle(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path),
                                               path);
  db->exec("PRAGMA foreign_keys = ON");
  if (mode != SqliteOpen::memory) {
    // WAL lets pages read while an import writes.
    auto wal = db->prepare("PRAGMA journal_mode = WAL");
    wal->step();
  }
  return db;
}

}  // namespace kolmi::store::backend
