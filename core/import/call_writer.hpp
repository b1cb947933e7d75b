#pragma once
// Writes imported calls in batches, skipping records already stored.
//
// A record is already stored when a call with the same uniqueid also has
// the same value in every other field of the CDR that the calls table keeps
// (calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp,
// lastdata, duration, billsec, disposition, accountcode, userfield). The
// uniqueid alone is not enough: Asterisk writes one record per Dial
// attempt, fork and transfer of a channel, all with the channel's uniqueid
// (the real files in tests/data/cdr hold such groups), and those are
// different calls.
//
// Why batches: a statement run costs SQLite far more to start and end
// (cursors on the table and its five indexes) than to insert one row. So a
// batch of rows is checked with one indexed `uniqueid IN (...)` query (or
// none, when no stored uniqueid lies within the batch's range) and inserted
// with one multi-row INSERT whose texts are bound in place, from the batch's
// reused buffers (the same design as core/demo/demo_call_batch).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/import/cdr_record.hpp"
#include "core/import/prepaid_charges.hpp"
#include "core/store/database.hpp"

namespace kolmi::import {

// One call waiting in the batch: the CDR plus what the import adds.
struct PendingCall {
  CdrRecord cdr;
  std::array<char, 19> calldate{};  // UTC 'YYYY-MM-DD HH:MM:SS'
  std::string uniqueid;             // the record's, or the synthetic one
  std::optional<std::int64_t> src_device, dst_device, user_id;
  std::optional<Decimal> user_rate;
  std::optional<std::int64_t> user_billsec;
  std::optional<Decimal> user_price;
  std::optional<std::string> prefix;  // matched destination prefix
  std::int64_t hangupcause = 0;
  bool unassigned = false;  // for the summary, counted only when stored
  bool unrated = false;

  std::string_view calldate_text() const { return {calldate.data(), calldate.size()}; }
};

class CallWriter {
 public:
  // Prepares the statements. Throws Error(storage).
  explicit CallWriter(store::Database& db);
  CallWriter(const CallWriter&) = delete;
  CallWriter& operator=(const CallWriter&) = delete;
  ~CallWriter();

  // A slot to fill in; writes the full batch first when needed. Every field
  // of the slot must be set (slots are reused). Throws Error(storage).
  PendingCall& next();
  // Gives back the slot the last next() returned, unfilled.
  void drop_last() { --used_; }
  // Writes the calls filled so far. Throws Error(storage).
  void flush();

  std::int64_t imported() const { return imported_; }
  std::int64_t duplicates() const { return duplicates_; }
  std::int64_t unassigned() const { return unassigned_; }
  std::int64_t unrated() const { return unrated_; }
  // The prices of the calls written so far, per user, for the prepaid
  // users' balances (duplicates skipped cost nothing again).
  const PrepaidCharges& charges() const { return charges_; }

 private:
  void mark_stored_duplicates();
  void mark_batch_duplicates();
  void insert_new();

  store::Statement range_;        // is any stored uniqueid within the batch's range?
  store::Statement lookup_;       // stored calls with one of the batch's uniqueids
  store::Statement insert_many_;  // a full batch of new calls
  store::Statement insert_one_;   // the rest
  std::vector<PendingCall> calls_;
  std::vector<char> duplicate_;      // per slot, for the batch being written
  std::vector<std::size_t> hashes_;  // per slot: hash of the uniqueid
  std::size_t used_ = 0;
  PrepaidCharges charges_;
  std::int64_t imported_ = 0, duplicates_ = 0, unassigned_ = 0, unrated_ = 0;
};

}  // namespace kolmi::import
