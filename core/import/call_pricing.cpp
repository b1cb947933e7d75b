#include "core/import/call_pricing.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/rating_data.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::import {

CallPricer::CallPricer(store::Database& db)
    : rater_(rating::Rater::load(db)), providers_(ProviderMatcher::load(db)) {
  store::for_each_user_rating(db, [&](const store::UserRatingRow& u) {
    if (!is_known_time_zone(u.time_zone)) {
      throw storage_error(
          fmt::format("user '{}' has an unknown time zone '{}' (users.time_zone); fix it first",
                      text::shown(u.username), text::shown(u.time_zone)));
    }
    users_.emplace(u.id, UserRating{u.tariff_id, TimeZone(u.time_zone)});
  });
}

void CallPricer::price(const CallParties& parties, std::string_view dst, std::string_view dstchannel,
                       std::int64_t billsec, Seconds start, CallPrice& out) const {
  price_buy_side(parties, dst, dstchannel, billsec, start, out);
  out.unrated = false;
  out.user_rate.reset();
  out.user_billsec.reset();
  out.user_price.reset();
  out.prefix.reset();
  if (parties.callee_known) {
    // Internal (both devices ours) or incoming from outside: free.
    out.user_rate = Decimal{};
    out.user_billsec = billsec;
    out.user_price = Decimal{};
    return;
  }
  if (!parties.user_id) return;  // no known device: no price
  // Outgoing to outside: the caller's user pays by their tariff.
  rating::RatedCall rated;
  auto user = users_.find(*parties.user_id);
  if (user != users_.end() && user->second.tariff_id) {
    rated = rater_.rate(*user->second.tariff_id,
                        rating::CallToRate{dst, billsec, start, &user->second.zone, parties.grace_time});
  } else {
    rated.unrated = rating::Unrated::no_tariff;
  }
  if (rated.rated()) {
    out.user_rate = rated.rate;
    out.user_billsec = rated.billed_seconds;
    out.user_price = rated.price;
  }
  if (!rated.prefix.empty()) out.prefix = std::move(rated.prefix);
  out.unrated = !rated.rated();
}

void CallPricer::price_buy_side(const CallParties& parties, std::string_view dst, std::string_view dstchannel,
                                std::int64_t billsec, Seconds start, CallPrice& out) const {
  out.provider_id.reset();
  out.provider_rate.reset();
  out.provider_billsec.reset();
  out.provider_price.reset();
  out.no_provider = false;
  if (parties.callee_known) return;  // it never left the system
  if (const KnownProvider* p = providers_.find(dstchannel)) {
    out.provider_id = p->id;
    const rating::RatedCall bought = rater_.rate(p->tariff_id, rating::CallToRate{dst, billsec, start, nullptr, 0});
    if (bought.rated()) {
      out.provider_rate = bought.rate;
      out.provider_billsec = bought.billed_seconds;
      out.provider_price = bought.price;
    }
  }
  out.no_provider = parties.user_id.has_value() && !out.provider_price;
}

}  // namespace kolmi::import
