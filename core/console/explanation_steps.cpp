#include "core/console/explanation_steps.hpp"

#include <fmt/format.h>

#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

constexpr std::int64_t kNanosPerUnit = 1'000'000'000;

std::string int128_text(Int128 v) {
  char buffer[48];
  char* end = buffer + sizeof buffer;
  char* p = end;
  const bool negative = v < 0;
  do {
    const int d = static_cast<int>(v % 10);
    *--p = static_cast<char>('0' + (d < 0 ? -d : d));
    v /= 10;
  } while (v != 0);
  if (negative) *--p = '-';
  return std::string(p, end);
}

std::string clock_text(std::int32_t second_of_day) {
  return fmt::format("{:02}:{:02}:{:02}", second_of_day / 3600, second_of_day / 60 % 60, second_of_day % 60);
}

std::string_view day_type_text(rating::DayType d) {
  switch (d) {
    case rating::DayType::workday: return "workdays (Monday-Friday)";
    case rating::DayType::freeday: return "free days (Saturday, Sunday)";
    case rating::DayType::any: break;
  }
  return "any day";
}

std::string destination_text(store::Database& db, std::int64_t destination_id) {
  const auto d = store::find_destination_facts(db, destination_id);
  if (!d) return fmt::format("destination {}", destination_id);
  std::string out = fmt::format("{} {} (destination {})", d->prefix, text::shown(d->name), d->id);
  if (d->group_id) {
    out += fmt::format(", group {} {}", *d->group_id, text::shown(d->group_name));
  } else {
    out += ", no group";
  }
  return out;
}

// "minute from second 1 to the end at 0.12 USD/min in 60 s increments,
// 08:00:00-19:59:59, workdays"
std::string interval_text(const rating::Interval& iv, std::string_view currency) {
  std::string span = iv.duration < 0 ? fmt::format("from second {} to the end", iv.from)
                                      : fmt::format("seconds {}-{}", iv.from, iv.from + iv.duration - 1);
  std::string when = iv.any_time() ? "all day, any day"
                                   : fmt::format("{}-{}, {}", clock_text(iv.start_second),
                                                 clock_text(iv.end_second), day_type_text(iv.day));
  if (iv.kind == rating::IntervalKind::event) {
    return fmt::format("fee {} once, {}; {}", money_with_code(iv.price, currency), span, when);
  }
  const std::int64_t unit = iv.round > 0 ? iv.round : 1;
  return fmt::format("{} at {}/min in {} s increments; {}", span, money_with_code(iv.price, currency), unit, when);
}

std::string moment_text(const rating::LocalMoment& m) {
  return fmt::format("{} on a {}", clock_text(m.second_of_day), m.free_day ? "free day" : "workday");
}

void add(ExplanationSteps& out, std::string topic, std::string value, std::string why) {
  out.push_back(ExplanationStep{std::move(topic), std::move(value), std::move(why)});
}

}  // namespace

std::string exact_quotient_text(Int128 numerator, Int128 denominator, int fraction_digits) {
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const bool negative = numerator < 0;
  if (negative) numerator = -numerator;
  const Int128 unit = denominator * kNanosPerUnit;
  std::string out;
  if (negative) out += '-';
  out += int128_text(numerator / unit);
  Int128 rest = numerator % unit;
  if (rest == 0) return out;
  out += '.';
  for (int i = 0; i < fraction_digits && rest != 0; ++i) {
    rest *= 10;
    out += static_cast<char>('0' + static_cast<int>(rest / unit));
    rest %= unit;
  }
  if (rest != 0) out += "...";
  return out;
}

void write_steps(output::TreeWriter& w, const ExplanationSteps& steps) {
  static constexpr std::string_view kColumns[] = {"topic", "value", "why"};
  w.open_list("steps", "step", kColumns);
  for (const ExplanationStep& s : steps) {
    w.open_item();
    w.text("topic", s.topic);
    w.text("value", s.value);
    w.text("why", s.why);
    w.close();
  }
  w.close();
}

std::string money_with_code(Decimal amount, std::string_view currency) {
  return fmt::format("{} {}", amount.to_string(), currency);
}

std::string_view unrated_reason(rating::Unrated why) {
  switch (why) {
    case rating::Unrated::no_tariff: return "no tariff";
    case rating::Unrated::no_destination: return "no destination";
    case rating::Unrated::no_rate: return "no rate";
    case rating::Unrated::none: break;
  }
  return "";
}

