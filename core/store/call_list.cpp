#include "core/store/call_list.hpp"

#include <algorithm>
#include <string>

#include "core/store/call_totals.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::store {

namespace {

// SQL is put together from the fixed fragments below, never from input;
// every value is bound: ?1 user, ?2 from, ?3 till, ?4 device.
// On SQLite the fifth column is the prefix, which the cursor names itself
// (CallCursor::destination_name); on MariaDB, whose streamed list holds the
// connection, the server joins the destination's name.
#define KOLMI_CALL_COLUMNS(destination)                     \
  "SELECT c.id, c.calldate, c.src, c.dst, " destination \
  ", c.billsec, c.duration, c.disposition, c.user_price, c.processed"
constexpr std::string_view kSelectList = KOLMI_CALL_COLUMNS("c.prefix");
constexpr std::string_view kFrom = " FROM calls c WHERE ";
constexpr std::string_view kSelectListNamed = KOLMI_CALL_COLUMNS("d.name");
#undef KOLMI_CALL_COLUMNS
constexpr std::string_view kFromNamed = " FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix WHERE ";
constexpr std::string_view kCount = "SELECT count(*) FROM calls c WHERE ";
constexpr std::string_view kPeriod = " AND c.calldate >= ?2 AND c.calldate < ?3";
constexpr std::string_view kOutgoing = "c.user_id = ?1";
constexpr std::string_view kOutgoingDevice = " AND c.src_device_id = ?4";
// Calls to the user's devices placed by anyone else (a call from one of the
// user's devices is already listed as outgoing).
constexpr std::string_view kNotOwn = " AND (c.user_id IS NULL OR c.user_id <> ?1)";
constexpr std::string_view kToDevice = "c.dst_device_id = ?4";
constexpr std::string_view kNotAnswered = " AND c.disposition <> 'ANSWERED'";
// calls_user_date and calls_dst_device_date deliver this order for one user
// or one device without sorting. Ties stay in index order: asking SQLite to
// break them by id costs a sort per group, a fifth of the list's time.
constexpr std::string_view kOrder = " ORDER BY c.calldate";

enum Column {
  kId,
  kCalldate,
  kSrc,
  kDst,
  kDestination,  // SQLite: calls.prefix; MariaDB: destinations.name
  kBillsec,
  kDuration,
  kDisposition,
  kPrice,
  kProcessed,
  kUser,  // MariaDB's merged list only: the merge key's last parts
  kHalf,  // 0 for an outgoing call, else the called device
};

// On MariaDB the halves are one statement, merged by the server (see
// CallCursor::open): each half names itself (kHalf) and every row is put in
// the order SQLite's merge gives: start time, then outgoing before the
// devices in id order, then each half's index order (calls_user_date and
// calls_dst_device_date: billsec, user, id).
constexpr std::string_view kOutgoingHalf = ", c.user_id, 0";
constexpr std::string_view kIncomingHalf = ", c.user_id, c.dst_device_id";
constexpr std::string_view kMergedOrder = " ORDER BY 2, 12, 6, 11, 1";

std::string_view outcome_sql(const std::optional<CallOutcome>& outcome) {
  if (!outcome) return {};
  switch (*outcome) {
    case CallOutcome::answered:
      return " AND c.disposition = 'ANSWERED'";
    case CallOutcome::no_answer:
      return " AND c.disposition = 'NO ANSWER'";
    case CallOutcome::busy:
      return " AND c.disposition = 'BUSY'";
    case CallOutcome::failed:
      return " AND c.disposition NOT IN ('ANSWERED', 'NO ANSWER', 'BUSY')";
  }
  return {};
}

template <typename... Parts>
std::string concat(const Parts&... parts) {
  std::string s;
  (s.append(parts), ...);
  return s;
}

// The WHERE clause of the outgoing half.
std::string outgoing_where(const CallFilter& f) {
  return concat(kOutgoing, kPeriod, f.device_id ? kOutgoingDevice : std::string_view{},
                outcome_sql(f.outcome));
}

// The WHERE clause of the incoming half: calls `to` the device (kToDevice,
// ?4) or devices (device_list).
std::string incoming_where(const CallFilter& f, std::string_view to) {
  return concat(to, kPeriod, kNotOwn, outcome_sql(f.outcome));
}

// MariaDB: the user's devices as "c.dst_device_id IN (?5, ?6, ...)", bound
// values the range optimizer takes as constants, so it reads one range of
// calls_dst_device_date per device. (With a subquery there it read the
// whole period of everybody's calls through calls_date instead: 0.15 s
// instead of 0.04 s for a day of the busiest of a million calls.)
std::string device_list(std::size_t n) {
  std::string s = "c.dst_device_id IN (";
  for (std::size_t i = 0; i < n; ++i) s += (i == 0 ? "?" : ", ?") + std::to_string(i + 5);
  return s + ")";
}

void bind_common(Statement& s, std::int64_t user_id, Seconds from, Seconds till) {
  s.bind(1, user_id);
  s.bind(2, format_utc(from));
  s.bind(3, format_utc(till));
}

std::int64_t count_of(Statement s) {
  s.step();
  return s.int64(0);
}

}  // namespace

