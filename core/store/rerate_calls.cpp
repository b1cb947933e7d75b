#include "core/store/rerate_calls.hpp"

#include <limits>

namespace kolmi::store {

namespace {

// Calls within [?2, ?3) (UTC text); with a user, only the user's (?1),
// read through calls_user_date.
constexpr std::string_view kColumns =
    "SELECT id, user_id, src_device_id, dst_device_id IS NOT NULL, dst, billsec, calldate, user_rate, "
    "user_billsec, user_price, prefix, dstchannel, provider_id, provider_rate, provider_billsec, provider_price "
    "FROM calls ";
constexpr std::string_view kAllCalls = "WHERE ?1 IS NULL AND calldate >= ?2 AND calldate < ?3";
constexpr std::string_view kUserCalls = "WHERE user_id = ?1 AND calldate >= ?2 AND calldate < ?3";
// MariaDB's pages (rerate_calls.hpp): after the key ?4 (calldate), ?5
// (billsec), ?6 (id), in the order of the index read, at most ?7 rows.
// The first page's key lies before every row.
constexpr std::string_view kAllCallsPage =
    " AND calldate >= ?4 AND (calldate > ?4 OR id > ?6) ORDER BY calldate, id LIMIT ?7";
constexpr std::string_view kUserCallsPage =
    " AND calldate >= ?4 AND (calldate > ?4 OR billsec > ?5 OR (billsec = ?5 AND id > ?6)) "
    "ORDER BY calldate, billsec, id LIMIT ?7";
constexpr std::int64_t kBeforeAll = std::numeric_limits<std::int64_t>::min();

}  // namespace

RerateCallCursor RerateCallCursor::open(Database& db, std::optional<std::int64_t> user_id,
                                        std::string_view lo, std::string_view hi) {
  std::string sql = std::string(kColumns) + std::string(user_id ? kUserCalls : kAllCalls);
  const bool paged = db.dialect() == Dialect::mariadb;
  if (paged) sql += user_id ? kUserCallsPage : kAllCallsPage;
  Statement calls = db.prepare(sql);
  calls.bind(1, user_id).bind(2, lo).bind(3, hi);
  if (paged) calls.bind(4, lo).bind(5, kBeforeAll).bind(6, kBeforeAll).bind(7, kRerateChunk);
  return RerateCallCursor(std::move(calls), paged);
}

bool RerateCallCursor::step() {
  if (done_) return false;
  if (!paged_) {
    done_ = !s_.step();
    return !done_;
  }
  if (!s_.step()) {
    if (in_page_ < kRerateChunk) {  // a short page is the last
      done_ = true;
      return false;
    }
    s_.reset();
    s_.bind(4, last_calldate_).bind(5, last_billsec_).bind(6, last_id_);
    in_page_ = 0;
    if (!s_.step()) {
      done_ = true;
      return false;
    }
  }
  ++in_page_;
  last_calldate_.assign(calldate());
  last_billsec_ = billsec();
  last_id_ = id();
  return true;
}

CallPriceUpdater::CallPriceUpdater(Database& db)
    : update_(db.prepare(
          "UPDATE calls SET user_rate = ?, user_billsec = ?, user_price = ?, prefix = ?, provider_id = ?, "
          "provider_rate = ?, provider_billsec = ?, provider_price = ? WHERE id = ?")) {}

void CallPriceUpdater::update(std::int64_t call_id, const CallPriceColumns& p) {
  update_.bind_all(p.user_rate, p.user_billsec, p.user_price, p.prefix, p.provider_id, p.provider_rate,
                   p.provider_billsec, p.provider_price, call_id);
  update_.run();
}

}  // namespace kolmi::store
