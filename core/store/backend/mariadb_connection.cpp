#include "core/store/backend/mariadb_connection.hpp"

#include "core/store/backend/mariadb_library.hpp"
#include <mysqld_error.h>
#include <errmsg.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/database.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::store::backend {

namespace {

// What the session is told right after connecting (see the header).
constexpr const char* kSessionSetup =
    "SET SESSION sql_mode = 'ANSI_QUOTES,PIPES_AS_CONCAT,NO_BACKSLASH_ESCAPES,STRICT_ALL_TABLES,"
    "NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION', time_zone = '+00:00', NAMES utf8mb4 COLLATE utf8mb4_nopad_bin, "
    // A streamed list waits for its reader: the server would drop the
    // connection of a client that has not taken its rows for
    // net_write_timeout seconds (60 by default), so `kolmi calls | less`
    // lost its list while a person read the first page. A day, like a
    // pager left open; a client that is gone is still seen at once (the
    // socket closes).
    "net_write_timeout = 86400";

// The first bytes kept for a column before a longer value makes it grow.
constexpr unsigned long kInitialColumnBytes = 64;

// A reason a person can act on for the server errors users meet; empty when
// the server's own message is the best there is.
std::string known_reason(unsigned err) {
  switch (err) {
    case ER_LOCK_WAIT_TIMEOUT:
    case ER_LOCK_DEADLOCK:
      return "database is locked by another process (try again later)";
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
      return "lost the connection to the server; nothing unfinished was written";
    default:
      return {};
  }
}

// A write the server refuses because this connection may only read: a user
// granted SELECT alone (as reports on a replica are typically run) or a
// read-only server (read_only=ON, a replica). Pages and exports never write;
// what does (logins, actions, admin changes, imports and their dry runs,
// which write and roll back) says so in one line.
bool write_refused(unsigned err, std::string_view message) {
  switch (err) {
    case ER_TABLEACCESS_DENIED_ERROR:   // "INSERT command denied to user 'ro'@'localhost' for table ..."
    case ER_COLUMNACCESS_DENIED_ERROR:
      return message.substr(0, 7) != "SELECT ";
    case ER_OPTION_PREVENTS_STATEMENT:  // "... running with the --read-only option ..."
      return message.find("read-only") != std::string_view::npos;
    default:
      return false;
  }
}

struct Closer {
  void operator()(MYSQL* m) const noexcept { mariadb().mysql_close(m); }
};

// SQLite's numbered parameters (?1, ?5: one value used twice, or filters
// that come and go) rewritten as the plain ? MariaDB knows. `order[i]` is
// the parameter (1-based, as Statement::bind counts) that the i-th ? takes;
// a plain ? is the one after the largest so far, as in SQLite. Quoted text,
// quoted names and comments are left alone.
struct Placeholders {
  std::string sql;
  std::vector<int> order;
  int count = 0;  // the largest parameter number
};

Placeholders plain_placeholders(std::string_view in) {
  Placeholders out;
  out.sql.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '\'' || c == '"' || c == '`') {
      const std::size_t end = in.find(c, i + 1);  // a doubled quote is two quoted runs: the same text
      const std::size_t stop = end == std::string_view::npos ? in.size() : end + 1;
      out.sql.append(in.substr(i, stop - i));
      i = stop - 1;
    } else if (c == '-' && i + 1 < in.size() && in[i + 1] == '-') {
      const std::size_t end = in.find('\n', i);
      const std::size_t stop = end == std::string_view::npos ? in.size() : end;
      out.sql.append(in.substr(i, stop - i));
      i = stop - 1;
    } else if (c == '/' && i + 1 < in.size() && in[i + 1] == '*') {
      const std::size_t end = in.find("*/", i + 2);
      const std::size_t stop = end == std::string_view::npos ? in.size() : end + 2;
      out.sql.append(in.substr(i, stop - i));
      i = stop - 1;
    } else if (c == '?') {
      int n = 0;
      std::size_t j = i + 1;
      while (j < in.size() && in[j] >= '0' && in[j] <= '9') n = n * 10 + (in[j++] - '0');
      if (j == i + 1) n = out.count + 1;
      out.order.push_back(n);
      out.count = std::max(out.count, n);
      out.sql += '?';
      i = j - 1;
    } else {
      out.sql += c;
    }
  }
  return out;
}

