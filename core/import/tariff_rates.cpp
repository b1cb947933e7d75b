#include "core/import/tariff_rates.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/store/tariff_rate_list.hpp"
#include "core/store/tariff_writes.hpp"
#include "core/store/user_accounts.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::import {

namespace {

// One aratedetails row, as stored.
using Detail = store::TariffRateDetail;

// The details of a deck price, in the order the engine applies them ("from", then id).
std::vector<Detail> details_of(const DeckPrice& p) {
  std::vector<Detail> out;
  const std::int64_t free = p.included_seconds;
  if (!p.connection_fee.is_zero()) {
    Detail fee;
    fee.from = free > 0 ? free + 1 : 0;
    fee.artype = "event";
    fee.price = p.connection_fee.nanos();
    out.push_back(fee);
  }
  if (free > 0) {
    Detail included;
    included.duration = free;
    out.push_back(included);
  }
  Detail minute;
  minute.from = free + 1;
  minute.round = p.increment;
  minute.price = p.rate.nanos();
  out.push_back(minute);
  // "from" order; the fee of a call with free seconds starts with the paid minutes.
  std::stable_sort(out.begin(), out.end(), [](const Detail& a, const Detail& b) { return a.from < b.from; });
  return out;
}

struct StoredRate {
  std::int64_t id = 0;
  bool group = false;
  std::int64_t key = 0;
  std::int64_t min_time = 0;
  bool first = true;  // the lowest id for its key: the one the engine uses
  std::optional<Seconds> from, till;  // the version's span (dated rates)
  std::vector<Detail> details;
};

std::int64_t key_of(bool group, std::int64_t id) {
  return group ? -id - 1 : id;
}  // ids are positive

}  // namespace

Tariff find_or_create_tariff(store::Database& db, const std::string& name,
                             const std::optional<std::string>& currency, const std::optional<std::string>& purpose) {
  if (auto found = store::find_tariff(db, name)) {
    Tariff t{found->id, found->currency, false, found->purpose};
    if (purpose && *purpose != t.purpose) {
      throw usage_error(fmt::format("--purpose {}: tariff '{}' is a {} tariff", *purpose, text::shown(name),
                                    text::shown(t.purpose)));
    }
    if (currency && *currency != t.currency) {
      throw usage_error(fmt::format("--currency {}: tariff '{}' is priced in {}", *currency,
                                    text::shown(name), t.currency));
    }
    return t;
  }
  const std::string code =
      currency ? *currency : store::confline_str(db, store::conf::kDefaultCurrency);
  if (!store::find_currency(db, code))
    throw usage_error(fmt::format("--currency: no currency '{}'", text::shown(code)));
  const std::string kind = purpose.value_or("user");
  return Tariff{store::insert_tariff(db, name, kind, code), code, true, kind};
}

struct TariffRates::Stored {
  std::vector<StoredRate> rates;  // the versions in force at the moment (or the latest ones)
  std::unordered_map<std::int64_t, std::size_t> by_key;  // key_of -> index of the first rate
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> later;  // key_of -> ids of versions after it
};

TariffRates::TariffRates(store::Database& db, std::int64_t tariff_id, std::optional<Seconds> at)
    : db_(db), tariff_id_(tariff_id), at_(at), stored_(std::make_unique<Stored>()) {
  std::vector<StoredRate>& stored = stored_->rates;
  std::unordered_map<std::int64_t, std::size_t>& by_key = stored_->by_key;
  std::unordered_map<std::int64_t, std::size_t> by_id;
  store::for_each_tariff_rate_head(db, tariff_id, [&](const store::TariffRateHead& h) {
    StoredRate r;
    r.id = h.id;
    r.group = !h.destination_id;
    if (r.group && !h.group_id) return;  // a rate for nothing; the engine ignores it too
    r.key = r.group ? *h.group_id : *h.destination_id;
    r.min_time = h.min_time;
    r.from = h.effective_from;
    r.till = h.effective_till;
    if (!at) {
      if (r.till) return;  // an ended version: history, not the latest price
    } else if (r.from && *r.from > *at) {
      stored_->later[key_of(r.group, r.key)].push_back(r.id);
      return;
    } else if (r.till && *r.till <= *at) {
      return;  // over before the moment
    }
    r.first = by_key.try_emplace(key_of(r.group, r.key), stored.size()).second;
    by_id.emplace(r.id, stored.size());
    stored.push_back(std::move(r));
  });
  store::for_each_tariff_rate_detail(db, tariff_id, [&](std::int64_t rate_id, Detail&& d) {
    auto it = by_id.find(rate_id);
    if (it == by_id.end()) return;
    stored[it->second].details.push_back(std::move(d));
  });
}

TariffRates::~TariffRates() = default;

bool TariffRates::prices_otherwise(const PlanDestination& d, const DeckPrice& price) const {
  auto it = stored_->by_key.find(key_of(false, d.id));
  if (it == stored_->by_key.end() && d.group_id) it = stored_->by_key.find(key_of(true, *d.group_id));
  if (it == stored_->by_key.end()) return false;
  const StoredRate& r = stored_->rates[it->second];
  return r.min_time != price.min_time || r.details != details_of(price);
}

