#include "core/store/call_batch_writer.hpp"

#include <algorithm>
#include <functional>
#include <string>

namespace kolmi::store {

namespace {

constexpr std::size_t kBatch = 100;  // 3,000 insert parameters, well under SQLite's 32,766
constexpr int kColumns = 30;
constexpr std::size_t kTotalsRows = 50'000;  // calls' totals kept in memory before they are written

// SQLite. OR IGNORE (the import): a stored call is skipped, and only that:
// every other constraint of calls is met by what the writer binds. OR
// ROLLBACK (the demo): a failing row ends the whole transaction, which the
// caller would roll back anyway. Both spare SQLite the statement journal
// that the default (ABORT) keeps to undo just the statement: for a
// multi-row INSERT that meant copying every page it touched to a temporary
// file (5x the writes).
constexpr std::string_view kSqliteSkipVerb = "INSERT OR IGNORE";
constexpr std::string_view kSqliteStoreVerb = "INSERT OR ROLLBACK";
// MariaDB: a failing statement is undone alone and the caller rolls back the
// transaction. Not INSERT IGNORE: it would also turn a too-long value into
// a cut one with a warning (STRICT_ALL_TABLES makes it an error).
constexpr std::string_view kMariadbVerb = "INSERT";
constexpr std::string_view kMariadbSkipTail = " ON DUPLICATE KEY UPDATE id = id RETURNING id, uniqueid, cdr_hash";
constexpr std::string_view kInsert =
    " INTO calls (calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, "
    "lastdata, duration, billsec, disposition, accountcode, uniqueid, userfield, src_device_id, "
    "dst_device_id, user_id, user_rate, user_billsec, user_price, prefix, hangupcause, localized_dst, "
    "processed, cdr_hash, provider_id, provider_rate, provider_billsec, provider_price) VALUES ";
constexpr std::string_view kRow =
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

Statement prepare_insert(Database& db, Duplicates mode, std::size_t rows) {
  const bool sqlite = db.dialect() == Dialect::sqlite;
  std::string sql(sqlite ? (mode == Duplicates::skip ? kSqliteSkipVerb : kSqliteStoreVerb) : kMariadbVerb);
  sql += kInsert;
  for (std::size_t i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += kRow;
  }
  if (!sqlite && mode == Duplicates::skip) sql += kMariadbSkipTail;
  return db.prepare(sql);
}

void bind_call(Statement& s, int first, const NewCall& c, std::int64_t hash) {
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
  s.bind(++i, hash);
  s.bind(++i, c.provider_id);
  s.bind(++i, c.provider_rate);
  s.bind(++i, c.provider_billsec);
  s.bind(++i, c.provider_price);
}

}  // namespace

CallBatchWriter::CallBatchWriter(Database& db, Duplicates duplicates)
    : db_(db),
      mode_(duplicates),
      insert_many_(prepare_insert(db, duplicates, kBatch)),
      insert_one_(prepare_insert(db, duplicates, 1)),
      totals_(db),
      calls_(kBatch),
      slot_(kBatch),
      hashes_(kBatch) {
  fresh_.reserve(kBatch);
  if (mode_ != Duplicates::skip) return;
  if (db.dialect() == Dialect::sqlite) {
    newest_.emplace(db.prepare("SELECT uniqueid, cdr_hash FROM calls ORDER BY id DESC LIMIT ?"));
  } else {
    Statement s = db.prepare("SELECT COALESCE(MAX(id), 0) FROM calls");
    s.step();
    max_id_ = s.int64(0);
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
  for (std::size_t i = 0; i < used_; ++i) {
    hashes_[i] = hasher_(identity_of(calls_[i]));
    slot_[i] = Slot::fresh;
  }
  if (mode_ == Duplicates::skip) mark_batch_duplicates();
  insert_fresh();
  for (std::size_t i = 0; i < used_; ++i) {
    if (slot_[i] != Slot::stored) {
      ++duplicates_;
      continue;
    }
    ++stored_;
    const NewCall& c = calls_[i];
    totals_.add(c.calldate_text(), c.user_id, c.dst_device, c.disposition, c.billsec, c.processed);
    if (on_stored_) on_stored_(c);
  }
  used_ = 0;
  // The totals wait in memory (their adds merged) and are written every
  // kTotalsRows calls and by flush(): one transaction either way, and a
  // quarter hour's key is written once per wait instead of once per batch.
  if (totals_.pending() >= kTotalsRows) totals_.write();
}

void CallBatchWriter::mark_batch_duplicates() {
  // Earlier batches are in the database already (the key skips their
  // calls); within this one, a record with the identity of an earlier slot
  // is a duplicate of it.
  for (std::size_t i = 1; i < used_; ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (hashes_[i] == hashes_[j] && slot_[j] == Slot::fresh && calls_[i].uniqueid == calls_[j].uniqueid) {
        slot_[i] = Slot::duplicate;
        break;
      }
    }
  }
}

void CallBatchWriter::insert_fresh() {
  fresh_.clear();
  for (std::size_t i = 0; i < used_; ++i) {
    if (slot_[i] == Slot::fresh) fresh_.push_back(i);
  }
  if (fresh_.size() == kBatch) {
    for (std::size_t i = 0; i < kBatch; ++i) {
      bind_call(insert_many_, static_cast<int>(i) * kColumns, calls_[i], hashes_[i]);
    }
    mark_stored(insert_many_, 0, kBatch);
    return;
  }
  for (std::size_t i : fresh_) {
    bind_call(insert_one_, 0, calls_[i], hashes_[i]);
    mark_stored(insert_one_, i, 1);
  }
}

// Runs `insert` of the fresh slots [first, first + count) and marks those it stored.
void CallBatchWriter::mark_stored(Statement& insert, std::size_t first, std::size_t count) {
  const std::size_t end = first + count;
  if (mode_ == Duplicates::store) {
    insert.run();
    for (std::size_t i = first; i < end; ++i) slot_[i] = Slot::stored;
  } else if (db_.dialect() == Dialect::mariadb) {
    mark_returned(insert);
  } else {
    insert.run();
    const std::int64_t changed = db_.changes();
    if (changed == static_cast<std::int64_t>(count)) {
      for (std::size_t i = first; i < end; ++i) slot_[i] = Slot::stored;
    } else if (changed > 0) {
      mark_newest(changed, first, end);
    }
  }
}

// MariaDB: every row comes back, a stored one with its new id.
void CallBatchWriter::mark_returned(Statement& insert) {
  std::int64_t top = max_id_;
  while (insert.step()) {
    const std::int64_t id = insert.int64(0);
    if (id <= max_id_) continue;  // a call stored before
    top = std::max(top, id);
    const std::size_t i = slot_of(insert.text(1), insert.int64(2), 0, used_);
    if (i < used_) slot_[i] = Slot::stored;
  }
  insert.reset();
  max_id_ = top;
}

// SQLite: the `count` newest rows are the ones the insert stored.
void CallBatchWriter::mark_newest(std::int64_t count, std::size_t first, std::size_t end) {
  newest_->bind(1, count);
  while (newest_->step()) {
    const std::size_t i = slot_of(newest_->text(0), newest_->int64(1), first, end);
    if (i < end) slot_[i] = Slot::stored;
  }
  newest_->reset();
}

// The fresh slot in [first, end) with this identity; `end` when none.
std::size_t CallBatchWriter::slot_of(std::string_view uniqueid, std::int64_t hash, std::size_t first,
                                     std::size_t end) const {
  for (std::size_t i = first; i < end; ++i) {
    if (slot_[i] == Slot::fresh && hashes_[i] == hash && calls_[i].uniqueid == uniqueid) return i;
  }
  return end;
}

}  // namespace kolmi::store