class MariadbCursor;

class MariadbConnection final : public Connection {
 public:
  MariadbConnection(MYSQL* m, std::string name, std::string lock_name)
      : m_(m), name_(std::move(name)), lock_name_(std::move(lock_name)) {}

  Dialect dialect() const override { return Dialect::mariadb; }
  const std::string& name() const override { return name_; }
  MYSQL* handle() const { return m_.get(); }

  void exec(std::string_view sql) override;
  std::unique_ptr<Cursor> prepare(std::string_view sql) override;
  std::int64_t last_insert_id() const override { return last_insert_id_; }
  int changes() const override { return changes_; }
  void set_lock_wait_ms(int ms) override {
    lock_wait_seconds_ = ms / 1000;
    // Row locks taken by anything else on the server (not kolmi's writers,
    // which take turns on kolmi's lock) wait as long; at least a second.
    exec(fmt::format("SET SESSION innodb_lock_wait_timeout = {}", std::max(1, lock_wait_seconds_)));
  }

  void begin_write() override;
  void commit_write() override;
  void rollback_write() noexcept override;
  void begin_read() override;
  void end_read() noexcept override;

  // Before anything runs: a streamed result still open blocks the connection.
  void check_free(const MariadbCursor* who) const {
    if (streaming_ != nullptr && streaming_ != who) {
      throw std::logic_error("a statement ran on " + name_ +
                             " while a streamed result was still being read (Statement::stream)");
    }
  }
  void set_streaming(const MariadbCursor* who) { streaming_ = who; }
  void release_streaming(const MariadbCursor* who) {
    if (streaming_ == who) streaming_ = nullptr;
  }
  void note_write(my_ulonglong affected, my_ulonglong insert_id) {
    changes_ = affected == static_cast<my_ulonglong>(-1) ? 0 : static_cast<int>(affected);
    if (insert_id != 0) last_insert_id_ = static_cast<std::int64_t>(insert_id);
  }
  [[noreturn]] void fail(unsigned err, const char* message, std::string_view what) const {
    std::string known = known_reason(err);
    if (!known.empty()) throw storage_error(fmt::format("{}: {}", name_, known));
    if (write_refused(err, message)) {
      throw storage_error(fmt::format("{}: this command writes, and the server lets this connection only read "
                                      "(a read-only user or server, such as a replica): {}",
                                      name_, message));
    }
    throw storage_error(fmt::format("{}: {}{}{}", name_, message, what.empty() ? "" : " while ", what));
  }
  [[noreturn]] void fail(std::string_view what) const { fail(mariadb().mysql_errno(m_.get()), mariadb().mysql_error(m_.get()), what); }

 private:
  // The first column of the first row of a one-statement query; nullopt for NULL.
  std::optional<std::string> query_value(const std::string& sql);
  void end_transaction(const char* how) noexcept;

  std::unique_ptr<MYSQL, Closer> m_;
  std::string name_;
  std::string lock_name_;  // GET_LOCK name: "kolmi." and the database
  int lock_wait_seconds_ = kDefaultLockWaitSeconds;
  const MariadbCursor* streaming_ = nullptr;
  bool in_transaction_ = false;
  std::int64_t last_insert_id_ = 0;
  int changes_ = 0;
};

struct Param {
  enum_field_types type = MYSQL_TYPE_NULL;
  long long i = 0;
  double d = 0;
  std::string owned;
  const char* text = nullptr;
  unsigned long length = 0;
};

struct Column {
  std::vector<char> buffer = std::vector<char>(kInitialColumnBytes);
  unsigned long length = 0;
  my_bool null = 0;
  my_bool error = 0;
};

