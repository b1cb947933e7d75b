#pragma once
// The SQL of `kolmi admin rerate` (import/rerate): the calls of a period
// with what pricing needs and their stored price, and the price update.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// A forward-only cursor over the calls that started in [lo, hi) (UTC text);
// with a user, only the user's outgoing calls, read through calls_user_date.
// Accessors read the current row; views are valid until the next step().
//
// Rerate writes each call's new price while it reads, in one transaction
// on one connection, so on MariaDB the list cannot be one streamed result
// (Statement::stream: that connection would run nothing else until the last
// row). Nor is it buffered whole (ten million calls): it is read in pages
// of kRerateChunk calls in index order, each page a buffered result that
// starts where the last one ended (keyset pagination: start time, then
// billsec with a user, then id), so memory stays flat and the connection is
// free between rows. SQLite reads it as one statement.
inline constexpr std::int64_t kRerateChunk = 5000;

class RerateCallCursor {
 public:
  static RerateCallCursor open(Database& db, std::optional<std::int64_t> user_id, std::string_view lo,
                               std::string_view hi);
  // Advances to the next call; false after the last (and on every call
  // after that). Throws Error(storage).
  bool step();

  std::int64_t id() const { return s_.int64(0); }
  std::optional<std::int64_t> user_id() const { return s_.opt_int64(1); }
  std::optional<std::int64_t> src_device_id() const { return s_.opt_int64(2); }
  bool callee_known() const { return s_.int64(3) != 0; }  // dst_device_id is set
  std::string_view dst() const { return s_.text(4); }
  std::int64_t billsec() const { return s_.int64(5); }
  std::string_view calldate() const { return s_.text(6); }
  // The stored price columns (NULL: nullopt).
  std::optional<std::int64_t> user_rate_nanos() const { return s_.opt_int64(7); }
  std::optional<std::int64_t> user_billsec() const { return s_.opt_int64(8); }
  std::optional<Decimal> user_price() const { return s_.opt_decimal(9); }
  std::optional<std::string_view> prefix() const {
    return s_.is_null(10) ? std::nullopt : std::optional<std::string_view>(s_.text(10));
  }
  // The buy side: the channel its provider is found from, and the stored columns.
  std::string_view dstchannel() const { return s_.text(11); }
  std::optional<std::int64_t> provider_id() const { return s_.opt_int64(12); }
  std::optional<Decimal> provider_rate() const { return s_.opt_decimal(13); }
  std::optional<std::int64_t> provider_billsec() const { return s_.opt_int64(14); }
  std::optional<Decimal> provider_price() const { return s_.opt_decimal(15); }

 private:
  RerateCallCursor(Statement s, bool paged) : s_(std::move(s)), paged_(paged) {}
  Statement s_;
  bool paged_ = false;  // MariaDB: pages of kRerateChunk (see above)
  bool done_ = false;
  std::int64_t in_page_ = 0;  // rows of the current page read so far
  // The last row's key: where the next page starts.
  std::string last_calldate_;
  std::int64_t last_billsec_ = 0;
  std::int64_t last_id_ = 0;
};

// A call's price columns, both sides (import/call_pricing's CallPrice is one).
struct CallPriceColumns {
  std::optional<Decimal> user_rate;
  std::optional<std::int64_t> user_billsec;
  std::optional<Decimal> user_price;
  std::optional<std::string> prefix;
  std::optional<std::int64_t> provider_id;
  std::optional<Decimal> provider_rate;
  std::optional<std::int64_t> provider_billsec;
  std::optional<Decimal> provider_price;
};

// Writes a call's new price, prepared once. Updating rows of the table a
// RerateCallCursor reads is safe: the scan is by id or by calls_user_date,
// and neither holds a column that changes.
class CallPriceUpdater {
 public:
  explicit CallPriceUpdater(Database& db);
  // Both sides' columns from `price`.
  void update(std::int64_t call_id, const CallPriceColumns& price);

 private:
  Statement update_;
};

}  // namespace kolmi::store
