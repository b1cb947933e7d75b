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
#include "core/store/conflines.hpp"
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

struct Tariff {
  // Rate plan indexes. The first rate row (lowest id) for a key wins.
  std::unordered_map<std::int64_t, std::size_t> by_destination;
  std::unordered_map<std::int64_t, std::size_t> by_group;
  Conversion to_default;  // tariff currency -> default currency
};

// One aratedetails row to an Interval. Throws Error(storage) naming the row
// when a value cannot be understood: skipping it would silently change prices.
Interval read_interval(const store::Database& db, const store::Statement& s) {
  // Columns: id, rate_id, "from", duration, artype, round, price, start_time, end_time, daytype.
  auto bad = [&](std::string_view column, std::string_view value) {
    return storage_error(fmt::format("{}: aratedetails row {}: {} '{}' is not valid", db.path(), s.int64(0),
                                     column, text::shown(value)));
  };
  Interval iv;
  iv.from = s.int64(2);
  iv.duration = s.int64(3);
  std::string_view artype = s.text(4);
  if (artype == "minute") {
    iv.kind = IntervalKind::minute;
  } else if (artype == "event") {
    iv.kind = IntervalKind::event;
  } else {
    throw bad("artype", artype);
  }
  iv.round = s.int64(5);
  iv.price = s.decimal(6);
  auto start = parse_time_of_day(s.text(7));
  if (!start) throw bad("start_time", s.text(7));
  auto end = parse_time_of_day(s.text(8));
  if (!end) throw bad("end_time", s.text(8));
  auto day = parse_day_type(s.text(9));
  if (!day) throw bad("daytype", s.text(9));
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

  void load_destinations(store::Database& db);
  void load_tariffs(store::Database& db);
  void load_rates(store::Database& db);
};

void Rater::Impl::load_destinations(store::Database& db) {
  store::Statement s = db.prepare("SELECT id, prefix, destinationgroup_id FROM destinations ORDER BY id");
  while (s.step()) {
    auto index = static_cast<std::int32_t>(destinations.size());
    // A prefix with non-digits (a badly imported table) can never match a
    // normalised number: the trie refuses it and the row is left out.
    if (!trie.insert(s.text(1), index)) continue;
    Destination d;
    d.id = s.int64(0);
    d.has_group = !s.is_null(2);
    d.group_id = d.has_group ? s.int64(2) : 0;
    destinations.push_back(d);
  }
  trie.shrink_to_fit();
  destinations.shrink_to_fit();
}

void Rater::Impl::load_tariffs(store::Database& db) {
  const std::string default_currency = store::confline_str(db, store::conf::kDefaultCurrency, "USD");
  std::unordered_map<std::string, Decimal> exchange;
  {
    store::Statement s = db.prepare("SELECT name, exchange_rate FROM currencies");
    while (s.step()) exchange.emplace(s.str(0), s.decimal(1));
  }
  // rate(default) is 1 by definition; a stored row for it is honoured.
  auto default_rate = exchange.find(default_currency);
  Decimal to_rate = default_rate != exchange.end() ? default_rate->second : Decimal::from_units(1);

  store::Statement s = db.prepare("SELECT id, name, currency FROM tariffs");
  while (s.step()) {
    Tariff t;
    std::string currency = s.str(2);
    if (currency != default_currency) {
      auto from = exchange.find(currency);
      if (from == exchange.end() || from->second.nanos() <= 0 || to_rate.nanos() <= 0) {
        throw storage_error(
            fmt::format("{}: tariff {} '{}' is priced in {}, which has no positive exchange rate in "
                        "currencies (default currency {})",
                        db.path(), s.int64(0), text::shown(s.text(1)), currency, default_currency));
      }
      t.to_default = Conversion{to_rate, from->second};
    }
    tariffs.emplace(s.int64(0), std::move(t));
  }
}

void Rater::Impl::load_rates(store::Database& db) {
  std::unordered_map<std::int64_t, std::vector<Interval>> details;
  {
    store::Statement s = db.prepare(
        "SELECT id, rate_id, \"from\", duration, artype, round, price, start_time, end_time, "
        "daytype FROM aratedetails ORDER BY rate_id, \"from\", id");
    while (s.step()) details[s.int64(1)].push_back(read_interval(db, s));
  }
  store::Statement s = db.prepare(
      "SELECT id, tariff_id, destination_id, destinationgroup_id, min_time FROM rates ORDER BY id");
  while (s.step()) {
    auto tariff = tariffs.find(s.int64(1));
    if (tariff == tariffs.end()) continue;
    std::vector<Interval> intervals;
    if (auto d = details.find(s.int64(0)); d != details.end()) intervals = std::move(d->second);
    std::size_t index = plans.size();
    if (!s.is_null(2)) {
      if (!tariff->second.by_destination.emplace(s.int64(2), index).second) continue;
    } else if (!s.is_null(3)) {
      if (!tariff->second.by_group.emplace(s.int64(3), index).second) continue;
    } else {
      continue;  // a rate for nothing
    }
    plans.emplace_back(std::move(intervals), s.int64(4));
  }
  plans.shrink_to_fit();
}

Rater Rater::load(store::Database& db) {
  auto impl = std::make_unique<Impl>();
  impl->load_destinations(db);
  impl->load_tariffs(db);
  impl->load_rates(db);
  return Rater(std::move(impl));
}

Rater::Rater(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Rater::Rater(Rater&&) noexcept = default;
Rater& Rater::operator=(Rater&&) noexcept = default;
Rater::~Rater() = default;

RatedCall Rater::rate(std::int64_t tariff_id, const CallToRate& call) const {
  RatedCall out;
  const std::string number = normalize_number(call.dst);
  const Destination* destination = nullptr;
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
  if (destination == nullptr) {
    out.unrated = Unrated::no_destination;
    return out;
  }
  const Tariff& t = tariff->second;
  const RatePlan* plan = nullptr;
  if (auto r = t.by_destination.find(destination->id); r != t.by_destination.end()) {
    plan = &impl_->plans[r->second];
  } else if (destination->has_group) {
    if (auto g = t.by_group.find(destination->group_id); g != t.by_group.end()) {
      plan = &impl_->plans[g->second];
    }
  }
  if (plan == nullptr) {
    out.unrated = Unrated::no_rate;
    return out;
  }
  // Most rates are all-day: only the others pay for the time-zone lookup.
  LocalMoment when = plan->time_dependent() ? local_moment(call.start, call.zone) : LocalMoment{};
  auto priced = plan->price(CallSeconds{call.billsec, call.grace_time}, when, t.to_default);
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