class MariadbCursor final : public Cursor {
 public:
  MariadbCursor(MariadbConnection& conn, MYSQL_STMT* stmt, std::vector<int> order, int count)
      : conn_(conn), stmt_(stmt), order_(std::move(order)) {
    params_.resize(static_cast<std::size_t>(count));
    param_binds_.resize(order_.size());
    columns_.resize(mariadb().mysql_stmt_field_count(stmt_));
    column_binds_.resize(columns_.size());
    for (std::size_t c = 0; c < columns_.size(); ++c) point(c);
  }
  ~MariadbCursor() override {
    conn_.release_streaming(this);
    mariadb().mysql_stmt_close(stmt_);  // reads and drops what is left of a streamed result
  }

  void bind_int64(int index, std::int64_t value) override {
    Param& p = param(index);
    p.type = MYSQL_TYPE_LONGLONG;
    p.i = value;
  }
  void bind_double(int index, double value) override {
    Param& p = param(index);
    p.type = MYSQL_TYPE_DOUBLE;
    p.d = value;
  }
  void bind_text(int index, std::string_view value, bool copy) override {
    Param& p = param(index);
    p.type = MYSQL_TYPE_STRING;
    if (copy) {
      p.owned.assign(value);
      p.text = p.owned.data();
    } else {
      p.text = value.data();
    }
    p.length = static_cast<unsigned long>(value.size());
  }
  void bind_null(int index) override { param(index).type = MYSQL_TYPE_NULL; }
  void clear_bindings() override {
    for (Param& p : params_) p.type = MYSQL_TYPE_NULL;
  }
  void stream() override { stream_ = true; }

  bool step() override;
  void reset() override { end_result(); }

  bool is_null(int col) const override { return column(col).null != 0; }
  std::int64_t int64(int col) const override {
    // Integers come as text (numbers of every type do, SUM's DECIMAL
    // included); a fraction is cut, as SQLite's int64 of a real is.
    // A whole part beyond 64 bits (a SUM past 9.2e18) is an error, as
    // SQLite's SUM makes it, not a 0.
    std::string_view t = text(col);
    std::int64_t v = 0;
    if (std::from_chars(t.data(), t.data() + t.size(), v).ec == std::errc::result_out_of_range) {
      throw storage_error(fmt::format("{}: integer overflow: {} does not fit in 64 bits", conn_.name(),
                                      text::shown(t)));
    }
    return v;
  }
  double real(int col) const override {
    const Column& c = column(col);
    if (c.null) return 0;
    std::string t(c.buffer.data(), c.length);
    return std::strtod(t.c_str(), nullptr);
  }
  std::string_view text(int col) const override {
    const Column& c = column(col);
    if (c.null) return {};
    return {c.buffer.data(), c.length};
  }

 private:
  enum class State { idle, rows, done };

  Param& param(int index) {
    if (index < 1 || static_cast<std::size_t>(index) > params_.size()) {
      throw storage_error(fmt::format("{}: parameter {} is out of range while binding a value", conn_.name(),
                                      index));
    }
    return params_[static_cast<std::size_t>(index) - 1];
  }
  const Column& column(int col) const {
    if (col < 0 || static_cast<std::size_t>(col) >= columns_.size() || state_ != State::rows) {
      static const Column kNull = [] {
        Column c;
        c.null = 1;
        return c;
      }();
      return kNull;  // as SQLite: no such column, or no row, reads as NULL
    }
    return columns_[static_cast<std::size_t>(col)];
  }
  void point(std::size_t c) {
    MYSQL_BIND& b = column_binds_[c];
    b = MYSQL_BIND{};
    b.buffer_type = MYSQL_TYPE_STRING;
    b.buffer = columns_[c].buffer.data();
    b.buffer_length = static_cast<unsigned long>(columns_[c].buffer.size());
    b.length = &columns_[c].length;
    b.is_null = &columns_[c].null;
    b.error = &columns_[c].error;
  }
  [[noreturn]] void fail(std::string_view what) {
    unsigned err = mariadb().mysql_stmt_errno(stmt_);
    std::string message = mariadb().mysql_stmt_error(stmt_);
    if (err == 0 || message.empty()) {
      // A network failure while rows are fetched (the server went away or
      // killed the connection) is recorded on the connection, and the
      // statement's own error stays blank.
      err = mariadb().mysql_errno(conn_.handle());
      message = mariadb().mysql_error(conn_.handle());
    }
    if (message.empty()) message = "the server ended the result without a reason";
    end_result();
    conn_.fail(err, message.c_str(), what);
  }
  void execute();
  void end_result() {
    if (state_ == State::rows) mariadb().mysql_stmt_free_result(stmt_);
    conn_.release_streaming(this);
    state_ = State::idle;
  }

