#include "core/store/call_totals.hpp"

#include <algorithm>
#include <functional>
#include <string>

#include "core/time/datetime.hpp"

namespace kolmi::store {

namespace {

constexpr std::size_t kMaxRows = 100;  // rows per upsert statement
constexpr std::int64_t kQuarter = 900;  // seconds
constexpr std::int64_t kNoCaller = -1;  // call_device_totals.caller_id of a call without user_id

// A regular calldate, the shape every kolmi writer stores. The SQL tests
// below (regular_sql) are the same test; all must agree.
bool regular(std::string_view c) {
  if (c.size() != 19) return false;
  for (std::size_t i = 0; i < 19; ++i) {
    const char ch = c[i];
    switch (i) {
      case 4:
      case 7:
        if (ch != '-') return false;
        break;
      case 10:
        if (ch != ' ') return false;
        break;
      case 13:
      case 16:
        if (ch != ':') return false;
        break;
      case 14:
      case 17:
        if (ch < '0' || ch > '5') return false;
        break;
      default:
        if (ch < '0' || ch > '9') return false;
    }
  }
  return true;
}
#define KOLMI_REGULAR_GLOB "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-5][0-9]:[0-5][0-9]'"
// MariaDB has no GLOB: a regular expression, and the length, because PCRE's
// '$' also matches before a final newline.
#define KOLMI_REGULAR_REGEXP \
  "LENGTH(calldate) = 19 AND calldate REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-5][0-9]:[0-5][0-9]$'"

// The slot of a calldate, in SQL (see the header) and its outcome. MariaDB
// has no printf and its '/' divides into decimals: LPAD and DIV there.
#define KOLMI_SLOT_SQL                                                                                  \
  "CASE WHEN calldate GLOB " KOLMI_REGULAR_GLOB                                                         \
  " THEN substr(calldate, 1, 14) || printf('%02d', CAST(substr(calldate, 15, 2) AS INTEGER) / 15 * 15)" \
  " || ':00' ELSE calldate END"
#define KOLMI_SLOT_MARIADB                                                                          \
  "CASE WHEN " KOLMI_REGULAR_REGEXP                                                                 \
  " THEN substr(calldate, 1, 14) || LPAD(CAST(substr(calldate, 15, 2) AS SIGNED) DIV 15 * 15, 2, '0')" \
  " || ':00' ELSE calldate END"
#define KOLMI_OUTCOME_SQL \
  "CASE disposition WHEN 'ANSWERED' THEN 0 WHEN 'NO ANSWER' THEN 1 WHEN 'BUSY' THEN 2 ELSE 3 END"

// Adding to a totals row that is there already: SQLite's upsert names the
// conflicting key; MariaDB's applies to any unique key (the tables have only
// their primary key) and calls the new row's values VALUES(column).
constexpr std::string_view kSqliteAdd =
    " DO UPDATE SET calls = calls + excluded.calls, billsec = billsec + excluded.billsec";
constexpr std::string_view kMariadbAdd =
    " ON DUPLICATE KEY UPDATE calls = calls + VALUES(calls), billsec = billsec + VALUES(billsec)";

// Counting calls into the three tables; `where` picks the calls, with the
// upserts' ON CONFLICT so the same text adds one call or rebuilds all.
// (WHERE true: SQLite's rule for an upsert after INSERT ... SELECT.) On
// MariaDB the SELECT is a derived table, so that `calls` and `billsec` in
// the update can only mean the totals row's columns.
std::string user_totals_sql(Dialect dialect, std::string_view where) {
  if (dialect == Dialect::mariadb) {
    return std::string(
               "INSERT INTO call_user_totals (user_id, slot, outcome, calls, billsec) SELECT * FROM ("
               "SELECT user_id, " KOLMI_SLOT_MARIADB " AS slot, " KOLMI_OUTCOME_SQL
               " AS outcome, count(*) AS n, sum(billsec) AS s FROM calls WHERE user_id IS NOT NULL AND ") +
           std::string(where) + " GROUP BY 1, 2, 3) AS counted" + std::string(kMariadbAdd);
  }
  return std::string(
             "INSERT INTO call_user_totals (user_id, slot, outcome, calls, billsec) "
             "SELECT user_id, " KOLMI_SLOT_SQL ", " KOLMI_OUTCOME_SQL
             ", count(*), sum(billsec) FROM calls WHERE user_id IS NOT NULL AND ") +
         std::string(where) +
         " GROUP BY 1, 2, 3 ON CONFLICT (user_id, slot, outcome) DO UPDATE SET "
         "calls = calls + excluded.calls, billsec = billsec + excluded.billsec";
}
std::string device_totals_sql(Dialect dialect, std::string_view where) {
  if (dialect == Dialect::mariadb) {
    return std::string(
               "INSERT INTO call_device_totals (dst_device_id, slot, caller_id, outcome, calls, billsec) "
               "SELECT * FROM (SELECT dst_device_id, " KOLMI_SLOT_MARIADB " AS slot, COALESCE(user_id, -1) AS caller, "
               KOLMI_OUTCOME_SQL " AS outcome, count(*) AS n, sum(billsec) AS s FROM calls "
               "WHERE dst_device_id IS NOT NULL AND ") +
           std::string(where) + " GROUP BY 1, 2, 3, 4) AS counted" + std::string(kMariadbAdd);
  }
  return std::string(
             "INSERT INTO call_device_totals (dst_device_id, slot, caller_id, outcome, calls, billsec) "
             "SELECT dst_device_id, " KOLMI_SLOT_SQL ", COALESCE(user_id, -1), " KOLMI_OUTCOME_SQL
             ", count(*), sum(billsec) FROM calls WHERE dst_device_id IS NOT NULL AND ") +
         std::string(where) +
         " GROUP BY 1, 2, 3, 4 ON CONFLICT (dst_device_id, slot, caller_id, outcome) DO UPDATE SET "
         "calls = calls + excluded.calls, billsec = billsec + excluded.billsec";
}
std::string missed_totals_sql(Dialect dialect, std::string_view where) {
  if (dialect == Dialect::mariadb) {
    return std::string(
               "INSERT INTO call_missed_totals (dst_device_id, calls) SELECT * FROM (SELECT dst_device_id, "
               "count(*) AS n FROM calls WHERE dst_device_id IS NOT NULL AND processed = 0 "
               "AND disposition <> 'ANSWERED' AND ") +
           std::string(where) + " GROUP BY 1) AS counted ON DUPLICATE KEY UPDATE calls = calls + VALUES(calls)";
  }
  return std::string(
             "INSERT INTO call_missed_totals (dst_device_id, calls) SELECT dst_device_id, count(*) FROM calls "
             "WHERE dst_device_id IS NOT NULL AND processed = 0 AND disposition <> 'ANSWERED' AND ") +
         std::string(where) +
         " GROUP BY 1 ON CONFLICT (dst_device_id) DO UPDATE SET calls = calls + excluded.calls";
}

int outcome_number(std::string_view disposition) { return static_cast<int>(outcome_of(disposition)); }

CallOutcome outcome_from(std::int64_t n) {
  return n >= 0 && n <= 3 ? static_cast<CallOutcome>(n) : CallOutcome::failed;
}

void slot_of(std::string_view calldate, std::array<char, 19>& out) {
  std::copy_n(calldate.begin(), std::min<std::size_t>(19, calldate.size()), out.begin());
  if (!regular(calldate)) return;
  const int minute = (calldate[14] - '0') * 10 + (calldate[15] - '0');
  const int floored = minute / 15 * 15;
  out[14] = static_cast<char>('0' + floored / 10);
  out[15] = static_cast<char>('0' + floored % 10);
  out[17] = '0';
  out[18] = '0';
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

Seconds floor_quarter(Seconds t) {
  return Seconds{std::chrono::seconds{floor_div(t.time_since_epoch().count(), kQuarter) * kQuarter}};
}
Seconds ceil_quarter(Seconds t) {
  const Seconds f = floor_quarter(t);
  return f == t ? f : f + std::chrono::seconds{kQuarter};
}

// The text just past a regular slot's quarter: minutes + 15 ("60" after
// ":45", which still sorts after every calldate of the quarter).
std::string slot_end(std::string_view slot) {
  std::string end(slot);
  const int minute = (slot[14] - '0') * 10 + (slot[15] - '0') + 15;
  end[14] = static_cast<char>('0' + minute / 10);
  end[15] = static_cast<char>('0' + minute % 10);
  return end;
}

// One half of the visit: the totals of one key (a user's outgoing calls,
// or one device's incoming calls) and the same calls read one by one.
struct Half {
  std::string_view totals;  // ?1 key, ?2 from slot, ?3 till slot [, ?4 user]
  std::string_view calls;   // ?1 key, ?2 from, ?3 till [, ?4 user]
  bool outgoing;
  bool not_own;  // binds ?4
};

constexpr std::string_view kOutgoingTotals =
    "SELECT slot, outcome, calls, billsec FROM call_user_totals WHERE user_id = ?1 AND slot >= ?2 AND slot < ?3";
constexpr std::string_view kOutgoingCalls =
    "SELECT calldate, disposition, billsec FROM calls WHERE user_id = ?1 AND calldate >= ?2 AND calldate < ?3";
constexpr std::string_view kIncomingTotals =
    "SELECT slot, outcome, calls, billsec FROM call_device_totals "
    "WHERE dst_device_id = ?1 AND slot >= ?2 AND slot < ?3 AND caller_id <> ?4";
constexpr std::string_view kIncomingCalls =
    "SELECT calldate, disposition, billsec FROM calls "
    "WHERE dst_device_id = ?1 AND calldate >= ?2 AND calldate < ?3 AND (user_id IS NULL OR user_id <> ?4)";
constexpr std::string_view kDeviceTotals =
    "SELECT slot, outcome, calls, billsec FROM call_device_totals "
    "WHERE dst_device_id = ?1 AND slot >= ?2 AND slot < ?3";
constexpr std::string_view kDeviceCalls =
    "SELECT calldate, disposition, billsec FROM calls WHERE dst_device_id = ?1 AND calldate >= ?2 AND calldate < ?3";
constexpr std::string_view kRegularOnly = " AND calldate GLOB " KOLMI_REGULAR_GLOB;
constexpr std::string_view kRegularOnlyMariadb = " AND " KOLMI_REGULAR_REGEXP;

class Visitor {
 public:
  Visitor(Database& db, std::int64_t user_id, const std::function<bool(Seconds, Seconds)>& split,
          const std::function<void(const CallGroup&)>& visit)
      : db_(db), user_(user_id), split_(split), visit_(visit) {}

  void run(const Half& h, std::int64_t key, Seconds from, Seconds till) {
    const Seconds a = ceil_quarter(from), z = floor_quarter(till);
    const std::string from_text = format_utc(from), till_text = format_utc(till);
    if (a >= z) {
      calls(h, key, from_text, till_text, false);
      return;
    }
    const std::string a_text = format_utc(a), z_text = format_utc(z);
    calls(h, key, from_text, a_text, false);
    totals(h, key, a_text, z_text);
    calls(h, key, z_text, till_text, false);
  }

 private:
  void bind(Statement& s, const Half& h, std::int64_t key, std::string_view lo, std::string_view hi) {
    s.bind(1, key).bind(2, lo).bind(3, hi);
    if (h.not_own) s.bind(4, user_);
  }

  void calls(const Half& h, std::int64_t key, std::string_view lo, std::string_view hi, bool regular_only) {
    if (lo >= hi) return;
    const std::string_view only = db_.dialect() == Dialect::mariadb ? kRegularOnlyMariadb : kRegularOnly;
    Statement s = db_.prepare(regular_only ? std::string(h.calls) + std::string(only) : std::string(h.calls));
    bind(s, h, key, lo, hi);
    CallGroup g;
    g.outgoing = h.outgoing;
    g.calls = 1;
    while (s.step()) {
      g.start = parse_utc(s.text(0));
      g.outcome = outcome_of(s.text(1));
      g.billsec = s.int64(2);
      visit_(g);
    }
  }

  void totals(const Half& h, std::int64_t key, std::string_view lo, std::string_view hi) {
    Statement s = db_.prepare(h.totals);
    bind(s, h, key, lo, hi);
    std::string read_by_call;  // the last quarter read call by call instead
    CallGroup g;
    g.outgoing = h.outgoing;
    while (s.step()) {
      const std::string_view slot = s.text(0);
      g.start = parse_utc(slot);
      if (regular(slot) && g.start && split_) {
        if (slot == read_by_call) continue;
        if (split_(*g.start, *g.start + std::chrono::seconds{kQuarter - 1})) {
          read_by_call.assign(slot);
          calls(h, key, read_by_call, slot_end(read_by_call), true);
          continue;
        }
      }
      g.outcome = outcome_from(s.int64(1));
      g.calls = s.int64(2);
      g.billsec = s.int64(3);
      visit_(g);
    }
  }

  Database& db_;
  std::int64_t user_;
  const std::function<bool(Seconds, Seconds)>& split_;
  const std::function<void(const CallGroup&)>& visit_;
};

}  // namespace

void CallTotalsUpdate::add(std::string_view calldate, const std::optional<std::int64_t>& user_id,
                           const std::optional<std::int64_t>& dst_device, std::string_view disposition,
                           std::int64_t billsec, std::int64_t processed) {
  ++pending_;
  const int outcome = outcome_number(disposition);
  Slot slot{};
  slot_of(calldate, slot);
  const std::size_t slot_hash = std::hash<std::string_view>{}(std::string_view(slot.data(), slot.size()));
  if (user_id) {
    std::size_t& at = recent_user_[(slot_hash ^ static_cast<std::size_t>(*user_id * 31 + outcome)) % kRecent];
    if (at != kNone && users_[at].user == *user_id && users_[at].slot == slot && users_[at].outcome == outcome) {
      ++users_[at].calls;
      users_[at].billsec += billsec;
    } else {
      at = users_.size();
      users_.push_back(UserRow{*user_id, slot, outcome, 1, billsec});
    }
  }
  if (dst_device) {
    const std::int64_t caller = user_id.value_or(kNoCaller);
    std::size_t& at =
        recent_device_[(slot_hash ^ static_cast<std::size_t>((*dst_device * 31 + caller) * 31 + outcome)) % kRecent];
    DeviceRow* r = at != kNone ? &devices_[at] : nullptr;
    if (r && r->device == *dst_device && r->slot == slot && r->caller == caller && r->outcome == outcome) {
      ++r->calls;
      r->billsec += billsec;
    } else {
      at = devices_.size();
      devices_.push_back(DeviceRow{*dst_device, slot, caller, outcome, 1, billsec});
    }
    if (processed == 0 && outcome != 0) missed_.push_back(MissedRow{*dst_device, 1});
  }
}

Statement& CallTotalsUpdate::upsert(std::vector<std::optional<Statement>>& cache, std::string_view head,
                                    std::string_view row, std::string_view tail, std::size_t rows) {
  if (cache.size() < rows) cache.resize(rows);
  std::optional<Statement>& s = cache[rows - 1];
  if (!s) {
    std::string sql(head);
    for (std::size_t i = 0; i < rows; ++i) {
      if (i > 0) sql += ", ";
      sql += row;
    }
    sql += tail;
    s.emplace(db_.prepare(sql));
  }
  return *s;
}

namespace {

// Sorts rows by key and adds up the rows of one key, so a batch writes each
// key once.
template <typename Row, typename Key>
void merge(std::vector<Row>& rows, Key key) {
  std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return key(a) < key(b); });
  std::size_t out = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (out > 0 && key(rows[out - 1]) == key(rows[i])) {
      rows[out - 1].calls += rows[i].calls;
      if constexpr (requires { rows[i].billsec; }) rows[out - 1].billsec += rows[i].billsec;
    } else {
      rows[out++] = rows[i];
    }
  }
  rows.resize(out);
}

