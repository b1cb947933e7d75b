#pragma once
// The one writer of the calls table: `kolmi admin import cdr` and `kolmi
// demo` both store their calls through it, and it keeps the call totals
// (store/call_totals) up to date in the same transaction.
//
// Why batches: a statement run costs SQLite far more to start and end
// (cursors on the table and its indexes) than to insert one row. So rows
// collect in reused slots and reach SQLite as one multi-row INSERT whose
// texts are bound in place (Statement::bind_static), straight from the
// slots; row-at-a-time inserts with copied texts spent a third of the time
// copying bound texts and starting and ending statements.
//
// Duplicates (the import's rule): a call is already stored when a stored
// call has the same value in every field of the CDR that the calls table
// keeps (uniqueid, calldate, clid, src, dst, dcontext, channel, dstchannel,
// lastapp, lastdata, duration, billsec, disposition, accountcode,
// userfield). The uniqueid alone is not enough: Asterisk writes one record
// per Dial attempt, fork and transfer of a channel, all with the channel's
// uniqueid (the real files in tests/data/cdr hold such groups), and those
// are different calls. The rule is the unique key calls_identity (uniqueid,
// cdr_hash), cdr_hash a hash of those fields (store/cdr_identity.hpp): the
// insert itself skips a stored call (SQLite INSERT OR IGNORE, MariaDB ON
// DUPLICATE KEY UPDATE id = id), so two importers running at once cannot
// both store one call, whatever their timing. Within a batch, a call equal
// to an earlier one is its duplicate before anything is inserted.
//
// Which calls were stored (for the totals and on_stored): kolmi's writers
// take turns (Transaction: SQLite's write lock, kolmi's GET_LOCK on
// MariaDB), and ids only grow, so the calls a statement stored are the
// newest rows. SQLite: the statement's change count says how many, and when
// some were skipped the newest rows say which. MariaDB counts a skipped row
// as changed (the session's CLIENT_FOUND_ROWS), so the insert RETURNs every
// row's id: a new row's id is above the largest id the writer has seen.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/call_totals.hpp"
#include "core/store/cdr_identity.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// One row of calls as it is stored (id aside). Slots are reused: whoever
// fills one sets every field.
struct NewCall {
  std::array<char, 19> calldate{};  // UTC 'YYYY-MM-DD HH:MM:SS'
  std::string clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, disposition, accountcode,
      uniqueid, userfield, localized_dst;
  std::optional<std::string> prefix;  // matched destination prefix; NULL when none
  std::int64_t duration = 0, billsec = 0, hangupcause = 0, processed = 0;
  std::optional<std::int64_t> src_device, dst_device, user_id, user_billsec;
  std::optional<Decimal> user_rate, user_price;  // NULL for unrated calls
  // The buy side (schema 10): the provider the call left through and its
  // price by the provider's tariff; NULL when there is none.
  std::optional<std::int64_t> provider_id, provider_billsec;
  std::optional<Decimal> provider_rate, provider_price;
  // The filler's own notes on the call (the import's "unassigned",
  // "unrated"); not stored.
  std::uint8_t marks = 0;

  std::string_view calldate_text() const { return {calldate.data(), calldate.size()}; }
};

enum class Duplicates {
  skip,   // the import's rule above: a call already stored (or earlier in the batch) is not stored again
  store,  // every call is new (the demo makes them): a duplicate is an error
};

class CallBatchWriter {
 public:
  // Prepares the statements. Throws Error(storage).
  CallBatchWriter(Database& db, Duplicates duplicates);
  CallBatchWriter(const CallBatchWriter&) = delete;
  CallBatchWriter& operator=(const CallBatchWriter&) = delete;
  ~CallBatchWriter();

  // Called with every call stored (not with skipped duplicates), in order,
  // when its batch is written.
  void on_stored(std::function<void(const NewCall&)> f) { on_stored_ = std::move(f); }

  // A slot to fill in; writes the full batch first when needed. Throws Error(storage).
  NewCall& next();
  // Gives back the slot the last next() returned, unfilled.
  void drop_last() { --used_; }
  // Writes the calls filled so far, and the totals of every call written
  // (call it before the transaction commits). Throws Error(storage).
  void flush();

  std::int64_t stored() const { return stored_; }
  std::int64_t duplicates() const { return duplicates_; }

 private:
  void write_batch();
  void mark_batch_duplicates();
  void insert_fresh();
  void mark_stored(Statement& insert, std::size_t first, std::size_t count);
  void mark_returned(Statement& insert);
  void mark_newest(std::int64_t count, std::size_t first, std::size_t end);
  std::size_t slot_of(std::string_view uniqueid, std::int64_t hash, std::size_t first, std::size_t end) const;

  enum class Slot : char { fresh, duplicate, stored };

  Database& db_;
  Duplicates mode_;
  Statement insert_many_;            // a full batch of new calls
  Statement insert_one_;             // the rest
  std::optional<Statement> newest_;  // SQLite, skip: the newest calls' identities
  std::int64_t max_id_ = 0;          // MariaDB, skip: the largest calls.id seen
  CallTotalsUpdate totals_;
  CdrHasher hasher_;
  std::vector<NewCall> calls_;
  std::vector<Slot> slot_;             // per slot, for the batch being written
  std::vector<std::int64_t> hashes_;   // per slot: cdr_hash
  std::vector<std::size_t> fresh_;     // slots to insert, in order
  std::size_t used_ = 0;
  std::function<void(const NewCall&)> on_stored_;
  std::int64_t stored_ = 0, duplicates_ = 0;
};

}  // namespace kolmi::store
