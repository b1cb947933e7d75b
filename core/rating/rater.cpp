// Rater: loads destinations, tariffs, rates and rate details once, then
// prices calls from memory (see rater.hpp; the pricing rules are in
// rate_plan.hpp).
#include "core/rating/rater.hpp"

#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/rating/prefix_trie.hpp"
#include "core/rating/rate_plan.hpp"
#include "core/store/currencies.hpp"
#include "core/store/rating_data.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::rating {

std::string normalize_number(std::string_view dialled) {
  if (dialled.starts_with('+')) {
    dialled.remove_prefix(1);
  } else if (dialled.starts_with("00")) {
    dialled.remove_prefix(2);
  }
  std::size_t n = 0;
  while (n < dialled.size() && dialled[n] >= '0' && dialled[n] <= '9') ++n;
  return std::string(dialled.substr(0, n));
}

namespace {

struct Destination {
  std::int64_t id = 0;
  std::int64_t group_id = 0;
  bool has_group = false;
};

// Plan indexes of a key's first version; the others follow through
// Rater::Impl::next_version. Of versions that overlap, the first rate row
// (lowest id) wins.
struct Tariff {
  std::unordered_map<std::int64_t, std::size_t> by_destination;
  std::unordered_map<std::int64_t, std::size_t> by_group;
  Conversion to_default;  // tariff currency -> default currency
};

// One aratedetails row to an Interval. Throws Error(storage) naming the row
// when a value cannot be understood: skipping it would silently change prices.
Interval read_interval(const store::Database& db, const store::RateDetailRow& row) {
  auto bad = [&](std::string_view column, std::string_view value) {
    return storage_error(fmt::format("{}: aratedetails row {}: {} '{}' is not valid", db.path(), row.id, column,
                                     text::shown(value)));
  };
  Interval iv;
  iv.from = row.from;
  iv.duration = row.duration;
  if (row.artype == "minute") {
    iv.kind = IntervalKind::minute;
  } else if (row.artype == "event") {
    iv.kind = IntervalKind::event;
  } else {
    throw bad("artype", row.artype);
  }
  iv.round = row.round;
  iv.price = row.price;
  auto start = parse_time_of_day(row.start_time);
  if (!start) throw bad("start_time", row.start_time);
  auto end = parse_time_of_day(row.end_time);
  if (!end) throw bad("end_time", row.end_time);
  auto day = parse_day_type(row.daytype);
  if (!day) throw bad("daytype", row.daytype);
  iv.start_second = *start;
  iv.end_second = *end;
  iv.day = *day;
  return iv;
}

}  // namespace

struct Rater::Impl {
  PrefixTrie trie;  // prefix -> index into destinations
  std::vector<Destination> destinations;
  std::unordered_map<std::int64_t, Tariff> tariffs;
  std::vector<RatePlan> plans;
  std::vector<std::int64_t> plan_rate_ids;  // rates.id of plans[i]
  static constexpr std::size_t kNoVersion = static_cast<std::size_t>(-1);
  // Dated rates (schema 10): plans[i] is in force over [from, till); the
  // key's next version, or kNoVersion. Undated rates span everything, so the
  // common case costs two comparisons.
  struct Span {
    Seconds from = Seconds::min();
    Seconds till = Seconds::max();
    std::size_t next = kNoVersion;
    bool covers(Seconds t) const { return from <= t && t < till; }
  };
  std::vector<Span> spans;  // parallel to plans

  // The version of the key starting at plan `first` in force at `t`; kNoVersion when none is.
  std::size_t in_force(std::size_t first, Seconds t) const {
    while (first != kNoVersion && !spans[first].covers(t)) first = spans[first].next;
    return first;
  }

  void add_destination(const store::DestinationRow& row);
  void load_tariffs(store::Database& db, std::optional<std::int64_t> only);
  // Registers a rate; false when its key already has one (the first stays).
  bool add_rate(const store::RateRow& row, std::vector<Interval> intervals);
};

void Rater::Impl::add_destination(const store::DestinationRow& row) {
  auto index = static_cast<std::int32_t>(destinations.size());
  // A prefix with non-digits (a badly imported table) can never match a
  // normalised number: the trie refuses it and the row is left out.
  if (!trie.insert(row.prefix, index)) return;
  Destination d;
  d.id = row.id;
  d.has_group = row.group_id.has_value();
  d.group_id = row.group_id.value_or(0);
  destinations.push_back(d);
}