// Writes rows in statements of up to kMaxRows rows; `bind(statement,
// first parameter - 1, row)` binds one row.
template <typename Row, typename Get, typename Bind>
void write_rows(const std::vector<Row>& rows, Get get, Bind bind, int columns) {
  for (std::size_t start = 0; start < rows.size(); start += kMaxRows) {
    const std::size_t n = std::min(kMaxRows, rows.size() - start);
    Statement& s = get(n);
    for (std::size_t i = 0; i < n; ++i) bind(s, static_cast<int>(i) * columns, rows[start + i]);
    s.run();
  }
}

std::string_view slot_view(const std::array<char, 19>& s) { return {s.data(), s.size()}; }

}  // namespace

void CallTotalsUpdate::write() {
  merge(users_, [](const UserRow& r) { return std::tie(r.user, r.slot, r.outcome); });
  merge(devices_, [](const DeviceRow& r) { return std::tie(r.device, r.slot, r.caller, r.outcome); });
  merge(missed_, [](const MissedRow& r) { return r.device; });
  const bool mariadb = db_.dialect() == Dialect::mariadb;
  // The tail after the rows: how a key already there adds up.
  const auto add = [&](std::string_view conflict) {
    return mariadb ? std::string(kMariadbAdd) : std::string(conflict) + std::string(kSqliteAdd);
  };
  write_rows(
      users_,
      [&](std::size_t n) -> Statement& {
        return upsert(user_upserts_, "INSERT INTO call_user_totals (user_id, slot, outcome, calls, billsec) VALUES ",
                      "(?, ?, ?, ?, ?)", add(" ON CONFLICT (user_id, slot, outcome)"), n);
      },
      [](Statement& s, int i, const UserRow& r) {
        s.bind(i + 1, r.user).bind_static(i + 2, slot_view(r.slot)).bind(i + 3, r.outcome);
        s.bind(i + 4, r.calls).bind(i + 5, r.billsec);
      },
      5);
  write_rows(
      devices_,
      [&](std::size_t n) -> Statement& {
        return upsert(device_upserts_,
                      "INSERT INTO call_device_totals (dst_device_id, slot, caller_id, outcome, calls, billsec) VALUES ",
                      "(?, ?, ?, ?, ?, ?)", add(" ON CONFLICT (dst_device_id, slot, caller_id, outcome)"), n);
      },
      [](Statement& s, int i, const DeviceRow& r) {
        s.bind(i + 1, r.device).bind_static(i + 2, slot_view(r.slot)).bind(i + 3, r.caller);
        s.bind(i + 4, r.outcome).bind(i + 5, r.calls).bind(i + 6, r.billsec);
      },
      6);
  write_rows(
      missed_,
      [&](std::size_t n) -> Statement& {
        return upsert(missed_upserts_, "INSERT INTO call_missed_totals (dst_device_id, calls) VALUES ", "(?, ?)",
                      mariadb ? " ON DUPLICATE KEY UPDATE calls = calls + VALUES(calls)"
                              : " ON CONFLICT (dst_device_id) DO UPDATE SET calls = calls + excluded.calls",
                      n);
      },
      [](Statement& s, int i, const MissedRow& r) { s.bind(i + 1, r.device).bind(i + 2, r.calls); }, 2);
  users_.clear();
  devices_.clear();
  missed_.clear();
  forget_recent();
  pending_ = 0;
}