void add_rating_steps(store::Database& db, const RatingQuestion& q, const rating::RatingTrace& t,
                      ExplanationSteps& out) {
  const std::string tariff_currency = q.tariff != nullptr ? q.tariff->currency : q.default_currency;
  // 1. The number.
  add(out, "number", fmt::format("'{}' is matched as '{}'", text::shown(q.dialled), t.number),
      t.number.empty() ? "no digits after dropping a leading '+' or '00': no prefix can match"
                       : "a leading '+' or '00' is dropped; the digits up to the first other character are kept");
  // 2. Candidates and the match.
  if (t.candidates.empty()) {
    add(out, "candidates", "none", "no destination prefix begins the number: unrated (no destination)");
  } else {
    std::string list;
    for (const auto& c : t.candidates) {
      if (!list.empty()) list += ", ";
      list += c.prefix;
    }
    add(out, "candidates", list, "destination prefixes that begin the number; the longest one wins");
    add(out, "destination", destination_text(db, t.candidates.back().destination_id),
        fmt::format("longest matching prefix: {}", t.candidates.back().prefix));
  }
  if (!t.tariff_known) {
    add(out, "rate", "none", "the tariff does not exist: unrated (no tariff)");
    return;
  }
  if (t.candidates.empty()) return;
  // 3. Which rate.
  const auto& match = t.candidates.back();
  switch (t.source) {
    case rating::RateSource::destination:
      add(out, "rate", fmt::format("rate {}: the destination's own rate", t.rate_id),
          fmt::format("the tariff has a rate for destination {}; it wins over any group rate", match.destination_id));
      break;
    case rating::RateSource::group:
      add(out, "rate", fmt::format("rate {}: the rate of group {}", t.rate_id, match.group_id.value_or(0)),
          fmt::format("the tariff has no rate of its own for destination {}, so its group's applies",
                      match.destination_id));
      break;
    case rating::RateSource::none:
      add(out, "rate", "none",
          match.group_id
              ? fmt::format("the tariff has no rate for destination {} nor for its group {}: unrated (no rate)",
                            match.destination_id, *match.group_id)
              : fmt::format("the tariff has no rate for destination {}, which has no group: unrated (no rate)",
                            match.destination_id));
      return;
  }
  const rating::RatePlan& plan = *t.plan;
  const rating::PlanTrace& p = t.plan_trace;
  // 4. The moment the details are read at.
  const std::string local = q.zone != nullptr ? q.zone->format_local(q.start) : format_utc(q.start);
  const std::string zone_name = q.zone != nullptr ? q.zone->name() : "UTC";
  add(out, "moment", fmt::format("{} {} ({})", local, zone_name, moment_text(p.moment)),
      plan.time_dependent() ? "some details depend on the time of day or the day type: read on this wall clock"
                            : "every detail is all day, any day: the time does not matter");
  // 5. Each detail.
  bool any_applies = false;
  for (std::size_t i = 0; i < plan.intervals().size(); ++i) {
    const rating::Interval& iv = plan.intervals()[i];
    const rating::IntervalStep& s = i < p.steps.size() ? p.steps[i] : rating::IntervalStep{};
    std::string why;
    if (!s.applies) {
      why = fmt::format("does not apply at {}", moment_text(p.moment));
    } else if (!q.priced) {
      why = "applies";
    } else if (!s.reached) {
      why = !p.billable ? "applies, not charged: the call is not billable"
                        : fmt::format("applies, not reached: the call's {} s end before second {}",
                                      p.effective_seconds, std::max<std::int64_t>(iv.from, 1));
    } else if (iv.kind == rating::IntervalKind::event) {
      why = fmt::format("applies: charged once, {}", money_with_code(iv.price, tariff_currency));
    } else {
      why = fmt::format("applies: {} s in it, billed {} s: {} x {} / 60 = {}", int128_text(s.seconds),
                        int128_text(s.billed), iv.price.to_string(), int128_text(s.billed),
                        exact_quotient_text(Int128{iv.price.nanos()} * s.billed, 60) + " " + tariff_currency);
    }
    any_applies = any_applies || s.applies;
    add(out, fmt::format("detail {}", i + 1), interval_text(iv, tariff_currency), std::move(why));
  }
  if (plan.intervals().empty()) {
    add(out, "details", "none", "the rate has no details: unrated (no rate)");
    return;
  }
  if (!any_applies) {
    add(out, "details", "none applies", fmt::format("no detail covers {}: unrated (no rate)", moment_text(p.moment)));
    return;
  }
  add(out, "rate per minute", money_with_code(t.result.rate, q.default_currency),
      "the price of the first minute detail that applies, in the default currency");
  if (!q.priced) return;
  // 6. Billing.
  std::string billing_why;
  if (q.billsec <= 0) {
    billing_why = "billsec 0: nothing to bill";
  } else if (!p.billable) {
    billing_why = fmt::format("billsec {} is within the grace time of {} s: free", q.billsec, q.grace_time);
  } else {
    billing_why = fmt::format("billsec {}, grace time {} s, minimal time {} s: {} s counted; each detail's "
                              "seconds are rounded up to its increment",
                              q.billsec, q.grace_time, plan.min_time(), p.effective_seconds);
  }
  add(out, "billed seconds", std::to_string(t.result.billed_seconds), std::move(billing_why));
  // 7. The exact price and its one rounding.
  const bool converted = !t.conversion.is_identity();
  std::string exact = exact_quotient_text(p.numerator, p.denominator) + " " + q.default_currency;
  add(out, "exact price", exact,
      converted ? fmt::format("details summed exactly in {}, then x {} / {} into {}", tariff_currency,
                              t.conversion.numerator.to_string(), t.conversion.denominator.to_string(),
                              q.default_currency)
                : "the details' parts summed exactly, before any rounding");
  add(out, "price", money_with_code(t.result.price, q.default_currency),
      "rounded once, half away from zero, to 9 decimals (the stored nano-units)");
}

}  // namespace kolmi::console