void Rater::Impl::load_tariffs(store::Database& db, std::optional<std::int64_t> only) {
  const store::Currencies currencies = store::Currencies::load(db);
  const std::string& default_currency = currencies.default_code();
  // rate(default) is 1 by definition; a stored row for it is honoured.
  const store::Currency* default_row = currencies.find(default_currency);
  const Decimal to_rate = default_row != nullptr ? default_row->exchange_rate : Decimal::from_units(1);
  store::for_each_tariff(db, only, [&](const store::TariffRow& row) {
    Tariff t;
    if (row.currency != default_currency) {
      const store::Currency* from = currencies.find(row.currency);
      if (from == nullptr || from->exchange_rate.nanos() <= 0 || to_rate.nanos() <= 0) {
        throw storage_error(
            fmt::format("{}: tariff {} '{}' is priced in {}, which has no positive exchange rate in "
                        "currencies (default currency {})",
                        db.path(), row.id, text::shown(row.name), row.currency, default_currency));
      }
      t.to_default = Conversion{to_rate, from->exchange_rate};
    }
    tariffs.emplace(row.id, std::move(t));
  });
}

bool Rater::Impl::add_rate(const store::RateRow& row, std::vector<Interval> intervals) {
  auto tariff = tariffs.find(row.tariff_id);
  if (tariff == tariffs.end()) return false;
  const std::size_t index = plans.size();
  Span span;
  if (row.effective_from) span.from = *row.effective_from;
  if (row.effective_till) span.till = *row.effective_till;
  if (span.till <= span.from) return false;  // in force never
  std::unordered_map<std::int64_t, std::size_t>* keyed = nullptr;
  std::int64_t key = 0;
  if (row.destination_id) {
    keyed = &tariff->second.by_destination;
    key = *row.destination_id;
  } else if (row.group_id) {
    keyed = &tariff->second.by_group;
    key = *row.group_id;
  } else {
    return false;  // a rate for nothing
  }
  auto [it, fresh] = keyed->emplace(key, index);
  if (!fresh) {
    // Another version of the key: kept when it overlaps none before it.
    std::size_t* link = &it->second;
    while (*link != kNoVersion) {
      const Span& other = spans[*link];
      if (span.from < other.till && other.from < span.till) return false;
      link = &spans[*link].next;
    }
    *link = index;
  }
  plans.emplace_back(std::move(intervals), row.min_time);
  plan_rate_ids.push_back(row.id);
  spans.push_back(span);
  return true;
}

Rater Rater::load(store::Database& db) {
  auto impl = std::make_unique<Impl>();
  store::for_each_destination(db, [&](const store::DestinationRow& row) { impl->add_destination(row); });
  impl->trie.shrink_to_fit();
  impl->destinations.shrink_to_fit();
  impl->load_tariffs(db, std::nullopt);
  std::unordered_map<std::int64_t, std::vector<Interval>> details;
  store::for_each_rate_detail(
      db, [&](const store::RateDetailRow& row) { details[row.rate_id].push_back(read_interval(db, row)); });
  store::for_each_rate(db, [&](const store::RateRow& row) {
    std::vector<Interval> intervals;
    if (auto d = details.find(row.id); d != details.end()) intervals = std::move(d->second);
    impl->add_rate(row, std::move(intervals));
  });
  impl->plans.shrink_to_fit();
  impl->spans.shrink_to_fit();
  return Rater(std::move(impl));
}

Rater Rater::load_for(store::Database& db, std::int64_t tariff_id, std::string_view dialled) {
  auto impl = std::make_unique<Impl>();
  std::vector<std::int64_t> destination_ids, group_ids;
  store::for_each_destination_prefixing(db, normalize_number(dialled), [&](const store::DestinationRow& row) {
    impl->add_destination(row);
    destination_ids.push_back(row.id);
    if (row.group_id) group_ids.push_back(*row.group_id);
  });
  impl->load_tariffs(db, tariff_id);
  store::for_each_rate_for(db, tariff_id, destination_ids, group_ids, [&](const store::RateRow& row) {
    impl->add_rate(row, {});
  });
  // Details only for the rates that won their key, read after the rates so
  // no statement is nested inside another's loop.
  std::vector<RatePlan> plans;
  for (std::size_t i = 0; i < impl->plans.size(); ++i) {
    std::vector<Interval> intervals;
    store::for_each_rate_detail_of(db, impl->plan_rate_ids[i], [&](const store::RateDetailRow& row) {
      intervals.push_back(read_interval(db, row));
    });
    plans.emplace_back(std::move(intervals), impl->plans[i].min_time());
  }
  impl->plans = std::move(plans);
  return Rater(std::move(impl));
}

