#include "core/console/call_explanation.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "core/console/buy_explanation.hpp"
#include "core/error.hpp"
#include "core/import/device_matcher.hpp"
#include "core/pages/call_text.hpp"
#include "core/rating/rater.hpp"
#include "core/store/call_facts.hpp"
#include "core/store/conflines.hpp"
#include "core/store/currencies.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

void add(ExplanationSteps& out, std::string topic, std::string value, std::string why) {
  out.push_back(ExplanationStep{std::move(topic), std::move(value), std::move(why)});
}

std::string price_text(const std::optional<Decimal>& price, std::string_view currency) {
  return price ? money_with_code(*price, currency) : "none (unrated)";
}

std::string device_text(store::Database& db, std::optional<std::int64_t> id) {
  if (!id) return "none";
  const auto d = store::find_device_facts(db, *id);
  if (!d) return fmt::format("device {} (no longer exists)", *id);
  const auto user = store::find_user_by_id(db, d->user_id);
  return fmt::format("{} (device {}, user {})", text::shown(d->label()), d->id,
                     user ? text::shown(user->username) : std::to_string(d->user_id));
}

// Why the CDR's fields match the device they match today.
std::string match_text(import::MatchedBy how, const store::StoredCall& c, bool caller) {
  switch (how) {
    case import::MatchedBy::channel_label:
      return fmt::format("its channel '{}' names the device's type and name",
                         text::shown(caller ? c.channel : c.dstchannel));
    case import::MatchedBy::channel_name:
      return fmt::format("the peer '{}' of its channel '{}' is the device's name",
                         text::shown(import::channel_peer(caller ? c.channel : c.dstchannel)),
                         text::shown(caller ? c.channel : c.dstchannel));
    case import::MatchedBy::accountcode:
      return fmt::format("its accountcode '{}' is the device's", text::shown(c.accountcode));
    case import::MatchedBy::extension:
      return caller ? fmt::format("src '{}' is the device's extension", text::shown(c.src))
                    : fmt::format("dst '{}' is the device's extension", text::shown(c.dst));
    case import::MatchedBy::none: break;
  }
  return caller ? fmt::format("no device matches channel '{}', accountcode '{}' or src '{}'", text::shown(c.channel),
                              text::shown(c.accountcode), text::shown(c.src))
                : fmt::format("no device matches dstchannel '{}' or dst '{}'", text::shown(c.dstchannel),
                              text::shown(c.dst));
}

void add_owner_step(store::Database& db, ExplanationSteps& out, std::string topic,
                    std::optional<std::int64_t> stored, const import::KnownDevice* today, import::MatchedBy how,
                    const store::StoredCall& c, bool caller) {
  std::string why = match_text(how, c, caller);
  const std::optional<std::int64_t> today_id = today ? std::optional<std::int64_t>(today->id) : std::nullopt;
  if (today_id != stored) {
    why += fmt::format("; that is {} today, but the call stores {}: the stored one counts, as in a rerate",
                       today_id ? fmt::format("device {}", *today_id) : std::string("no device"),
                       stored ? fmt::format("device {}", *stored) : std::string("none"));
  }
  add(out, std::move(topic), device_text(db, stored), std::move(why));
}

struct Recomputed {
  std::optional<Decimal> rate;
  std::optional<std::int64_t> billsec;
  std::optional<Decimal> price;
};

