#include "core/store/call_batch_writer.hpp"

#include <algorithm>
#include <functional>

namespace kolmi::store {

namespace {

constexpr std::size_t kBatch = 100;  // 2,500 insert parameters, well under SQLite's 32,766
constexpr int kColumns = 25;
constexpr std::size_t kTotalsRows = 50'000;  // calls' totals kept in memory before they are written

// OR ROLLBACK (SQLite): a failing row ends the whole transaction, which the
// caller would roll back anyway; with the default (ABORT) SQLite keeps a
// statement journal so it can undo just the statement, and for a multi-row
// INSERT that meant copying every page it touched to a temporary file (5x the
// writes). MariaDB has no such clause: a failing statement is undone alone
// and the caller rolls back the transaction.
constexpr std::string_view kSqliteInsertVerb = "INSERT OR ROLLBACK";
constexpr std::string_view kMariadbInsertVerb = "INSERT";
constexpr std::string_view kInsert =
    " INTO calls (calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, "
    "lastdata, duration, billsec, disposition, accountcode, uniqueid, userfield, src_device_id, "
    "dst_device_id, user_id, user_rate, user_billsec, user_price, prefix, hangupcause, localized_dst, "
    "processed) VALUES ";
constexpr std::string_view kRow =
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The stored fields of a CDR, in this order, are its identity (see the header).
constexpr std::string_view kLookup =
    "SELECT uniqueid, calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, "
    "duration, billsec, disposition, accountcode, userfield FROM calls WHERE uniqueid IN (";

Statement prepare_insert(Database& db, std::size_t rows) {
  std::string sql(db.dialect() == Dialect::sqlite ? kSqliteInsertVerb : kMariadbInsertVerb);
  sql += kInsert;
  for (std::size_t i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += kRow;
  }
  return db.prepare(sql);
}

Statement prepare_lookup(Database& db) {
  std::string sql(kLookup);
  for (std::size_t i = 0; i < kBatch; ++i) sql += i == 0 ? "?" : ", ?";
  sql += ")";
  return db.prepare(sql);
}

bool same_cdr(const NewCall& a, const NewCall& b) {
  return a.uniqueid == b.uniqueid && a.calldate == b.calldate && a.clid == b.clid && a.src == b.src &&
         a.dst == b.dst && a.dcontext == b.dcontext && a.channel == b.channel && a.dstchannel == b.dstchannel &&
         a.lastapp == b.lastapp && a.lastdata == b.lastdata && a.duration == b.duration &&
         a.billsec == b.billsec && a.disposition == b.disposition && a.accountcode == b.accountcode &&
         a.userfield == b.userfield;
}

// The lookup's current row against a pending call (uniqueid already equal).
bool same_cdr(const Statement& s, const NewCall& c) {
  return s.text(1) == c.calldate_text() && s.text(2) == c.clid && s.text(3) == c.src && s.text(4) == c.dst &&
         s.text(5) == c.dcontext && s.text(6) == c.channel && s.text(7) == c.dstchannel &&
         s.text(8) == c.lastapp && s.text(9) == c.lastdata && s.int64(10) == c.duration &&
         s.int64(11) == c.billsec && s.text(12) == c.disposition && s.text(13) == c.accountcode &&
         s.text(14) == c.userfield;
}

void bind_call(Statement& s, int first, const NewCall& c) {
  int i = first;
  // The batch's slots outlive the statement run, so texts are bound in place.
  auto text = [&](std::string_view v) { s.bind_static(++i, v); };
  text(c.calldate_text());
  text(c.clid);
  text(c.src);
  text(c.dst);
  text(c.dcontext);
  text(c.channel);
  text(c.dstchannel);
  text(c.lastapp);
  text(c.lastdata);
  s.bind(++i, c.duration);
  s.bind(++i, c.billsec);
  text(c.disposition);
  text(c.accountcode);
  text(c.uniqueid);
  text(c.userfield);
  s.bind(++i, c.src_device);
  s.bind(++i, c.dst_device);
  s.bind(++i, c.user_id);
  s.bind(++i, c.user_rate);
  s.bind(++i, c.user_billsec);
  s.bind(++i, c.user_price);
  c.prefix ? text(*c.prefix) : static_cast<void>(s.bind_null(++i));
  s.bind(++i, c.hangupcause);
  text(c.localized_dst);
  s.bind(++i, c.processed);
}

}  // namespace

CallBatchWriter::CallBatchWriter(Database& db, Duplicates duplicates)
    : mode_(duplicates),
      insert_many_(prepare_insert(db, kBatch)),
      insert_one_(prepare_insert(db, 1)),
      totals_(db),
      calls_(kBatch),
      duplicate_(kBatch),
      hashes_(kBatch) {
  if (mode_ == Duplicates::skip) {
    range_.emplace(db.prepare("SELECT 1 FROM calls WHERE uniqueid BETWEEN ? AND ? LIMIT 1"));
    lookup_.emplace(prepare_lookup(db));
  }
}

CallBatchWriter::~CallBatchWriter() = default;

NewCall& CallBatchWriter::next() {
  if (used_ == calls_.size()) write_batch();
  return calls_[used_++];
}

void CallBatchWriter::flush() {
  write_batch();
  totals_.write();
}

void CallBatchWriter::write_batch() {
  if (used_ == 0) return;
  std::fill(duplicate_.begin(), duplicate_.end(), 0);
  if (mode_ == Duplicates::skip) {
    mark_stored_duplicates();
    mark_batch_duplicates();
  }
  insert_new();
  used_ = 0;
}

void CallBatchWriter::mark_stored_duplicates() {
  // One index seek first: a file sorted by time ("epoch.sequence" ids)
  // brings batches whose uniqueids lie past every stored one, and then the
  // hundred seeks of the exact lookup are not needed.
  std::string_view low = calls_[0].uniqueid, high = low;
  for (std::size_t i = 1; i < used_; ++i) {
    low = std::min(low, std::string_view(calls_[i].uniqueid));
    high = std::max(high, std::string_view(calls_[i].uniqueid));
  }
  range_->bind_static(1, low).bind_static(2, high);
  const bool any = range_->step();
  range_->reset();
  if (!any) return;
  // A partial batch repeats its first uniqueid in the unused places.
  for (std::size_t i = 0; i < kBatch; ++i) {
    lookup_->bind_static(static_cast<int>(i) + 1, calls_[i < used_ ? i : 0].uniqueid);
  }
  while (lookup_->step()) {
    const std::string_view uniqueid = lookup_->text(0);
    for (std::size_t i = 0; i < used_; ++i) {
      if (!duplicate_[i] && calls_[i].uniqueid == uniqueid && same_cdr(*lookup_, calls_[i])) duplicate_[i] = 1;
    }
  }
  lookup_->reset();
}

void CallBatchWriter::mark_batch_duplicates() {
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

void CallBatchWriter::insert_new() {
  std::size_t fresh = 0;
  for (std::size_t i = 0; i < used_; ++i) {
    if (duplicate_[i]) {
      ++duplicates_;
      continue;
    }
    ++fresh;
    const NewCall& c = calls_[i];
    totals_.add(c.calldate_text(), c.user_id, c.dst_device, c.disposition, c.billsec, c.processed);
    if (on_stored_) on_stored_(c);
  }
  stored_ += static_cast<std::int64_t>(fresh);
  if (fresh == kBatch) {
    for (std::size_t i = 0; i < kBatch; ++i) bind_call(insert_many_, static_cast<int>(i) * kColumns, calls_[i]);
    insert_many_.run();
  } else {
    for (std::size_t i = 0; i < used_; ++i) {
      if (duplicate_[i]) continue;
      bind_call(insert_one_, 0, calls_[i]);
      insert_one_.run();
    }
  }
  // The totals wait in memory (their adds merged) and are written every
  // kTotalsRows calls and by flush(): one transaction either way, and a
  // quarter hour's key is written once per wait instead of once per batch.
  if (totals_.pending() >= kTotalsRows) totals_.write();
}

}  // namespace kolmi::store