void TariffRates::write(const TariffPlan& plan, bool replace, RateCounts& counts) {
  if (at_) return write_dated(plan, replace, counts);
  store::Database& db = db_;
  const std::int64_t tariff_id = tariff_id_;
  const std::vector<StoredRate>& stored = stored_->rates;
  const std::unordered_map<std::int64_t, std::size_t>& by_key = stored_->by_key;
  store::TariffRateWriter writer(db);

  auto write_details = [&](std::int64_t rate_id, const std::vector<Detail>& details) {
    for (const Detail& d : details) writer.add_detail(rate_id, d);
  };

  std::unordered_map<std::int64_t, bool> planned;  // key_of -> true
  for (const PlannedRate& p : plan.rates) {
    planned.emplace(key_of(p.group, p.key), true);
    const std::vector<Detail> details = details_of(*p.price);
    auto it = by_key.find(key_of(p.group, p.key));
    if (it == by_key.end()) {
      const std::int64_t rate_id = p.group
                                       ? writer.add_rate(tariff_id, std::nullopt, p.key, p.price->min_time)
                                       : writer.add_rate(tariff_id, p.key, std::nullopt, p.price->min_time);
      write_details(rate_id, details);
      ++counts.added;
      continue;
    }
    const StoredRate& r = stored[it->second];
    if (r.min_time == p.price->min_time && r.details == details) {
      ++counts.unchanged;
      continue;
    }
    writer.set_min_time(r.id, p.price->min_time);
    writer.clear_details(r.id);
    write_details(r.id, details);
    ++counts.updated;
  }

  for (const StoredRate& r : stored) {
    const bool in_plan = planned.count(key_of(r.group, r.key)) > 0;
    bool remove = false;
    if (in_plan) {
      remove = !r.first;  // a repeat the engine never reads; it would only confuse
    } else if (replace) {
      remove = true;
    } else {
      remove = !r.group && plan.covered.count(r.key) > 0;  // would override the deck's group price
    }
    if (!remove) continue;
    writer.remove_rate(r.id);  // its details go with it
    ++counts.removed;
  }
}

// The dated write (rules in the header): versions end and start at at_.
void TariffRates::write_dated(const TariffPlan& plan, bool replace, RateCounts& counts) {
  const Seconds at = *at_;
  const std::vector<StoredRate>& stored = stored_->rates;
  const std::unordered_map<std::int64_t, std::size_t>& by_key = stored_->by_key;
  store::TariffRateWriter writer(db_);
  auto drop_later = [&](std::int64_t key) {
    auto it = stored_->later.find(key);
    if (it == stored_->later.end()) return;
    for (std::int64_t id : it->second) writer.remove_rate(id);
    counts.superseded += static_cast<std::int64_t>(it->second.size());
    stored_->later.erase(it);
  };
  auto end_at = [&](const StoredRate& r) {
    if (r.from && *r.from == at) {
      writer.remove_rate(r.id);  // a version of this very moment: nothing of it stays
    } else {
      writer.set_effective_till(r.id, at);
    }
  };
  auto add = [&](const PlannedRate& p, const std::vector<Detail>& details) {
    const std::int64_t id = p.group ? writer.add_rate(tariff_id_, std::nullopt, p.key, p.price->min_time, at)
                                    : writer.add_rate(tariff_id_, p.key, std::nullopt, p.price->min_time, at);
    for (const Detail& d : details) writer.add_detail(id, d);
  };

  std::unordered_map<std::int64_t, bool> planned;  // key_of -> true
  for (const PlannedRate& p : plan.rates) {
    const std::int64_t key = key_of(p.group, p.key);
    planned.emplace(key, true);
    drop_later(key);
    const std::vector<Detail> details = details_of(*p.price);
    auto it = by_key.find(key);
    if (it == by_key.end()) {
      add(p, details);
      ++counts.added;
      continue;
    }
    const StoredRate& r = stored[it->second];
    if (r.min_time == p.price->min_time && r.details == details) {
      if (r.till) writer.set_effective_till(r.id, std::nullopt);  // its successor was superseded
      ++counts.unchanged;
      continue;
    }
    if (r.from && *r.from == at) {
      writer.set_min_time(r.id, p.price->min_time);
      writer.clear_details(r.id);
      for (const Detail& d : details) writer.add_detail(r.id, d);
      if (r.till) writer.set_effective_till(r.id, std::nullopt);
    } else {
      writer.set_effective_till(r.id, at);
      add(p, details);
    }
    ++counts.updated;
  }
  // A destination the deck prices may be priced through its group now:
  // its own versions scheduled later would override the deck.
  for (std::int64_t id : plan.covered) drop_later(key_of(false, id));

  for (const StoredRate& r : stored) {
    const std::int64_t key = key_of(r.group, r.key);
    const bool in_plan = planned.count(key) > 0;
    bool remove = false;
    if (in_plan) {
      remove = !r.first;
    } else if (replace) {
      remove = true;
    } else {
      remove = !r.group && plan.covered.count(r.key) > 0;
    }
    if (!remove) continue;
    if (!in_plan) drop_later(key);
    end_at(r);
    ++counts.removed;
  }
}

}  // namespace kolmi::import