  MariadbConnection& conn_;
  MYSQL_STMT* stmt_;
  std::vector<int> order_;     // which parameter each ? takes (plain_placeholders)
  std::vector<Param> params_;  // by parameter number - 1
  std::vector<MYSQL_BIND> param_binds_;
  std::vector<Column> columns_;
  std::vector<MYSQL_BIND> column_binds_;
  State state_ = State::idle;
  bool stream_ = false;
};

void MariadbCursor::execute() {
  conn_.check_free(this);
  for (std::size_t i = 0; i < order_.size(); ++i) {
    Param& p = params_[static_cast<std::size_t>(order_[i]) - 1];
    MYSQL_BIND& b = param_binds_[i];
    b = MYSQL_BIND{};
    b.buffer_type = p.type;
    switch (p.type) {
      case MYSQL_TYPE_LONGLONG:
        b.buffer = &p.i;
        break;
      case MYSQL_TYPE_DOUBLE:
        b.buffer = &p.d;
        break;
      case MYSQL_TYPE_STRING:
        b.buffer = const_cast<char*>(p.text);  // read only by the connector
        b.buffer_length = p.length;
        b.length = &p.length;
        break;
      default:
        break;
    }
  }
  if (!param_binds_.empty() && mariadb().mysql_stmt_bind_param(stmt_, param_binds_.data())) fail("binding a value");
  if (mariadb().mysql_stmt_execute(stmt_)) fail("running a statement");
  if (columns_.empty() && mariadb().mysql_stmt_field_count(stmt_) > 0) {
    // INSERT ... RETURNING: the server names its columns only when it runs.
    columns_.resize(mariadb().mysql_stmt_field_count(stmt_));
    column_binds_.resize(columns_.size());
    for (std::size_t c = 0; c < columns_.size(); ++c) point(c);
  }
  if (columns_.empty()) {
    conn_.note_write(mariadb().mysql_stmt_affected_rows(stmt_), mariadb().mysql_stmt_insert_id(stmt_));
    state_ = State::done;
    return;
  }
  if (stream_) {
    conn_.set_streaming(this);
  } else if (mariadb().mysql_stmt_store_result(stmt_)) {
    fail("reading the result");
  }
  if (mariadb().mysql_stmt_bind_result(stmt_, column_binds_.data())) fail("reading the result");
  state_ = State::rows;
}

bool MariadbCursor::step() {
  if (state_ == State::done) state_ = State::idle;  // run again, as sqlite3_step does after SQLITE_DONE
  if (state_ == State::idle) {
    execute();
    if (state_ == State::done) return false;
  }
  const int rc = mariadb().mysql_stmt_fetch(stmt_);
  if (rc == MYSQL_NO_DATA) {
    mariadb().mysql_stmt_free_result(stmt_);
    conn_.release_streaming(this);
    state_ = State::done;
    return false;
  }
  if (rc == 1) fail("reading the result");
  if (rc == MYSQL_DATA_TRUNCATED) {
    // A value longer than its buffer: grow the buffer and read that column again.
    bool grown = false;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      Column& col = columns_[c];
      if (col.null || col.length <= col.buffer.size()) continue;
      col.buffer.resize(col.length);
      point(c);
      if (mariadb().mysql_stmt_fetch_column(stmt_, &column_binds_[c], static_cast<unsigned>(c), 0)) {
        fail("reading the result");
      }
      grown = true;
    }
    if (grown && mariadb().mysql_stmt_bind_result(stmt_, column_binds_.data())) fail("reading the result");
  }
  return true;
}

