#include "core/console/rate_quote.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/rating/rater.hpp"
#include "core/store/call_facts.hpp"
#include "core/store/currencies.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

void add(ExplanationSteps& out, std::string topic, std::string value, std::string why) {
  out.push_back(ExplanationStep{std::move(topic), std::move(value), std::move(why)});
}

}  // namespace

RateQuote quote_rate(store::Database& db, const RateQuestion& q, const Clock& clock) {
  if (q.user.has_value() == q.tariff.has_value()) throw usage_error("give either --user or --tariff");
  if (rating::normalize_number(q.number).empty()) {
    throw usage_error(fmt::format("NUMBER: '{}' has no digits to match", text::shown(q.number)));
  }
  if (q.duration && *q.duration < 0) throw usage_error("--duration: must be 0 or more seconds");
  if (q.zone && !is_known_time_zone(*q.zone)) {
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(*q.zone)));
  }

  RateQuote out;
  out.number = q.number;
  out.duration = q.duration;
  const store::Currencies currencies = store::Currencies::load(db);
  out.currency = currencies.default_code();

  std::optional<store::User> user;
  std::optional<store::TariffFacts> tariff;
  std::optional<std::int64_t> tariff_id;
  if (q.user) {
    user = store::find_user(db, *q.user);
    if (!user) throw not_found_error(fmt::format("--user: no user '{}'", text::shown(*q.user)));
    out.user = user->username;
    tariff_id = user->tariff_id;
    if (tariff_id) tariff = store::find_tariff_by_id(db, *tariff_id);
  } else {
    tariff = store::find_tariff_by_name(db, *q.tariff);
    if (!tariff) throw not_found_error(fmt::format("--tariff: no tariff '{}'", text::shown(*q.tariff)));
    tariff_id = tariff->id;
  }
  if (tariff) out.tariff = tariff->name;

  std::string zone_name = q.zone.value_or(user ? user->time_zone : std::string("UTC"));
  if (!is_known_time_zone(zone_name)) {
    throw storage_error(fmt::format("user '{}' has an unknown time zone '{}' (users.time_zone); fix it first",
                                    text::shown(out.user), text::shown(zone_name)));
  }
  const TimeZone zone(zone_name);
  const Seconds start = q.at ? zone.to_utc(*q.at) : clock.now();
  out.zone = zone.name();
  out.at = zone.format_local(start);

  add(out.steps, "question",
      fmt::format("a call to '{}' at {} {}{}", text::shown(q.number), out.at, out.zone,
                  q.duration ? fmt::format(", answered {} s", *q.duration) : std::string()),
      q.duration ? "priced as the import would price it (no device: no grace time)"
                 : "no --duration: the rate per minute and the details that apply");
  if (user) {
    add(out.steps, "user",
        fmt::format("{} (user {}), time zone {}, currency {}, VAT {} %", text::shown(user->username), user->id,
                    text::shown(user->time_zone), user->currency, user->vat_percent.to_string()),
        "--user: priced by the user's tariff");
  }
  if (!tariff_id) {
    add(out.steps, "tariff", "none", "the user has no tariff: unrated (no tariff)");
    out.unrated = "no tariff";
    return out;
  }
  if (tariff) {
    add(out.steps, "tariff",
        fmt::format("'{}' (tariff {}), prices in {}", text::shown(tariff->name), tariff->id, tariff->currency),
        user ? "the user's tariff" : "--tariff");
  }

  const rating::Rater rater = rating::Rater::load_for(db, *tariff_id, q.number);
  rating::RatingTrace trace;
  try {
    trace = rater.trace(*tariff_id, rating::CallToRate{q.number, q.duration.value_or(0), start, &zone, 0});
  } catch (const std::overflow_error&) {
    throw usage_error(fmt::format("--duration: {} s is too long to price", q.duration.value_or(0)));
  }
  RatingQuestion rq;
  rq.dialled = q.number;
  rq.tariff = tariff ? &*tariff : nullptr;
  rq.default_currency = out.currency;
  rq.zone = &zone;
  rq.start = start;
  rq.billsec = q.duration.value_or(0);
  rq.priced = q.duration.has_value();
  add_rating_steps(db, rq, trace, out.steps);
  out.unrated = std::string(unrated_reason(trace.result.unrated));
  if (!trace.result.rated()) return out;
  out.rate = trace.result.rate;
  if (q.duration) {
    out.billed_seconds = trace.result.billed_seconds;
    out.price = trace.result.price;
  }
  if (user) {
    // What the user's rates page says for it: their currency, with VAT.
    const Decimal in_user_currency = currencies.convert(*out.rate, out.currency, user->currency);
    const Decimal with_vat =
        in_user_currency.mul_div(Decimal::from_units(100) + user->vat_percent, Decimal::from_units(100));
    add(out.steps, "customer sees", fmt::format("{} {}/min, {} {}/min with VAT", in_user_currency.to_string(),
                                                user->currency, with_vat.to_string(), user->currency),
        fmt::format("the rate in the user's currency, and with VAT {} %", user->vat_percent.to_string()));
  }
  return out;
}

void write_rate_quote(output::TreeWriter& w, const RateQuote& quote) {
  w.begin("rate_quote");
  w.text("number", quote.number);
  w.text("tariff", quote.tariff);
  if (!quote.user.empty()) w.text("user", quote.user);
  w.text("at", quote.at);
  w.text("time_zone", quote.zone);
  if (quote.duration) w.integer("duration", *quote.duration);
  w.money("rate", quote.rate, quote.rate ? quote.rate->to_string() : std::string(), quote.currency);
  if (quote.duration) {
    if (quote.billed_seconds) {
      w.integer("billed_seconds", *quote.billed_seconds);
    } else {
      w.text("billed_seconds", "");
    }
    w.money("price", quote.price, quote.price ? quote.price->to_string() : std::string(), quote.currency);
  }
  w.text("unrated", quote.unrated);
  write_steps(w, quote.steps);
  w.finish();
}

}  // namespace kolmi::console
