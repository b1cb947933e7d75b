#include "core/store/admin_call_list.hpp"

#include <string>

#include "core/time/datetime.hpp"

namespace kolmi::store {

namespace {

// SQL is put together from the fixed fragments below, never from input;
// every value is bound: ?1 from, ?2 till, ?3 user, ?4 device, ?5 src glob,
// ?6 dst glob, ?7 uniqueid, ?8 limit (-1: none).
//
// The owner is the paying user (calls.user_id) or, for a call no device of
// ours made, the user of the device it reached; the callee's device is
// looked up only then. The tariff join answers "no tariff" for the reason.
constexpr std::string_view kSelect =
    "SELECT c.id, c.calldate, o.id, o.username, o.time_zone, COALESCE(c.src_device_id, c.dst_device_id), "
    "c.src, c.dst, c.prefix, d.name, c.disposition, c.duration, c.billsec, c.user_billsec, c.user_rate, "
    "c.user_price, t.id IS NOT NULL, pr.name, c.provider_price "
    "FROM calls c "
    "LEFT JOIN devices dd ON dd.id = c.dst_device_id AND c.user_id IS NULL "
    "LEFT JOIN users o ON o.id = COALESCE(c.user_id, dd.user_id) "
    "LEFT JOIN tariffs t ON t.id = o.tariff_id "
    "LEFT JOIN destinations d ON d.prefix = c.prefix "
    "LEFT JOIN providers pr ON pr.id = c.provider_id "
    // calls_date (migration 5) reads the period in this order, ties by id.
    "WHERE c.calldate >= ?1 AND c.calldate < ?2";
constexpr std::string_view kUser =
    " AND (c.user_id = ?3 OR c.dst_device_id IN (SELECT id FROM devices WHERE user_id = ?3))";
constexpr std::string_view kDeviceFilter = " AND (c.src_device_id = ?4 OR c.dst_device_id = ?4)";
constexpr std::string_view kSrcFilter = " AND c.src GLOB ?5";
constexpr std::string_view kDstFilter = " AND c.dst GLOB ?6";
// MariaDB has no GLOB: the same match is LIKE with '*' as '%' and the
// pattern's own '%', '_' and '!' escaped; the session's byte-wise collation
// makes it as case-sensitive as GLOB.
constexpr std::string_view kSrcLike = " AND c.src LIKE ?5 ESCAPE '!'";
constexpr std::string_view kDstLike = " AND c.dst LIKE ?6 ESCAPE '!'";

// Written exactly so, it lets SQLite use the small partial index of
// unrated calls (calls_unrated_date).
constexpr std::string_view kUnrated = " AND c.user_price IS NULL";
// MariaDB's calls_unrated_date is on the virtual column unrated_calldate
// (the calldate of an unrated call, else NULL: schema_mariadb.cpp): the
// period of it is the unrated calls, and ordering by it (the same as by
// calldate for them) reads that index in order, with no sort.
constexpr std::string_view kUnratedMariadb = " AND c.unrated_calldate >= ?1 AND c.unrated_calldate < ?2";
constexpr std::string_view kOrderUnratedMariadb = " ORDER BY c.unrated_calldate, c.id LIMIT ?8";
constexpr std::string_view kUnassigned = " AND c.src_device_id IS NULL AND c.dst_device_id IS NULL";
// Outgoing (our caller, not our callee) and no buy price: call_pricing.hpp.
constexpr std::string_view kNoProvider =
    " AND c.user_id IS NOT NULL AND c.dst_device_id IS NULL AND c.provider_price IS NULL";
constexpr std::string_view kUniqueid = " AND c.uniqueid = ?7";
constexpr std::string_view kOrder = " ORDER BY c.calldate, c.id LIMIT ?8";

enum Column {
  kId,
  kCalldate,
  kOwnerId,
  kOwnerLogin,
  kOwnerZone,
  kDevice,
  kSrc,
  kDst,
  kPrefix,
  kDestination,
  kDisposition,
  kDuration,
  kBillsec,
  kBilledSeconds,
  kRate,
  kPrice,
  kHasTariff,
  kProvider,
  kCost,
};

std::string_view outcome_sql(const std::optional<CallOutcome>& outcome) {
  if (!outcome) return {};
  switch (*outcome) {
    case CallOutcome::answered:
      return " AND c.disposition = 'ANSWERED'";
    case CallOutcome::no_answer:
      return " AND c.disposition = 'NO ANSWER'";
    case CallOutcome::busy:
      return " AND c.disposition = 'BUSY'";
    case CallOutcome::failed:
      return " AND c.disposition NOT IN ('ANSWERED', 'NO ANSWER', 'BUSY')";
  }
  return {};
}

std::string admin_calls_sql(Dialect dialect, const AdminCallFilter& f) {
  const bool like = dialect == Dialect::mariadb;
  std::string sql(kSelect);
  if (f.user_id) sql += kUser;
  if (f.device_id) sql += kDeviceFilter;
  if (f.src_glob) sql += like ? kSrcLike : kSrcFilter;
  if (f.dst_glob) sql += like ? kDstLike : kDstFilter;
  sql += outcome_sql(f.outcome);
  const bool unrated_index = f.unrated && dialect == Dialect::mariadb;
  if (f.unrated) sql += unrated_index ? kUnratedMariadb : kUnrated;
  if (f.unassigned) sql += kUnassigned;
  if (f.no_provider) sql += kNoProvider;
  if (f.uniqueid) sql += kUniqueid;
  sql += unrated_index ? kOrderUnratedMariadb : kOrder;
  return sql;
}

}  // namespace

std::string_view reason_text(UnratedReason reason) {
  switch (reason) {
    case UnratedReason::no_device:
      return "no device";
    case UnratedReason::no_tariff:
      return "no tariff";
    case UnratedReason::no_destination:
      return "no destination";
    case UnratedReason::no_rate:
      return "no rate";
  }
  return {};
}

UnratedReason unrated_reason(bool has_device, bool owner_has_tariff, bool has_prefix) {
  if (!has_device) return UnratedReason::no_device;
  if (!owner_has_tariff) return UnratedReason::no_tariff;
  if (!has_prefix) return UnratedReason::no_destination;
  return UnratedReason::no_rate;
}

AdminCallCursor AdminCallCursor::open(Database& db, const AdminCallFilter& f) {
  Statement s = db.prepare(admin_calls_sql(db.dialect(), f));
  s.bind(1, format_utc(f.from));
  s.bind(2, format_utc(f.till));
  if (f.user_id) s.bind(3, *f.user_id);
  if (f.device_id) s.bind(4, *f.device_id);
  if (f.src_glob) s.bind(5, number_pattern(db.dialect(), *f.src_glob));
  if (f.dst_glob) s.bind(6, number_pattern(db.dialect(), *f.dst_glob));
  if (f.uniqueid) s.bind(7, *f.uniqueid);
  s.bind(8, f.limit.value_or(-1));
  s.stream();  // MariaDB: row by row; nothing else may run until it ends (Statement::stream)
  return AdminCallCursor(std::move(s));
}

bool AdminCallCursor::next() {
  if (done_) return false;  // SQLite would run a finished statement again
  if (!statement_.step()) {
    done_ = true;
    return false;
  }
  const Statement& s = statement_;
  AdminCallRow& r = row_;
  r.id = s.int64(kId);
  r.calldate = s.text(kCalldate);
  r.owner_id = s.opt_int64(kOwnerId);
  r.owner_login = s.text(kOwnerLogin);
  r.owner_zone = s.text(kOwnerZone);
  r.device_id = s.opt_int64(kDevice);
  r.src = s.text(kSrc);
  r.dst = s.text(kDst);
  r.prefix = s.is_null(kPrefix) ? std::nullopt : std::optional(s.text(kPrefix));
  r.destination = s.text(kDestination);
  r.disposition = s.text(kDisposition);
  r.duration = s.int64(kDuration);
  r.billsec = s.int64(kBillsec);
  r.billed_seconds = s.opt_int64(kBilledSeconds);
  r.rate = s.opt_decimal(kRate);
  r.price = s.opt_decimal(kPrice);
  r.provider = s.is_null(kProvider) ? std::string_view{} : s.text(kProvider);
  r.cost = s.opt_decimal(kCost);
  r.unrated.reset();
  if (!r.price)
    r.unrated = unrated_reason(r.device_id.has_value(), s.int64(kHasTariff) != 0, r.prefix.has_value());
  return true;
}

bool device_exists(Database& db, std::int64_t id) {
  Statement s = db.prepare("SELECT 1 FROM devices WHERE id = ?");
  s.bind(1, id);
  return s.step();
}

std::string number_pattern(Dialect dialect, const std::string& glob) {
  if (dialect == Dialect::sqlite) return glob;
  std::string like;
  for (char c : glob) {
    if (c == '*') {
      like += '%';
      continue;
    }
    if (c == '%' || c == '_' || c == '!') like += '!';
    like += c;
  }
  return like;
}

}  // namespace kolmi::store
