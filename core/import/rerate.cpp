#include "core/import/rerate.hpp"

#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/import/call_pricing.hpp"
#include "core/import/prepaid_charges.hpp"
#include "core/pages/period.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

namespace {

// Calls within [?2, ?3) (UTC text); with a user, only the user's (?1),
// read through calls_user_date. Without a bound the bounds lie beyond any date.
constexpr std::string_view kColumns =
    "SELECT id, user_id, src_device_id, dst_device_id IS NOT NULL, dst, billsec, calldate, user_rate, "
    "user_billsec, user_price, prefix FROM calls ";
constexpr std::string_view kAllCalls = "WHERE ?1 IS NULL AND calldate >= ?2 AND calldate < ?3";
constexpr std::string_view kUserCalls = "WHERE user_id = ?1 AND calldate >= ?2 AND calldate < ?3";
constexpr std::string_view kNoLowerBound = "0000-00-00 00:00:00";
constexpr std::string_view kNoUpperBound = "9999-99-99 99:99:99";

std::unordered_map<std::int64_t, std::int64_t> load_grace_times(store::Database& db) {
  std::unordered_map<std::int64_t, std::int64_t> grace;
  store::Statement s = db.prepare("SELECT id, grace_time FROM devices WHERE grace_time <> 0");
  while (s.step()) grace.emplace(s.int64(0), s.int64(1));
  return grace;
}

bool same_price(const store::Statement& s, const CallPrice& p) {
  auto same_int = [&](int col, std::optional<std::int64_t> v) {
    return s.is_null(col) ? !v : (v && *v == s.int64(col));
  };
  auto as_nanos = [](const std::optional<Decimal>& d) {
    return d ? std::optional<std::int64_t>(d->nanos()) : std::nullopt;
  };
  const bool prefix_same = s.is_null(10) ? !p.prefix : (p.prefix && *p.prefix == s.text(10));
  return same_int(7, as_nanos(p.user_rate)) && same_int(8, p.user_billsec) &&
         same_int(9, as_nanos(p.user_price)) && prefix_same;
}

}  // namespace

RerateSummary rerate_calls(store::Database& db, const RerateOptions& o, const Clock& clock,
                           const PriceChangeObserver& on_price_change) {
  if (!is_known_time_zone(o.time_zone))
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(o.time_zone)));
  const TimeZone zone(o.time_zone);
  std::string lo(kNoLowerBound), hi(kNoUpperBound);
  pages::resolve_open_period({o.from, o.till, o.period}, zone, clock, lo, hi);

  store::Transaction tx(db);
  std::optional<std::int64_t> user_id;
  if (o.user) {
    store::Statement u = db.prepare("SELECT id FROM users WHERE username = ?");
    u.bind(1, *o.user);
    if (!u.step()) throw not_found_error(fmt::format("--user: no user '{}'", text::shown(*o.user)));
    user_id = u.int64(0);
  }
  const CallPricer pricer(db);
  const auto grace = load_grace_times(db);
  store::Statement calls = db.prepare(std::string(kColumns) + std::string(user_id ? kUserCalls : kAllCalls));
  calls.bind(1, user_id).bind(2, lo).bind(3, hi);
  store::Statement update =
      db.prepare("UPDATE calls SET user_rate = ?, user_billsec = ?, user_price = ?, prefix = ? WHERE id = ?");

  RerateSummary sum;
  CallPrice price;
  PrepaidCharges charges;  // new price minus old, per user, for prepaid balances
  // Updating rows of the table being read is safe here: the scan is by id
  // or by calls_user_date, and neither holds a column that changes.
  while (calls.step()) {
    ++sum.examined;
    const std::int64_t id = calls.int64(0);
    CallParties parties;
    parties.user_id = calls.opt_int64(1);
    if (!calls.is_null(2)) {
      if (auto g = grace.find(calls.int64(2)); g != grace.end()) parties.grace_time = g->second;
    }
    parties.callee_known = calls.int64(3) != 0;
    const std::optional<Seconds> start = parse_utc(calls.text(6));
    if (!start) {
      throw storage_error(fmt::format("{}: call {} has a malformed calldate '{}'", db.path(), id,
                                      text::shown(calls.text(6))));
    }
    try {
      pricer.price(parties, calls.text(4), calls.int64(5), *start, price);
    } catch (const std::overflow_error&) {
      throw action_error(fmt::format("call {}: billsec {} is too large to price", id, calls.int64(5)));
    }
    if (price.unrated) ++sum.unrated;
    if (same_price(calls, price)) continue;
    ++sum.changed;
    const std::optional<Decimal> old_price = calls.opt_decimal(9);
    charges.change(parties.user_id, old_price, price.user_price);
    if (on_price_change) {
      const PriceChange change{id, parties.user_id, calls.text(6), calls.text(4), old_price, price.user_price};
      if (change.old_price != change.new_price) on_price_change(change);
    }
    update.bind_all(price.user_rate, price.user_billsec, price.user_price, price.prefix, id);
    update.run();
  }
  // A prepaid user's balance follows the prices: it is corrected by the difference.
  charges.apply(db);
  tx.audit({.target_type = user_id ? "user" : "calls",
            .target_id = user_id,
            .data = fmt::format("{} calls examined, {} changed, {} unrated", sum.examined, sum.changed, sum.unrated)});
  if (!o.dry_run) tx.commit();
  return sum;
}

}  // namespace kolmi::import
