#pragma once
// Every call in the database, not one user's (kolmi admin calls): a cursor
// that yields one row at a time in start order, straight from the database
// (on MariaDB streamed, Statement::stream: nothing else runs on the
// connection until the last row is read), so memory stays flat for any
// number of calls.
//
// Each row carries what an operator asks about a call: its owner (the user
// who pays, calls.user_id, or for a call to one of our devices the user of
// that device), the prefix and destination matched, the stored rate, billed
// seconds and price, and, for an unrated call, why: read from the database
// as it is now (a tariff added since the import does not rate the call; it
// does change the reason shown).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/call_list.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// Why a call has no price (calls.user_price IS NULL), in the order the
// import decides it (core/import/call_pricing.cpp, core/rating/rater.cpp).
enum class UnratedReason {
  no_device,       // no device of ours made or took the call
  no_tariff,       // the paying user has no tariff (or its row is gone)
  no_destination,  // no destination prefix matched the number (calls.prefix NULL)
  no_rate,         // a destination matched, but the tariff prices neither it nor its group
};
std::string_view reason_text(UnratedReason reason);  // "no device", "no tariff", ...

// The reason of an unrated call from its stored facts.
UnratedReason unrated_reason(bool has_device, bool owner_has_tariff, bool has_prefix);

struct AdminCallFilter {
  // Calls that started in [from, till), UTC; the defaults take every call.
  Seconds from = CallFilter{}.from;
  Seconds till = CallFilter{}.till;
  std::optional<std::int64_t> user_id;    // made by the user (user_id) or to one of their devices
  std::optional<std::int64_t> device_id;  // made by (src) or to (dst) the device
  // SQLite GLOB patterns over src and dst: only digits, '+' and '*', so
  // nothing else in them is special (console/call_search makes them).
  std::optional<std::string> src_glob, dst_glob;
  std::optional<CallOutcome> outcome;  // FAILED is every disposition but the other three
  bool unrated = false;                // no price
  bool unassigned = false;             // neither device known
  bool no_provider = false;            // outgoing without a buy price (no provider, or no rate in its tariff)
  std::optional<std::string> uniqueid;
  std::optional<std::int64_t> limit;  // at most this many rows
};

// One call. The views point into SQLite's row and are valid until the
// cursor moves on.
struct AdminCallRow {
  std::int64_t id = 0;
  std::string_view calldate;  // UTC 'YYYY-MM-DD HH:MM:SS' as stored
  std::optional<std::int64_t> owner_id;
  std::string_view owner_login;           // "" when no owner
  std::string_view owner_zone;            // users.time_zone; "" when no owner
  std::optional<std::int64_t> device_id;  // the caller's device, else the callee's
  std::string_view src;
  std::string_view dst;
  std::optional<std::string_view> prefix;  // matched destination prefix
  std::string_view destination;            // its name; "" when none
  std::string_view disposition;
  std::int64_t duration = 0;
  std::int64_t billsec = 0;
  std::optional<std::int64_t> billed_seconds;  // calls.user_billsec
  std::optional<Decimal> rate;                 // per minute, default currency
  std::optional<Decimal> price;                // without VAT, default currency
  std::optional<UnratedReason> unrated;        // set exactly when price is not
  std::string_view provider;                   // the provider's name; "" when none
  std::optional<Decimal> cost;                 // calls.provider_price, default currency
};

class AdminCallCursor {
 public:
  // The calls of `filter`, oldest first, ties by id. Prepared here, so a
  // bad query fails before anything is written. Throws Error(storage).
  static AdminCallCursor open(Database& db, const AdminCallFilter& filter);

  // Moves to the next call; false when there is none. Throws Error(storage).
  bool next();
  const AdminCallRow& row() const { return row_; }

 private:
  explicit AdminCallCursor(Statement s) : statement_(std::move(s)) {}
  Statement statement_;
  bool done_ = false;
  AdminCallRow row_;
};

// A number pattern of console/call_search (GLOB syntax: digits, '+' and
// '*') as the dialect matches it: the GLOB itself on SQLite; on MariaDB,
// which has no GLOB, a LIKE pattern ('*' as '%', the pattern's own '%', '_'
// and '!' escaped with '!': use it with ESCAPE '!').
std::string number_pattern(Dialect dialect, const std::string& glob);

// True when device `id` exists (of any user).
bool device_exists(Database& db, std::int64_t id);

}  // namespace kolmi::store
