#pragma once
// Call totals: counts and talk time of calls per quarter hour, kept up to
// date in the same transaction as every write of calls, so the main page and
// the statistics cost the same at ten calls or ten million (issue 14 item 5).
//
// Why quarter hours, not days: stats and the main page count by the user's
// LOCAL day, in a zone an admin can change, so totals per UTC day would not
// add up to a local day. Every zone tzdata has today starts its days on a
// quarter hour in UTC (+05:30, +05:45, +08:45 included), so a local day or
// month is a run of whole quarters; a period's ragged edges (any zone,
// any --from) are read from the calls themselves, and so is any quarter a
// local midnight falls inside (historical offsets like +00:19:32). Results
// are exactly those of counting the calls.
//
// Tables (schema version 8):
//  - call_user_totals: calls with a user_id (the user's outgoing calls), by
//    (user_id, slot, outcome);
//  - call_device_totals: calls to a device (dst_device_id), by (device,
//    slot, caller_id, outcome); caller_id is calls.user_id or -1 for none,
//    so a user's incoming half can leave out the calls they made themselves;
//  - call_missed_totals: per device, its missed calls not yet processed
//    (disposition not ANSWERED, processed = 0).
// A slot is the calldate floored to its quarter hour, 'YYYY-MM-DD HH:MM:00'
// (so slots compare with period bounds as calldates do, as text); a calldate
// not of the form 'DDDD-DD-DD DD:[0-5]D:[0-5]D' (written by something else
// than kolmi) is its own slot, verbatim. Outcomes are CallOutcome's.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/store/call_list.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// Collects what new calls add to the totals, then writes it with a few
// multi-row upserts. Used by the call writer for each batch.
class CallTotalsUpdate {
 public:
  // Prepares nothing yet. Keeps a reference to `db`.
  explicit CallTotalsUpdate(Database& db) : db_(db) { forget_recent(); }
  // One new call's stored fields (calldate is the stored text, 19 bytes).
  void add(std::string_view calldate, const std::optional<std::int64_t>& user_id,
           const std::optional<std::int64_t>& dst_device, std::string_view disposition, std::int64_t billsec,
           std::int64_t processed);
  // Writes what was added since the last write. Throws Error(storage).
  void write();
  // Calls added since the last write.
  std::size_t pending() const { return pending_; }

 private:
  using Slot = std::array<char, 19>;
  struct UserRow {
    std::int64_t user;
    Slot slot;
    int outcome;
    std::int64_t calls, billsec;
  };
  struct DeviceRow {
    std::int64_t device;
    Slot slot;
    std::int64_t caller;
    int outcome;
    std::int64_t calls, billsec;
  };
  struct MissedRow {
    std::int64_t device, calls;
  };
  void forget_recent() {
    recent_user_.fill(kNone);
    recent_device_.fill(kNone);
  }
  Statement& upsert(std::vector<std::optional<Statement>>& cache, std::string_view head, std::string_view row,
                    std::string_view tail, std::size_t rows);

  Database& db_;
  std::size_t pending_ = 0;
  std::vector<UserRow> users_;
  std::vector<DeviceRow> devices_;
  std::vector<MissedRow> missed_;
  // Where a key's row was last put, by a hash of the key (kNone: nowhere):
  // a call adds to its key's row instead of adding one (a missed hash only
  // adds a row that write() merges).
  static constexpr std::size_t kRecent = 1024, kNone = ~std::size_t{0};
  std::array<std::size_t, kRecent> recent_user_, recent_device_;
  std::vector<std::optional<Statement>> user_upserts_, device_upserts_, missed_upserts_;  // by rows - 1
};

// Call `call_id` of the user `user_id` is about to be marked processed: when
// it is one of their missed calls still unprocessed, it leaves its device's
// count. Run it in the transaction of the UPDATE, before it. Throws Error(storage).
void count_missed_call_processed(Database& db, std::int64_t call_id, std::int64_t user_id);

// Counts call `call_id` (inserted by other means than CallBatchWriter: test
// fixtures) into the totals. Throws Error(storage).
void count_stored_call(Database& db, std::int64_t call_id);

// Empties the totals and counts every stored call again (the migration to
// schema 8; tests compare the kept totals with it). Throws Error(storage).
void rebuild_call_totals(Database& db);

// Which calls a visit covers.
enum class CallHalves {
  user_calls,  // the user's calls: outgoing (user_id) and to their devices from anyone else
  to_devices,  // every call to the user's devices, their own included (missed calls)
};

// Calls of one half with one outcome that started within one quarter hour,
// or one call.
struct CallGroup {
  bool outgoing = false;  // for to_devices, always false
  CallOutcome outcome = CallOutcome::answered;
  std::int64_t calls = 0;
  std::int64_t billsec = 0;
  // The start of the group's quarter (or of its one call); nullopt when the
  // stored text is no valid time. Every call of the group lies in
  // [start, start + 15 min), and on the same side of every split.
  std::optional<Seconds> start;
};

// Visits the calls of `user_id` that started in [from, till) in groups.
// `split(first, last)`, when given, says whether calls started between the
// two instants (the ends of a quarter) must not share a group (the stats
// page: they might fall on two local days); such a quarter is read call by
// call. Throws Error(storage).
void visit_call_groups(Database& db, std::int64_t user_id, Seconds from, Seconds till, CallHalves halves,
                       const std::function<bool(Seconds, Seconds)>& split,
                       const std::function<void(const CallGroup&)>& visit);

// The user's missed calls not yet processed, of any date: a sum over their
// devices.
std::int64_t unprocessed_missed_total(Database& db, std::int64_t user_id);

}  // namespace kolmi::store