CallOutcome outcome_of(std::string_view disposition) {
  if (disposition == "ANSWERED") return CallOutcome::answered;
  if (disposition == "NO ANSWER") return CallOutcome::no_answer;
  if (disposition == "BUSY") return CallOutcome::busy;
  return CallOutcome::failed;
}

CallCursor CallCursor::open(Database& db, const CallFilter& f) {
  if (db.dialect() == Dialect::mariadb) {
    std::vector<std::string> halves;
    std::vector<std::int64_t> devices;
    if (f.direction != CallDirection::incoming) {
      halves.push_back(concat(kSelectListNamed, kOutgoingHalf, kFromNamed, outgoing_where(f)));
    }
    if (f.direction != CallDirection::outgoing) {
      if (!f.device_id) devices = user_device_ids(db, f.user_id);
      if (f.device_id || !devices.empty()) {
        const std::string to = f.device_id ? std::string(kToDevice) : device_list(devices.size());
        halves.push_back(concat(kSelectListNamed, kIncomingHalf, kFromNamed, incoming_where(f, to)));
      }
    }
    return merged(db, halves, f.user_id, f.from, f.till, f.device_id, devices);
  }
  std::vector<Source> sources;
  if (f.direction != CallDirection::incoming) {
    Statement s = db.prepare(concat(kSelectList, kFrom, outgoing_where(f), kOrder));
    bind_common(s, f.user_id, f.from, f.till);
    if (f.device_id) s.bind(4, *f.device_id);
    sources.push_back(Source{.statement = std::move(s), .outgoing = true});
  }
  if (f.direction != CallDirection::outgoing) {
    std::vector<std::int64_t> devices =
        f.device_id ? std::vector<std::int64_t>{*f.device_id} : user_device_ids(db, f.user_id);
    const std::string sql = concat(kSelectList, kFrom, incoming_where(f, kToDevice), kOrder);
    for (std::int64_t device : devices) {
      Statement s = db.prepare(sql);
      bind_common(s, f.user_id, f.from, f.till);
      s.bind(4, device);
      sources.push_back(Source{.statement = std::move(s)});
    }
  }
  return CallCursor(std::move(sources), &db);
}

CallCursor CallCursor::missed(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  const std::vector<std::int64_t> devices = user_device_ids(db, user_id);
  if (db.dialect() == Dialect::mariadb) {
    std::vector<std::string> halves;
    if (!devices.empty()) {
      halves.push_back(
          concat(kSelectListNamed, kIncomingHalf, kFromNamed, device_list(devices.size()), kPeriod, kNotAnswered));
    }
    return merged(db, halves, user_id, from, till, std::nullopt, devices);
  }
  std::vector<Source> sources;
  const std::string sql = concat(kSelectList, kFrom, kToDevice, kPeriod, kNotAnswered, kOrder);
  for (std::int64_t device : devices) {
    Statement s = db.prepare(sql);
    bind_common(s, user_id, from, till);
    s.bind(4, device);
    sources.push_back(Source{.statement = std::move(s)});
  }
  return CallCursor(std::move(sources), &db);
}

// MariaDB reads a list as one streamed statement (Statement::stream): an
// unbuffered result keeps the connection to itself until its last row, so
// the halves cannot be read side by side as on SQLite, and buffering them
// would hold a month of calls in memory. The server merges the halves
// instead (UNION ALL in kMergedOrder), and each row says which half it is.
// `devices` are bound from ?5 on (device_list).
CallCursor CallCursor::merged(Database& db, const std::vector<std::string>& halves, std::int64_t user_id,
                              Seconds from, Seconds till, std::optional<std::int64_t> device_id,
                              const std::vector<std::int64_t>& devices) {
  std::vector<Source> sources;
  if (halves.empty()) return CallCursor(std::move(sources));  // no devices: no incoming calls
  std::string sql;
  for (const std::string& half : halves) sql += (sql.empty() ? "" : " UNION ALL ") + half;
  Statement s = db.prepare(sql + std::string(kMergedOrder));
  bind_common(s, user_id, from, till);
  if (device_id) s.bind(4, *device_id);
  for (std::size_t i = 0; i < devices.size(); ++i) s.bind(static_cast<int>(i) + 5, devices[i]);
  s.stream();
  sources.push_back(Source{.statement = std::move(s), .merged = true});
  return CallCursor(std::move(sources));
}

void CallCursor::advance(Source& source) {
  source.has_row = source.statement.step();
  if (source.has_row) source.calldate = source.statement.text(kCalldate);
}

