#include "core/console/buy_explanation.hpp"

#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/import/provider_matcher.hpp"
#include "core/rating/rater.hpp"
#include "core/store/providers.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

void add(ExplanationSteps& out, std::string topic, std::string value, std::string why) {
  out.push_back(ExplanationStep{std::move(topic), std::move(value), std::move(why)});
}

std::string cost_text(const std::optional<Decimal>& cost, std::string_view currency) {
  return cost ? money_with_code(*cost, currency) : "none";
}

// The engine's steps for the provider's tariff, each topic as "buy TOPIC".
std::optional<Decimal> price_bought(store::Database& db, const store::StoredCall& c, std::int64_t tariff_id,
                                    std::string_view currency, ExplanationSteps& out) {
  const auto start = parse_utc(c.calldate);
  if (!start) {
    throw storage_error(
        fmt::format("{}: call {} has a malformed calldate '{}'", db.path(), c.id, text::shown(c.calldate)));
  }
  const TimeZone utc = TimeZone::utc();
  const rating::Rater rater = rating::Rater::load_for(db, tariff_id, c.dst);
  rating::RatingTrace trace;
  try {
    trace = rater.trace(tariff_id, rating::CallToRate{c.dst, c.billsec, *start, &utc, 0});
  } catch (const std::overflow_error&) {
    throw action_error(fmt::format("call {}: billsec {} is too large to price", c.id, c.billsec));
  }
  const auto tariff = store::find_tariff_by_id(db, tariff_id);
  RatingQuestion q;
  q.dialled = c.dst;
  q.tariff = tariff ? &*tariff : nullptr;
  q.default_currency = std::string(currency);
  q.zone = &utc;
  q.start = *start;
  q.billsec = c.billsec;
  q.grace_time = 0;
  ExplanationSteps steps;
  add_rating_steps(db, q, trace, steps);
  for (ExplanationStep& s : steps) {
    s.topic = "buy " + s.topic;
    out.push_back(std::move(s));
  }
  if (!trace.result.rated()) return std::nullopt;
  return trace.result.price;
}

}  // namespace

BuySide explain_buy_side(store::Database& db, const store::StoredCall& c, std::string_view currency,
                         ExplanationSteps& out) {
  BuySide side;
  side.stored = c.provider_price;
  if (c.dst_device_id) {
    add(out, "buy side", "none", "the callee is one of the system's devices: the call left through no provider");
  } else {
    const import::ProviderMatcher matcher = import::ProviderMatcher::load(db);
    std::string_view key;
    const import::KnownProvider* found = matcher.find(c.dstchannel, &key);
    const auto provider = found ? store::find_provider_by_id(db, found->id) : std::nullopt;
    if (!provider) {
      add(out, "buy provider", "none",
          fmt::format("no provider's peer matches dstchannel '{}': no buy price (no provider)",
                      text::shown(c.dstchannel)));
    } else {
      add(out, "buy provider",
          fmt::format("{} (provider {}), tariff '{}' (tariff {}), in {}", text::shown(provider->name), provider->id,
                      text::shown(provider->tariff_name), provider->tariff_id, provider->currency),
          fmt::format("dstchannel '{}' names the peer '{}', which is the provider's; its tariff is read in UTC "
                      "without grace time",
                      text::shown(c.dstchannel), text::shown(key)));
      side.recomputed = price_bought(db, c, provider->tariff_id, currency, out);
    }
  }
  side.matches = side.stored == side.recomputed;
  add(out, "buy stored",
      c.provider_price ? fmt::format("{}, rate {}, billed {} s, provider {}", money_with_code(*c.provider_price, currency),
                                     c.provider_rate ? c.provider_rate->to_string() : "none",
                                     c.provider_billsec ? std::to_string(*c.provider_billsec) : "none",
                                     c.provider_id ? std::to_string(*c.provider_id) : "none")
                       : fmt::format("none, provider {}", c.provider_id ? std::to_string(*c.provider_id) : "none"),
      "what the import (or the last rerate) wrote into the call's provider columns");
  if (side.matches) {
    add(out, "buy verdict", "the stored buy price is today's",
        fmt::format("stored {} = recomputed {}", cost_text(side.stored, currency),
                    cost_text(side.recomputed, currency)));
  } else {
    add(out, "buy verdict", "DIFFERENT: the stored buy price is not today's",
        fmt::format("stored {}, recomputed {}; kolmi admin rerate would change it", cost_text(side.stored, currency),
                    cost_text(side.recomputed, currency)));
  }
  return side;
}

}  // namespace kolmi::console