Recomputed price_outgoing(store::Database& db, const store::StoredCall& c, const store::User& user,
                          const std::string& default_currency, ExplanationSteps& out) {
  if (!is_known_time_zone(user.time_zone)) {
    throw storage_error(fmt::format("user '{}' has an unknown time zone '{}' (users.time_zone); fix it first",
                                    text::shown(user.username), text::shown(user.time_zone)));
  }
  const TimeZone zone(user.time_zone);
  if (!user.tariff_id) {
    add(out, "tariff", "none", "the user has no tariff: unrated (no tariff)");
    return {};
  }
  const auto tariff = store::find_tariff_by_id(db, *user.tariff_id);
  if (tariff) {
    add(out, "tariff", fmt::format("'{}' (tariff {}), prices in {}", text::shown(tariff->name), tariff->id,
                                   tariff->currency),
        "the user's tariff");
  } else {
    add(out, "tariff", fmt::format("tariff {}", *user.tariff_id), "no such tariff: unrated (no tariff)");
  }
  std::int64_t grace = 0;
  if (c.src_device_id) {
    if (const auto d = store::find_device_facts(db, *c.src_device_id)) grace = d->grace_time;
  }
  const auto start = parse_utc(c.calldate);
  if (!start) {
    throw storage_error(
        fmt::format("{}: call {} has a malformed calldate '{}'", db.path(), c.id, text::shown(c.calldate)));
  }
  const rating::Rater rater = rating::Rater::load_for(db, *user.tariff_id, c.dst);
  rating::RatingTrace trace;
  try {
    trace = rater.trace(*user.tariff_id, rating::CallToRate{c.dst, c.billsec, *start, &zone, grace});
  } catch (const std::overflow_error&) {
    throw action_error(fmt::format("call {}: billsec {} is too large to price", c.id, c.billsec));
  }
  RatingQuestion q;
  q.dialled = c.dst;
  q.tariff = tariff ? &*tariff : nullptr;
  q.default_currency = default_currency;
  q.zone = &zone;
  q.start = *start;
  q.billsec = c.billsec;
  q.grace_time = grace;
  add_rating_steps(db, q, trace, out);
  if (!trace.result.rated()) return {};
  return Recomputed{trace.result.rate, trace.result.billed_seconds, trace.result.price};
}

// What the customer's pages show for the stored price: the user's currency,
// Nice_Number_Digits, and the price with VAT.
void add_customer_step(store::Database& db, const store::Currencies& currencies, const store::User& user,
                       const std::optional<Decimal>& stored, ExplanationSteps& out) {
  if (!stored) {
    add(out, "customer sees", "no price", "an unrated call shows an empty price on the calls page");
    return;
  }
  const int digits = static_cast<int>(store::confline_int(db, store::conf::kNiceNumberDigits));
  const pages::PriceConverter convert(currencies, user.currency);
  const Decimal in_user_currency = convert(*stored);
  std::array<char, 32> buffer{};
  const std::string shown(pages::money_text(in_user_currency, digits, buffer));
  const Decimal with_vat = in_user_currency.mul_div(Decimal::from_units(100) + user.vat_percent,
                                                    Decimal::from_units(100));
  add(out, "customer sees", fmt::format("{} {} on the calls page", shown, user.currency),
      fmt::format("the stored {} {} is {} {} (exact), shown with {} decimals; with VAT {} %: {} {}",
                  stored->to_string(), currencies.default_code(), in_user_currency.to_string(), user.currency,
                  digits, user.vat_percent.to_string(), with_vat.to_string(), user.currency));
}

}  // namespace