Rater::Rater(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Rater::Rater(Rater&&) noexcept = default;
Rater& Rater::operator=(Rater&&) noexcept = default;
Rater::~Rater() = default;

RatedCall Rater::rate(std::int64_t tariff_id, const CallToRate& call) const {
  return decide(tariff_id, call, nullptr);
}

RatingTrace Rater::trace(std::int64_t tariff_id, const CallToRate& call) const {
  RatingTrace t;
  t.result = decide(tariff_id, call, &t);
  return t;
}

RatedCall Rater::decide(std::int64_t tariff_id, const CallToRate& call, RatingTrace* trace) const {
  RatedCall out;
  const std::string number = normalize_number(call.dst);
  const Destination* destination = nullptr;
  if (trace != nullptr) {
    trace->number = number;
    for (const PrefixTrie::Match& m : impl_->trie.all_matches(number)) {
      const Destination& d = impl_->destinations[static_cast<std::size_t>(m.value)];
      trace->candidates.push_back(PrefixCandidate{
          number.substr(0, m.length), d.id, d.has_group ? std::optional<std::int64_t>(d.group_id) : std::nullopt});
    }
  }
  if (auto match = impl_->trie.longest_match(number)) {
    destination = &impl_->destinations[static_cast<std::size_t>(match->value)];
    out.prefix = number.substr(0, match->length);
    out.destination_id = destination->id;
  }
  auto tariff = impl_->tariffs.find(tariff_id);
  if (tariff == impl_->tariffs.end()) {
    out.unrated = Unrated::no_tariff;
    return out;
  }
  const Tariff& t = tariff->second;
  if (trace != nullptr) {
    trace->tariff_known = true;
    trace->conversion = t.to_default;
  }
  if (destination == nullptr) {
    out.unrated = Unrated::no_destination;
    return out;
  }
  // The destination's own rate in force at the call's start, else its
  // group's (dated rates: the version whose span holds the start).
  std::size_t plan_index = Impl::kNoVersion;
  RateSource source = RateSource::none;
  bool dated_gap = false;  // it has rates, none in force then
  auto find_rate = [&](const Destination& d) {
    if (auto r = t.by_destination.find(d.id); r != t.by_destination.end()) {
      plan_index = impl_->in_force(r->second, call.start);
      if (plan_index != Impl::kNoVersion) return RateSource::destination;
      dated_gap = true;
    }
    if (d.has_group) {
      if (auto g = t.by_group.find(d.group_id); g != t.by_group.end()) {
        plan_index = impl_->in_force(g->second, call.start);
        if (plan_index != Impl::kNoVersion) return RateSource::group;
        dated_gap = true;
      }
    }
    return RateSource::none;
  };
  source = find_rate(*destination);
  if (source == RateSource::none && dated_gap) {
    // A destination whose rates all start later (a prefix a dated deck
    // added) or ended: the call is priced by the longest shorter prefix
    // with a rate in force then, as it was before that deck. Undated
    // tariffs never get here.
    const std::vector<PrefixTrie::Match> matches = impl_->trie.all_matches(number);
    for (std::size_t i = matches.size(); i-- > 0 && source == RateSource::none;) {
      if (matches[i].length >= out.prefix.size()) continue;
      const Destination& shorter = impl_->destinations[static_cast<std::size_t>(matches[i].value)];
      dated_gap = false;
      source = find_rate(shorter);
      if (source != RateSource::none) {
        out.prefix = number.substr(0, matches[i].length);
        out.destination_id = shorter.id;
      } else if (!dated_gap) {
        break;  // a shorter destination without any rate: as undated, no rate
      }
    }
  }
  if (source == RateSource::none) {
    out.unrated = Unrated::no_rate;
    return out;
  }
  const RatePlan& plan = impl_->plans[plan_index];
  PlanTrace* plan_trace = nullptr;
  if (trace != nullptr) {
    trace->source = source;
    trace->rate_id = impl_->plan_rate_ids[plan_index];
    trace->plan = &plan;
    plan_trace = &trace->plan_trace;
  }
  // Most rates are all-day: only the others pay for the time-zone lookup
  // (an explanation always shows the moment).
  LocalMoment when = plan.time_dependent() || trace != nullptr ? local_moment(call.start, call.zone) : LocalMoment{};
  auto priced = plan.price(CallSeconds{call.billsec, call.grace_time}, when, t.to_default, plan_trace);
  if (!priced) {
    out.unrated = Unrated::no_rate;  // no detail covers this time of day / day type
    return out;
  }
  out.rate = priced->rate;
  out.billed_seconds = priced->billed_seconds;
  out.price = priced->price;
  return out;
}

}  // namespace kolmi::rating
