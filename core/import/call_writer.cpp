#include "core/import/call_writer.hpp"

#include <algorithm>
#include <functional>

namespace kolmi::import {

namespace {

constexpr std::size_t kBatch = 100;  // 2,400 insert parameters, well under SQLite's 32,766
constexpr int kColumns = 24;

// localized_dst repeats dst: kolmi applies no localization rules, so the
// number is stored as dialled. processed is 0: a new call is unhandled.
// OR ROLLBACK: a failing row ends the whole transaction, which the import
// would roll back anyway; with the default (ABORT) SQLite keeps a statement
// journal so it can undo just the statement, and for a multi-row INSERT that
// meant copying every page it touched to a temporary file (5x the writes).
constexpr std::string_view kInsert =
    "INSERT OR ROLLBACK INTO calls (calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, "
    "lastdata, duration, billsec, disposition, accountcode, uniqueid, userfield, src_device_id, "
    "dst_device_id, user_id, user_rate, user_billsec, user_price, prefix, hangupcause, localized_dst, "
    "processed) VALUES ";
constexpr std::string_view kRow =
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

// The stored fields of a CDR, in this order, are its identity (see the header).
constexpr std::string_view kLookup =
    "SELECT uniqueid, calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, "
    "duration, billsec, disposition, accountcode, userfield FROM calls WHERE uniqueid IN (";

store::Statement prepare_insert(store::Database& db, std::size_t rows) {
  std::string sql(kInsert);
  for (std::size_t i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += kRow;
  }
  return db.prepare(sql);
}

store::Statement prepare_lookup(store::Database& db) {
  std::string sql(kLookup);
  for (std::size_t i = 0; i < kBatch; ++i) sql += i == 0 ? "?" : ", ?";
  sql += ")";
  return db.prepare(sql);
}

bool same_cdr(const PendingCall& a, const PendingCall& b) {
  const CdrRecord& x = a.cdr;
  const CdrRecord& y = b.cdr;
  return a.uniqueid == b.uniqueid && a.calldate == b.calldate && x.clid == y.clid && x.src == y.src &&
         x.dst == y.dst && x.dcontext == y.dcontext && x.channel == y.channel &&
         x.dstchannel == y.dstchannel && x.lastapp == y.lastapp && x.lastdata == y.lastdata &&
         x.duration == y.duration && x.billsec == y.billsec && x.disposition == y.disposition &&
         x.accountcode == y.accountcode && x.userfield == y.userfield;
}

// The lookup's current row against a pending call (uniqueid already equal).
bool same_cdr(const store::Statement& s, const PendingCall& c) {
  const CdrRecord& r = c.cdr;
  return s.text(1) == c.calldate_text() && s.text(2) == r.clid && s.text(3) == r.src && s.text(4) == r.dst &&
         s.text(5) == r.dcontext && s.text(6) == r.channel && s.text(7) == r.dstchannel &&
         s.text(8) == r.lastapp && s.text(9) == r.lastdata && s.int64(10) == r.duration &&
         s.int64(11) == r.billsec && s.text(12) == r.disposition && s.text(13) == r.accountcode &&
         s.text(14) == r.userfield;
}

void bind_call(store::Statement& s, int first, const PendingCall& c) {
  int i = first;
  // The batch's slots outlive the statement run, so texts are bound in place.
  auto text = [&](std::string_view v) { s.bind_static(++i, v); };
  const CdrRecord& r = c.cdr;
  text(c.calldate_text());
  text(r.clid);
  text(r.src);
  text(r.dst);
  text(r.dcontext);
  text(r.channel);
  text(r.dstchannel);
  text(r.lastapp);
  text(r.lastdata);
  s.bind(++i, r.duration);
  s.bind(++i, r.billsec);
  text(r.disposition);
  text(r.accountcode);
  text(c.uniqueid);
  text(r.userfield);
  s.bind(++i, c.src_device);
  s.bind(++i, c.dst_device);
  s.bind(++i, c.user_id);
  s.bind(++i, c.user_rate);
  s.bind(++i, c.user_billsec);
  s.bind(++i, c.user_price);
  c.prefix ? text(*c.prefix) : static_cast<void>(s.bind_null(++i));
  s.bind(++i, c.hangupcause);
  text(r.dst);
}

}  // namespace

CallWriter::CallWriter(store::Database& db)
    : range_(db.prepare("SELECT 1 FROM calls WHERE uniqueid BETWEEN ? AND ? LIMIT 1")),
      lookup_(prepare_lookup(db)),
      insert_many_(prepare_insert(db, kBatch)),
      insert_one_(prepare_insert(db, 1)),
      calls_(kBatch),
      duplicate_(kBatch),
      hashes_(kBatch) {}

CallWriter::~CallWriter() = default;

PendingCall& CallWriter::next() {
  if (used_ == calls_.size()) flush();
  return calls_[used_++];
}

void CallWriter::flush() {
  if (used_ == 0) return;
  std::fill(duplicate_.begin(), duplicate_.end(), 0);
  mark_stored_duplicates();
  mark_batch_duplicates();
  insert_new();
  used_ = 0;
}

void CallWriter::mark_stored_duplicates() {
  // One index seek first: a file sorted by time ("epoch.sequence" ids)
  // brings batches whose uniqueids lie past every stored one, and then the
  // hundred seeks of the exact lookup are not needed.
  std::string_view low = calls_[0].uniqueid, high = low;
  for (std::size_t i = 1; i < used_; ++i) {
    low = std::min(low, std::string_view(calls_[i].uniqueid));
    high = std::max(high, std::string_view(calls_[i].uniqueid));
  }
  range_.bind_static(1, low).bind_static(2, high);
  const bool any = range_.step();
  range_.reset();
  if (!any) return;
  // A partial batch repeats its first uniqueid in the unused places.
  for (std::size_t i = 0; i < kBatch; ++i) {
    lookup_.bind_static(static_cast<int>(i) + 1, calls_[i < used_ ? i : 0].uniqueid);
  }
  while (lookup_.step()) {
    const std::string_view uniqueid = lookup_.text(0);
    for (std::size_t i = 0; i < used_; ++i) {
      if (!duplicate_[i] && calls_[i].uniqueid == uniqueid && same_cdr(lookup_, calls_[i])) duplicate_[i] = 1;
    }
  }
  lookup_.reset();
}

void CallWriter::mark_batch_duplicates() {
  // Earlier batches are in the database already; within this one, a record
  // equal to an earlier slot is a duplicate of it. Pairs are compared by a
  // hash of their uniqueid first: uniqueids share long prefixes, and this
  // runs for every pair of the batch.
  for (std::size_t i = 0; i < used_; ++i) hashes_[i] = std::hash<std::string>{}(calls_[i].uniqueid);
  for (std::size_t i = 1; i < used_; ++i) {
    for (std::size_t j = 0; j < i && !duplicate_[i]; ++j) {
      if (hashes_[i] == hashes_[j] && !duplicate_[j] && same_cdr(calls_[i], calls_[j])) duplicate_[i] = 1;
    }
  }
}

void CallWriter::insert_new() {
  std::size_t fresh = 0;
  for (std::size_t i = 0; i < used_; ++i) {
    if (duplicate_[i]) {
      ++duplicates_;
      continue;
    }
    ++fresh;
    ++imported_;
    charges_.add(calls_[i].user_id, calls_[i].user_price);
    if (calls_[i].unassigned) ++unassigned_;
    if (calls_[i].unrated) ++unrated_;
  }
  if (fresh == kBatch) {
    for (std::size_t i = 0; i < kBatch; ++i)
      bind_call(insert_many_, static_cast<int>(i) * kColumns, calls_[i]);
    insert_many_.run();
    return;
  }
  for (std::size_t i = 0; i < used_; ++i) {
    if (duplicate_[i]) continue;
    bind_call(insert_one_, 0, calls_[i]);
    insert_one_.run();
  }
}

}  // namespace kolmi::import