void count_missed_call_processed(Database& db, std::int64_t call_id, std::int64_t user_id) {
  Statement s = db.prepare(
      "UPDATE call_missed_totals SET calls = calls - 1 WHERE dst_device_id = ("
      "SELECT dst_device_id FROM calls WHERE id = ?1 AND processed = 0 AND disposition <> 'ANSWERED' "
      "AND dst_device_id IN (SELECT id FROM devices WHERE user_id = ?2))");
  s.bind_all(call_id, user_id);
  s.run();
}

void count_stored_call(Database& db, std::int64_t call_id) {
  for (const std::string& sql :
       {user_totals_sql(db.dialect(), "id = ?1"), device_totals_sql(db.dialect(), "id = ?1"),
        missed_totals_sql(db.dialect(), "id = ?1")}) {
    Statement s = db.prepare(sql);
    s.bind(1, call_id);
    s.run();
  }
}

void rebuild_call_totals(Database& db) {
  db.exec("DELETE FROM call_user_totals; DELETE FROM call_device_totals; DELETE FROM call_missed_totals");
  for (const std::string& sql : {user_totals_sql(db.dialect(), "true"), device_totals_sql(db.dialect(), "true"),
                                 missed_totals_sql(db.dialect(), "true")}) {
    db.exec(sql);
  }
}

void visit_call_groups(Database& db, std::int64_t user_id, Seconds from, Seconds till, CallHalves halves,
                       const std::function<bool(Seconds, Seconds)>& split,
                       const std::function<void(const CallGroup&)>& visit) {
  Visitor v(db, user_id, split, visit);
  if (halves == CallHalves::user_calls) v.run(Half{kOutgoingTotals, kOutgoingCalls, true, false}, user_id, from, till);
  const Half incoming = halves == CallHalves::user_calls ? Half{kIncomingTotals, kIncomingCalls, false, true}
                                                         : Half{kDeviceTotals, kDeviceCalls, false, false};
  for (std::int64_t device : user_device_ids(db, user_id)) v.run(incoming, device, from, till);
}

std::int64_t unprocessed_missed_total(Database& db, std::int64_t user_id) {
  Statement s = db.prepare(
      "SELECT COALESCE(sum(calls), 0) FROM call_missed_totals "
      "WHERE dst_device_id IN (SELECT id FROM devices WHERE user_id = ?)");
  s.bind(1, user_id);
  s.step();
  return s.int64(0);
}

}  // namespace kolmi::store