bool CallCursor::next() {
  // `later(a, b)`: source a's row comes after source b's, so the heap's
  // front is the earliest row; on equal times the outgoing calls come
  // first, then the devices in id order.
  auto later = [this](std::size_t a, std::size_t b) {
    const int c = sources_[a].calldate.compare(sources_[b].calldate);
    return c != 0 ? c > 0 : a > b;
  };
  if (done_) return false;  // SQLite would run a finished statement again
  if (!started_) {
    started_ = true;
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      advance(sources_[i]);
      if (sources_[i].has_row) heap_.push_back(i);
    }
    std::make_heap(heap_.begin(), heap_.end(), later);
  } else {  // past the row just yielded
    advance(sources_[current_]);
    if (sources_[current_].has_row) {
      heap_.push_back(current_);
      std::push_heap(heap_.begin(), heap_.end(), later);
    }
  }
  if (heap_.empty()) {
    done_ = true;
    return false;
  }
  std::pop_heap(heap_.begin(), heap_.end(), later);
  current_ = heap_.back();
  heap_.pop_back();
  load_row(sources_[current_]);
  return true;
}

void CallCursor::load_row(const Source& source) {
  const Statement& s = source.statement;
  row_.id = s.int64(kId);
  row_.calldate = parse_utc(source.calldate);
  row_.src = s.text(kSrc);
  row_.dst = s.text(kDst);
  row_.destination = names_db_ != nullptr ? destination_name(s) : s.text(kDestination);
  row_.billsec = s.int64(kBillsec);
  row_.duration = s.int64(kDuration);
  row_.disposition = s.text(kDisposition);
  row_.outgoing = source.merged ? s.int64(kHalf) == 0 : source.outgoing;
  if (!row_.outgoing) {
    row_.price = Decimal{};
  } else {
    row_.price = s.opt_decimal(kPrice);
  }
  row_.processed = s.int64(kProcessed) != 0;
}

// The name of the destination whose prefix the row's call matched ("" for
// none), looked up once per prefix: a day of 37,353 calls has a few hundred,
// and joining destinations in the SQL read its index once per row (a fifth
// of the busiest user's day page; bench/scale.sh).
std::string_view CallCursor::destination_name(const Statement& s) {
  if (s.is_null(kDestination)) return {};
  const std::string_view prefix = s.text(kDestination);
  if (auto it = names_.find(prefix); it != names_.end()) return it->second;
  if (!name_lookup_) name_lookup_.emplace(names_db_->prepare("SELECT name FROM destinations WHERE prefix = ?"));
  name_lookup_->bind(1, prefix);
  std::string name = name_lookup_->step() ? name_lookup_->str(0) : std::string();
  name_lookup_->reset();
  return names_.emplace(std::string(prefix), std::move(name)).first->second;
}

std::int64_t count_calls(Database& db, const CallFilter& f) {
  std::int64_t total = 0;
  if (!f.device_id) {  // the call totals know direction and outcome, not the calling device
    visit_call_groups(db, f.user_id, f.from, f.till, CallHalves::user_calls, {}, [&](const CallGroup& g) {
      if (f.direction == CallDirection::incoming && g.outgoing) return;
      if (f.direction == CallDirection::outgoing && !g.outgoing) return;
      if (f.outcome && g.outcome != *f.outcome) return;
      total += g.calls;
    });
    return total;
  }
  if (f.direction != CallDirection::incoming) {
    Statement s = db.prepare(concat(kCount, outgoing_where(f)));
    bind_common(s, f.user_id, f.from, f.till);
    s.bind(4, *f.device_id);
    total += count_of(std::move(s));
  }
  if (f.direction != CallDirection::outgoing) {
    Statement s = db.prepare(concat(kCount, incoming_where(f, kToDevice)));
    bind_common(s, f.user_id, f.from, f.till);
    s.bind(4, *f.device_id);
    total += count_of(std::move(s));
  }
  return total;
}

AnswerCounts answer_counts(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  AnswerCounts c;
  visit_call_groups(db, user_id, from, till, CallHalves::user_calls, {}, [&](const CallGroup& g) {
    c.calls += g.calls;
    if (g.outcome == CallOutcome::answered) c.answered += g.calls;
  });
  return c;
}

std::vector<std::int64_t> user_device_ids(Database& db, std::int64_t user_id) {
  Statement s = db.prepare("SELECT id FROM devices WHERE user_id = ? ORDER BY id");
  s.bind(1, user_id);
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.int64(0));
  return ids;
}

bool user_has_device(Database& db, std::int64_t user_id, std::int64_t device_id) {
  Statement s = db.prepare("SELECT 1 FROM devices WHERE id = ? AND user_id = ?");
  s.bind_all(device_id, user_id);
  return s.step();
}

}  // namespace kolmi::store