CallExplanation explain_call(store::Database& db, std::int64_t call_id) {
  const auto found = store::find_stored_call(db, call_id);
  if (!found) throw not_found_error(fmt::format("call {}: no such call", call_id));
  const store::StoredCall& c = *found;
  const store::Currencies currencies = store::Currencies::load(db);
  CallExplanation e;
  e.call_id = c.id;
  e.currency = currencies.default_code();
  e.stored_price = c.user_price;
  ExplanationSteps& out = e.steps;

  add(out, "call",
      fmt::format("{} UTC, {} -> {}, {}, billsec {} s", text::shown(c.calldate), text::shown(c.src),
                  text::shown(c.dst), text::shown(c.disposition), c.billsec),
      fmt::format("call {}, uniqueid '{}', duration {} s", c.id, text::shown(c.uniqueid), c.duration));

  // Who placed and took it: the stored owners, and why the CDR matches them.
  const import::DeviceMatcher matcher = import::DeviceMatcher::load(db);
  import::MatchedBy callee_how = import::MatchedBy::none, caller_how = import::MatchedBy::none;
  const import::KnownDevice* callee = matcher.callee(c.dstchannel, c.dst, &callee_how);
  const import::KnownDevice* caller = matcher.caller(c.channel, c.accountcode, c.src, callee, &caller_how);
  add_owner_step(db, out, "caller device", c.src_device_id, caller, caller_how, c, true);
  add_owner_step(db, out, "callee device", c.dst_device_id, callee, callee_how, c, false);

  Recomputed r;
  std::optional<store::User> user;
  if (c.user_id) user = store::find_user_by_id(db, *c.user_id);
  if (c.dst_device_id) {
    add(out, "direction", "internal or incoming: free",
        "the callee is one of the system's devices: rate 0, billed seconds = billsec, price 0");
    r = Recomputed{Decimal{}, c.billsec, Decimal{}};
  } else if (!c.user_id) {
    add(out, "direction", "unassigned: no price", "no device of the system placed or took the call (no device)");
  } else if (!user) {
    add(out, "direction", "outgoing", fmt::format("its user {} no longer exists: no price", *c.user_id));
  } else {
    add(out, "direction", "outgoing: priced by the caller's tariff",
        "the caller is one of the system's devices and the callee is not");
    add(out, "user",
        fmt::format("{} (user {}), time zone {}, currency {}, VAT {} %", text::shown(user->username), user->id,
                    text::shown(user->time_zone), user->currency, user->vat_percent.to_string()),
        "the caller device's owner pays");
    r = price_outgoing(db, c, *user, e.currency, out);
  }

  e.recomputed_price = r.price;
  e.matches = c.user_price == r.price;
  add(out, "stored",
      c.user_price ? fmt::format("{}, rate {}, billed {} s, prefix {}", money_with_code(*c.user_price, e.currency),
                                 c.user_rate ? c.user_rate->to_string() : "none",
                                 c.user_billsec ? std::to_string(*c.user_billsec) : "none", c.prefix.value_or("none"))
                   : std::string("none (unrated)"),
      "what the import (or the last rerate) wrote into the call");
  if (e.matches) {
    add(out, "verdict", "the stored price is today's price",
        fmt::format("stored {} = recomputed {}", price_text(c.user_price, e.currency),
                    price_text(r.price, e.currency)));
  } else {
    std::string difference = c.user_price && r.price
                                 ? money_with_code(*c.user_price - *r.price, e.currency) + " (stored - recomputed)"
                                 : std::string("one of them has no price");
    add(out, "verdict", "DIFFERENT: the stored price is not today's price",
        fmt::format("stored {}, recomputed {}, difference {}; kolmi admin rerate would change it",
                    price_text(c.user_price, e.currency), price_text(r.price, e.currency), difference));
  }
  if (user) add_customer_step(db, currencies, *user, c.user_price, out);
  const BuySide buy = explain_buy_side(db, c, e.currency, out);
  e.stored_cost = buy.stored;
  e.recomputed_cost = buy.recomputed;
  e.price_matches = e.matches;
  e.cost_matches = buy.matches;
  e.matches = e.price_matches && e.cost_matches;
  return e;
}

void write_call_explanation(output::TreeWriter& w, const CallExplanation& e) {
  w.begin("explanation");
  w.integer("call_id", e.call_id);
  w.open("verdict");
  auto money = [&](std::string_view name, const std::optional<Decimal>& v) {
    w.money(name, v, v ? v->to_string() : std::string(), e.currency);
  };
  money("stored_price", e.stored_price);
  money("recomputed_price", e.recomputed_price);
  std::optional<Decimal> difference;
  if (e.stored_price && e.recomputed_price) difference = *e.stored_price - *e.recomputed_price;
  money("difference", difference);
  money("stored_cost", e.stored_cost);
  money("recomputed_cost", e.recomputed_cost);
  std::optional<Decimal> cost_difference;
  if (e.stored_cost && e.recomputed_cost) cost_difference = *e.stored_cost - *e.recomputed_cost;
  money("cost_difference", cost_difference);
  w.text("matches", e.matches ? "yes" : "no");
  w.close();
  write_steps(w, e.steps);
  w.finish();
}

}  // namespace kolmi::console