void MariadbConnection::exec(std::string_view sql) {
  check_free(nullptr);
  if (mariadb().mysql_real_query(m_.get(), sql.data(), static_cast<unsigned long>(sql.size()))) fail("");
  // Several statements (CLIENT_MULTI_STATEMENTS): read past every result.
  for (;;) {
    if (MYSQL_RES* res = mariadb().mysql_store_result(m_.get())) {
      mariadb().mysql_free_result(res);
    } else if (mariadb().mysql_field_count(m_.get()) == 0) {
      note_write(mariadb().mysql_affected_rows(m_.get()), mariadb().mysql_insert_id(m_.get()));
    } else {
      fail("");
    }
    const int next = mariadb().mysql_next_result(m_.get());
    if (next > 0) fail("");
    if (next < 0) break;
  }
}

std::unique_ptr<Cursor> MariadbConnection::prepare(std::string_view sql) {
  check_free(nullptr);
  Placeholders plain = plain_placeholders(sql);
  MYSQL_STMT* stmt = mariadb().mysql_stmt_init(m_.get());
  if (!stmt) fail("preparing a statement");
  if (mariadb().mysql_stmt_prepare(stmt, plain.sql.data(), static_cast<unsigned long>(plain.sql.size()))) {
    const unsigned err = mariadb().mysql_stmt_errno(stmt);
    std::string message = mariadb().mysql_stmt_error(stmt);
    mariadb().mysql_stmt_close(stmt);
    fail(err, message.c_str(), "preparing a statement");
  }
  return std::make_unique<MariadbCursor>(*this, stmt, std::move(plain.order), plain.count);
}

std::optional<std::string> MariadbConnection::query_value(const std::string& sql) {
  check_free(nullptr);
  if (mariadb().mysql_real_query(m_.get(), sql.data(), static_cast<unsigned long>(sql.size()))) fail("");
  std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)> res(mariadb().mysql_store_result(m_.get()), mariadb().mysql_free_result);
  if (!res) fail("");
  MYSQL_ROW row = mariadb().mysql_fetch_row(res.get());
  if (!row || !row[0]) return std::nullopt;
  return std::string(row[0]);
}

void MariadbConnection::begin_write() {
  if (in_transaction_) {
    throw storage_error(fmt::format("{}: cannot start a transaction within a transaction", name_));
  }
  // kolmi's writers take turns, as SQLite's BEGIN IMMEDIATE makes them:
  // the lock is the session's, so a crashed writer's goes with its connection.
  auto got = query_value(fmt::format("SELECT GET_LOCK('{}', {})", lock_name_, lock_wait_seconds_));
  if (!got || *got != "1") {
    throw storage_error(fmt::format("{}: database is locked by another process (try again later)", name_));
  }
  try {
    exec("START TRANSACTION READ WRITE");
  } catch (...) {
    end_transaction("DO 0");
    throw;
  }
  in_transaction_ = true;
}

void MariadbConnection::commit_write() {
  exec("COMMIT");
  in_transaction_ = false;
  end_transaction("DO 0");
}

void MariadbConnection::rollback_write() noexcept {
  in_transaction_ = false;
  end_transaction("ROLLBACK");
}

// Runs `how` (ROLLBACK, or nothing) and lets go of kolmi's write lock; never
// throws: a lost connection took both with it.
void MariadbConnection::end_transaction(const char* how) noexcept {
  streaming_ = nullptr;  // a streamed result is drained by the connector when its statement goes
  const std::string sql = fmt::format("{}; DO RELEASE_LOCK('{}')", how, lock_name_);
  if (mariadb().mysql_real_query(m_.get(), sql.data(), static_cast<unsigned long>(sql.size())) == 0) {
    do {
      if (MYSQL_RES* res = mariadb().mysql_store_result(m_.get())) mariadb().mysql_free_result(res);
    } while (mariadb().mysql_next_result(m_.get()) == 0);
  }
}

