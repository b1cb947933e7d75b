#pragma once
// The call lists of the calls, new calls and missed calls pages (and of the
// call list exports): a cursor that yields one plain row at a time, oldest
// first, straight from the database, so a list of a million calls needs no more
// memory than a list of ten.
//
// Whose calls (shared/spec/domain.md): the user's outgoing calls are those
// with calls.user_id = the user; their incoming calls are those to one of
// their devices (calls.dst_device_id) placed by anyone else. An internal call
// between two of the user's own devices is one outgoing call. The device
// filter applies to the calling device (src_device_id) of an outgoing call
// and to the called device (dst_device_id) of an incoming one.
//
// Each half is read in calldate order through its own index range
// (calls_user_date for the outgoing calls, calls_dst_device_date once per
// device for the incoming ones) and the ranges are merged here, so no
// sorting happens anywhere.
//
// On MariaDB the list is one streamed statement (Statement::stream: rows
// come from the server one at a time, so memory stays flat there too) whose
// halves the server merges in the same order. While it is being read the
// connection runs nothing else: read what a page needs before the first
// next(), or after the last.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/text/string_map.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

enum class CallDirection { all, incoming, outgoing };
// How a call ended, from calls.disposition: ANSWERED, NO ANSWER, BUSY; every
// other disposition (FAILED, CONGESTION, anything unknown) is failed, so
// the four outcomes always add up to all calls.
enum class CallOutcome { answered, no_answer, busy, failed };
CallOutcome outcome_of(std::string_view disposition);

struct CallFilter {
  std::int64_t user_id = 0;
  // Calls that started in [from, till), UTC. The defaults take every call
  // (bounds are compared as 'YYYY-MM-DD HH:MM:SS' text, so they stay within
  // four-digit years).
  Seconds from = Seconds{std::chrono::seconds{-62'135'596'800}};  // 0001-01-01 00:00:00
  Seconds till = Seconds{std::chrono::seconds{253'402'300'799}};  // 9999-12-31 23:59:59
  CallDirection direction = CallDirection::all;
  std::optional<CallOutcome> outcome;     // nullopt: any
  std::optional<std::int64_t> device_id;  // nullopt: all the user's devices
};

// One call of a list. The views point into SQLite's row and are valid until
// the cursor moves on; copy what must outlive the row.
struct CallRow {
  std::int64_t id = 0;
  std::optional<Seconds> calldate;  // start; nullopt when the stored text is malformed
  std::string_view src;             // called from
  std::string_view dst;             // called to
  std::string_view destination;     // destinations.name of calls.prefix; "" when none
  std::int64_t billsec = 0;         // talk time
  std::int64_t duration = 0;        // ringing and talk time
  std::string_view disposition;
  // What the user pays, without VAT, in the default currency: calls.user_price
  // of an outgoing call (nullopt when it was not rated); 0 for an incoming call,
  // whose stored price, if any, is the caller's.
  std::optional<Decimal> price;
  bool outgoing = false;
  bool processed = false;  // calls.processed: a missed call handled
};

class CallCursor {
 public:
  // The calls of `filter`, oldest first; calls that started in the same
  // second come outgoing first, then by device. Throws Error(storage).
  static CallCursor open(Database& db, const CallFilter& filter);
  // The user's missed calls that started in [from, till): calls to their
  // devices (from anyone, their own devices included) whose disposition is
  // not ANSWERED, as the main page counts them.
  static CallCursor missed(Database& db, std::int64_t user_id, Seconds from, Seconds till);

  CallCursor(CallCursor&&) noexcept = default;
  CallCursor& operator=(CallCursor&&) noexcept = default;

  // Moves to the next call; false when there is none. Throws Error(storage).
  bool next();
  const CallRow& row() const { return row_; }

 private:
  struct Source {
    Statement statement;
    bool outgoing = false;
    bool merged = false;  // MariaDB: one statement of both halves, each row saying which
    bool has_row = false;
    std::string_view calldate{};  // of the current row: the merge key
  };
  // `names_db`: where to name the rows' prefixes (SQLite); nullptr when the
  // rows carry the names (MariaDB).
  explicit CallCursor(std::vector<Source> sources, Database* names_db = nullptr)
      : sources_(std::move(sources)), names_db_(names_db) {}
  static CallCursor merged(Database& db, const std::vector<std::string>& halves, std::int64_t user_id,
                           Seconds from, Seconds till, std::optional<std::int64_t> device_id,
                           const std::vector<std::int64_t>& devices);
  void advance(Source& source);
  void load_row(const Source& source);
  std::string_view destination_name(const Statement& s);

  std::vector<Source> sources_;
  std::vector<std::size_t> heap_;  // sources with a row, earliest calldate on top
  bool started_ = false;
  bool done_ = false;
  std::size_t current_ = 0;
  CallRow row_;
  Database* names_db_ = nullptr;
  std::optional<Statement> name_lookup_;
  text::StringMap<std::string> names_;  // destination names by prefix, looked up as rows need them
};

// How many calls `filter` lists: index-only counts when no outcome or
// device filter applies.
std::int64_t count_calls(Database& db, const CallFilter& filter);

struct AnswerCounts {
  std::int64_t calls = 0;
  std::int64_t answered = 0;
};
// All and answered calls of the user (both directions) in [from, till).
AnswerCounts answer_counts(Database& db, std::int64_t user_id, Seconds from, Seconds till);

// The ids of the user's devices, ascending.
std::vector<std::int64_t> user_device_ids(Database& db, std::int64_t user_id);
// True when `device_id` is one of the user's devices.
bool user_has_device(Database& db, std::int64_t user_id, std::int64_t device_id);

}  // namespace kolmi::store
