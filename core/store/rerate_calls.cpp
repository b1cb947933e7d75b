#include "core/store/rerate_calls.hpp"

namespace kolmi::store {

namespace {

// Calls within [?2, ?3) (UTC text); with a user, only the user's (?1),
// read through calls_user_date.
constexpr std::string_view kColumns =
    "SELECT id, user_id, src_device_id, dst_device_id IS NOT NULL, dst, billsec, calldate, user_rate, "
    "user_billsec, user_price, prefix FROM calls ";
constexpr std::string_view kAllCalls = "WHERE ?1 IS NULL AND calldate >= ?2 AND calldate < ?3";
constexpr std::string_view kUserCalls = "WHERE user_id = ?1 AND calldate >= ?2 AND calldate < ?3";

}  // namespace

RerateCallCursor RerateCallCursor::open(Database& db, std::optional<std::int64_t> user_id,
                                        std::string_view lo, std::string_view hi) {
  Statement calls = db.prepare(std::string(kColumns) + std::string(user_id ? kUserCalls : kAllCalls));
  calls.bind(1, user_id).bind(2, lo).bind(3, hi);
  return RerateCallCursor(std::move(calls));
}

CallPriceUpdater::CallPriceUpdater(Database& db)
    : update_(db.prepare(
          "UPDATE calls SET user_rate = ?, user_billsec = ?, user_price = ?, prefix = ? WHERE id = ?")) {}

void CallPriceUpdater::update(std::int64_t call_id, const std::optional<Decimal>& user_rate,
                              const std::optional<std::int64_t>& user_billsec,
                              const std::optional<Decimal>& user_price,
                              const std::optional<std::string>& prefix) {
  update_.bind_all(user_rate, user_billsec, user_price, prefix, call_id);
  update_.run();
}

}  // namespace kolmi::store