void MariadbConnection::begin_read() {
  if (in_transaction_) {
    throw storage_error(fmt::format("{}: cannot start a transaction within a transaction", name_));
  }
  exec("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
  in_transaction_ = true;
}

void MariadbConnection::end_read() noexcept {
  in_transaction_ = false;
  streaming_ = nullptr;
  if (mariadb().mysql_query(m_.get(), "COMMIT") == 0) {
    if (MYSQL_RES* res = mariadb().mysql_store_result(m_.get())) mariadb().mysql_free_result(res);
  }
}

// Where the server is, for messages: the socket or host, and the database.
std::string where(const ServerAddress& a) {
  std::string server = !a.socket.empty()  ? fmt::format("socket {}", a.socket)
                       : !a.host.empty() ? fmt::format("host {}", a.host)
                                         : std::string("the local server");
  if (a.port != 0) server += fmt::format(" port {}", a.port);
  return fmt::format("database {} on {}", a.database, server);
}

}  // namespace

std::unique_ptr<Connection> connect_mariadb(const ServerAddress& a, const std::optional<std::string>& password) {
  MYSQL* raw = mariadb().mysql_init(nullptr);
  if (!raw) throw storage_error(fmt::format("{}: out of memory connecting to the server", a.shown()));
  std::unique_ptr<MYSQL, Closer> m(raw);
  mariadb().mysql_optionsv(raw, MYSQL_READ_DEFAULT_GROUP, "kolmi");
  mariadb().mysql_optionsv(raw, MYSQL_SET_CHARSET_NAME, "utf8mb4");
  // TLS whenever the server offers it. Connector/C 3.3 (Debian 12) asks for
  // TLS only when told to: with no TLS option it stays plain even when the
  // server offers TLS. MYSQL_OPT_SSL_ENFORCE, despite its name, is what
  // makes it ask when the server offers TLS and go on plain when it does
  // not; the certificate is not verified then (one a man in the middle
  // could strip TLS anyway), so a server's self-signed certificate works.
  my_bool yes = 1;
  mariadb().mysql_optionsv(raw, MYSQL_OPT_SSL_ENFORCE, &yes);
  if (a.ssl_required) {
    // ?ssl=required: TLS or nothing, decided in the handshake, before the
    // password is sent; and TLS with the right server, so its certificate
    // must verify and name the host. The CA is the option files' ssl-ca,
    // else the system's (OpenSSL's default paths). Not a URL option: the
    // connector reads the files after every option set here, so theirs
    // would silently win over the URL's.
    mariadb().mysql_optionsv(raw, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &yes);
  }
  const unsigned long flags = CLIENT_FOUND_ROWS | CLIENT_MULTI_STATEMENTS;
  if (!mariadb().mysql_real_connect(raw, a.host.empty() ? nullptr : a.host.c_str(), a.user.empty() ? nullptr : a.user.c_str(),
                          password ? password->c_str() : nullptr, a.database.c_str(), a.port,
                          a.socket.empty() ? nullptr : a.socket.c_str(), flags)) {
    const bool tls_failed = mariadb().mysql_errno(raw) == CR_SSL_CONNECTION_ERROR;
    throw storage_error(fmt::format("cannot connect to {}: {}{}", where(a), mariadb().mysql_error(raw),
                                    tls_failed && a.ssl_required
                                        ? " (ssl=required: the server must offer TLS, with a certificate for "
                                          "this host from a CA of the system's or ssl-ca in ~/.my.cnf)"
                                        : ""));
  }
  // The connector's checks above already refused; kept so that no option
  // file setting can ever turn ssl=required into a plain session.
  if (a.ssl_required && mariadb().mysql_get_ssl_cipher(raw) == nullptr) {
    throw storage_error(fmt::format("cannot connect to {}: the connection is not encrypted (TLS) and the URL "
                                    "says ssl=required",
                                    where(a)));
  }
  auto conn = std::make_unique<MariadbConnection>(m.release(), a.shown(), "kolmi." + a.database);
  conn->exec(kSessionSetup);
  return conn;
}

}  // namespace kolmi::store::backend
