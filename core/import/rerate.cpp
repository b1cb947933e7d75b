#include "core/import/rerate.hpp"

#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/import/call_pricing.hpp"
#include "core/import/prepaid_charges.hpp"
#include "core/pages/period.hpp"
#include "core/store/devices.hpp"
#include "core/store/rerate_calls.hpp"
#include "core/store/user_logins.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

namespace {

// Without a bound the bounds lie beyond any date.
constexpr std::string_view kNoLowerBound = "0000-00-00 00:00:00";
constexpr std::string_view kNoUpperBound = "9999-99-99 99:99:99";

bool same_price(const store::RerateCallCursor& s, const CallPrice& p) {
  auto as_nanos = [](const std::optional<Decimal>& d) {
    return d ? std::optional<std::int64_t>(d->nanos()) : std::nullopt;
  };
  const std::optional<std::string_view> prefix = s.prefix();
  const bool prefix_same = !prefix ? !p.prefix : (p.prefix && *p.prefix == *prefix);
  return s.user_rate_nanos() == as_nanos(p.user_rate) && s.user_billsec() == p.user_billsec &&
         as_nanos(s.user_price()) == as_nanos(p.user_price) && prefix_same && s.provider_id() == p.provider_id &&
         as_nanos(s.provider_rate()) == as_nanos(p.provider_rate) && s.provider_billsec() == p.provider_billsec &&
         as_nanos(s.provider_price()) == as_nanos(p.provider_price);
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
    user_id = store::find_user_id(db, *o.user);
    if (!user_id) throw not_found_error(fmt::format("--user: no user '{}'", text::shown(*o.user)));
  }
  const CallPricer pricer(db);
  const auto grace = store::device_grace_times(db);
  store::RerateCallCursor calls = store::RerateCallCursor::open(db, user_id, lo, hi);
  store::CallPriceUpdater update(db);

  RerateSummary sum;
  CallPrice price;
  PrepaidCharges charges;  // new price minus old, per user, for prepaid balances
  // Updating rows of the table being read is safe here (store/rerate_calls.hpp).
  while (calls.step()) {
    ++sum.examined;
    const std::int64_t id = calls.id();
    CallParties parties;
    parties.user_id = calls.user_id();
    if (const std::optional<std::int64_t> src = calls.src_device_id()) {
      if (auto g = grace.find(*src); g != grace.end()) parties.grace_time = g->second;
    }
    parties.callee_known = calls.callee_known();
    const std::optional<Seconds> start = parse_utc(calls.calldate());
    if (!start) {
      throw storage_error(fmt::format("{}: call {} has a malformed calldate '{}'", db.path(), id,
                                      text::shown(calls.calldate())));
    }
    try {
      pricer.price(parties, calls.dst(), calls.dstchannel(), calls.billsec(), *start, price);
    } catch (const std::overflow_error&) {
      throw action_error(fmt::format("call {}: billsec {} is too large to price", id, calls.billsec()));
    }
    if (price.unrated) ++sum.unrated;
    if (price.no_provider) ++sum.no_provider;
    if (same_price(calls, price)) continue;
    ++sum.changed;
    const std::optional<Decimal> old_price = calls.user_price();
    charges.change(parties.user_id, old_price, price.user_price);
    if (on_price_change) {
      const PriceChange change{id,          parties.user_id, calls.calldate(),
                               calls.dst(), old_price,       price.user_price};
      if (change.old_price != change.new_price) on_price_change(change);
    }
    update.update(id, price);
  }
  // A prepaid user's balance follows the prices: it is corrected by the difference.
  charges.apply(db);
  tx.audit({.target_type = user_id ? "user" : "calls",
            .target_id = user_id,
            .data = fmt::format("{} calls examined, {} changed, {} unrated, {} without provider", sum.examined,
                                sum.changed, sum.unrated, sum.no_provider)});
  if (!o.dry_run) tx.commit();
  return sum;
}

}  // namespace kolmi::import
