#include "core/import/tariff_rates.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::import {

namespace {

// One aratedetails row, as stored.
struct Detail {
  std::int64_t from = 1;
  std::int64_t duration = -1;
  std::string artype = "minute";
  std::int64_t round = 1;
  std::int64_t price = 0;  // nanos
  std::string start_time = "00:00:00";
  std::string end_time = "23:59:59";
  std::string daytype;
  friend bool operator==(const Detail&, const Detail&) = default;
};

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
  std::vector<Detail> details;
};

std::int64_t key_of(bool group, std::int64_t id) {
  return group ? -id - 1 : id;
}  // ids are positive

}  // namespace

Tariff find_or_create_tariff(store::Database& db, const std::string& name,
                             const std::optional<std::string>& currency) {
  store::Statement find = db.prepare("SELECT id, currency FROM tariffs WHERE name = ?");
  find.bind(1, name);
  if (find.step()) {
    Tariff t{find.int64(0), find.str(1), false};
    if (currency && *currency != t.currency) {
      throw usage_error(fmt::format("--currency {}: tariff '{}' is priced in {}", *currency,
                                    text::shown(name), t.currency));
    }
    return t;
  }
  const std::string code =
      currency ? *currency : store::confline_str(db, store::conf::kDefaultCurrency);
  store::Statement known = db.prepare("SELECT 1 FROM currencies WHERE name = ?");
  known.bind(1, code);
  if (!known.step()) throw usage_error(fmt::format("--currency: no currency '{}'", text::shown(code)));
  db.prepare("INSERT INTO tariffs (name, purpose, currency) VALUES (?, 'user', ?)")
      .bind_all(name, code)
      .run();
  return Tariff{db.last_insert_rowid(), code, true};
}

struct TariffRates::Stored {
  std::vector<StoredRate> rates;
  std::unordered_map<std::int64_t, std::size_t> by_key;  // key_of -> index of the first rate
};

TariffRates::TariffRates(store::Database& db, std::int64_t tariff_id)
    : db_(db), tariff_id_(tariff_id), stored_(std::make_unique<Stored>()) {
  std::vector<StoredRate>& stored = stored_->rates;
  std::unordered_map<std::int64_t, std::size_t>& by_key = stored_->by_key;
  std::unordered_map<std::int64_t, std::size_t> by_id;
  {
    store::Statement s = db.prepare(
        "SELECT id, destination_id, destinationgroup_id, min_time FROM rates WHERE tariff_id = ? ORDER BY "
        "id");
    s.bind(1, tariff_id);
    while (s.step()) {
      StoredRate r;
      r.id = s.int64(0);
      r.group = s.is_null(1);
      if (r.group && s.is_null(2)) continue;  // a rate for nothing; the engine ignores it too
      r.key = r.group ? s.int64(2) : s.int64(1);
      r.min_time = s.int64(3);
      r.first = by_key.try_emplace(key_of(r.group, r.key), stored.size()).second;
      by_id.emplace(r.id, stored.size());
      stored.push_back(std::move(r));
    }
  }
  store::Statement s = db.prepare(
      "SELECT d.rate_id, d.\"from\", d.duration, d.artype, d.round, d.price, d.start_time, d.end_time, "
      "d.daytype FROM aratedetails d JOIN rates r ON r.id = d.rate_id WHERE r.tariff_id = ? "
      "ORDER BY d.rate_id, d.\"from\", d.id");
  s.bind(1, tariff_id);
  while (s.step()) {
    auto it = by_id.find(s.int64(0));
    if (it == by_id.end()) continue;
    stored[it->second].details.push_back(
        Detail{s.int64(1), s.int64(2), s.str(3), s.int64(4), s.int64(5), s.str(6), s.str(7), s.str(8)});
  }
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
  store::Database& db = db_;
  const std::int64_t tariff_id = tariff_id_;
  const std::vector<StoredRate>& stored = stored_->rates;
  const std::unordered_map<std::int64_t, std::size_t>& by_key = stored_->by_key;
  store::Statement add_rate = db.prepare(
      "INSERT INTO rates (tariff_id, destination_id, destinationgroup_id, min_time) VALUES (?, ?, ?, ?)");
  store::Statement set_min_time = db.prepare("UPDATE rates SET min_time = ? WHERE id = ?");
  store::Statement clear_details = db.prepare("DELETE FROM aratedetails WHERE rate_id = ?");
  store::Statement add_detail = db.prepare(
      "INSERT INTO aratedetails (rate_id, \"from\", duration, artype, round, price, start_time, end_time, "
      "daytype) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  store::Statement remove_rate = db.prepare("DELETE FROM rates WHERE id = ?");  // details cascade

  auto write_details = [&](std::int64_t rate_id, const std::vector<Detail>& details) {
    for (const Detail& d : details) {
      add_detail.bind_all(rate_id, d.from, d.duration, d.artype, d.round, d.price, d.start_time, d.end_time,
                          d.daytype);
      add_detail.run();
    }
  };

  std::unordered_map<std::int64_t, bool> planned;  // key_of -> true
  for (const PlannedRate& p : plan.rates) {
    planned.emplace(key_of(p.group, p.key), true);
    const std::vector<Detail> details = details_of(*p.price);
    auto it = by_key.find(key_of(p.group, p.key));
    if (it == by_key.end()) {
      add_rate.bind(1, tariff_id);
      p.group ? add_rate.bind_null(2).bind(3, p.key) : add_rate.bind(2, p.key).bind_null(3);
      add_rate.bind(4, p.price->min_time).run();
      write_details(db.last_insert_rowid(), details);
      ++counts.added;
      continue;
    }
    const StoredRate& r = stored[it->second];
    if (r.min_time == p.price->min_time && r.details == details) {
      ++counts.unchanged;
      continue;
    }
    set_min_time.bind_all(p.price->min_time, r.id).run();
    clear_details.bind(1, r.id).run();
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
    remove_rate.bind(1, r.id).run();
    ++counts.removed;
  }
}

}  // namespace kolmi::import
