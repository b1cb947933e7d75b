// kolmi admin tariff diff: the deck against the tariff's prices at each
// row's effective moment (rules in tariff_diff.hpp).
#include "core/console/tariff_diff.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/rating/rater.hpp"
#include "core/store/rating_data.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

constexpr std::int64_t kDay = 86'400;

// What a price plan charges, in the deck's terms: the per-minute price of
// its open-ended minute detail (the last minute detail: included seconds
// come first, at 0), the sum of its fees, its increment and minimal time.
struct PlanTerms {
  Decimal rate, fee;
  std::int64_t increment = 1, min_time = 0;
};

PlanTerms terms_of(const rating::RatePlan& plan) {
  PlanTerms t;
  t.min_time = plan.min_time();
  for (const rating::Interval& iv : plan.intervals()) {
    if (iv.kind == rating::IntervalKind::event) {
      t.fee += iv.price;
    } else {
      t.rate = iv.price;
      t.increment = std::max<std::int64_t>(iv.round, 1);
    }
  }
  return t;
}

// The tariff's terms for a call to `number` starting at `at`; nullopt when it prices none.
std::optional<PlanTerms> old_terms(const rating::Rater& rater, std::int64_t tariff_id, std::string_view number,
                                   Seconds at, std::string* matched_prefix = nullptr) {
  rating::CallToRate call;
  call.dst = number;
  call.billsec = 60;
  call.start = at;
  const rating::RatingTrace t = rater.trace(tariff_id, call);
  if (t.plan == nullptr || t.source == rating::RateSource::none) return std::nullopt;
  if (matched_prefix != nullptr) *matched_prefix = t.result.prefix;
  return terms_of(*t.plan);
}

// (new - old) / old x 100, exact, rounded once to 2 decimals; "" when old is 0.
std::string percent(Decimal old_rate, Decimal new_rate) {
  if (old_rate.nanos() == 0) return {};
  const Int128 diff = static_cast<Int128>(new_rate.nanos()) - old_rate.nanos();
  // percent in hundredths: diff x 100 x 100 / old, then back to nano-units.
  const std::int64_t hundredths = round_div(diff * 10'000, old_rate.nanos() < 0 ? -static_cast<Int128>(old_rate.nanos())
                                                                                 : static_cast<Int128>(old_rate.nanos()));
  return Decimal::from_nanos(hundredths * (Decimal::kScale / 100)).to_fixed(2);
}

std::int64_t whole_days(Seconds from, Seconds to) {
  const std::int64_t s = (to - from).count();
  return s >= 0 ? s / kDay : -((-s + kDay - 1) / kDay);
}

}  // namespace

TariffDiff diff_tariff(store::Database& db, const TariffDiffOptions& o) {
  TariffDiff out;
  auto tariff = store::find_tariff(db, o.deck.tariff);
  if (!tariff) throw not_found_error(fmt::format("no tariff '{}'", text::shown(o.deck.tariff)));
  out.tariff = *tariff;
  const import::Deck deck = import::read_rate_deck(o.deck);
  const import::DatedRows dated = import::dated_rows(deck, o.deck);
  const rating::Rater rater = rating::Rater::load(db);

  // Each deck row with its moment (now when the deck has no dates), in file order.
  std::vector<std::pair<const import::DeckRow*, Seconds>> rows;
  Seconds last = o.now;
  if (dated.empty()) {
    for (const import::DeckRow& r : deck.rows) rows.emplace_back(&r, o.now);
  } else {
    for (const auto& [at, list] : dated) {
      for (const import::DeckRow* r : list) rows.emplace_back(r, at);
      last = at;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first->line < b.first->line; });
  }
  // Each deck prefix's last version: what prices the destinations it covers.
  std::unordered_map<std::string_view, std::pair<const import::DeckRow*, Seconds>> latest;
  for (const auto& [row, at] : rows) {
    auto [it, fresh] = latest.try_emplace(row->prefix, row, at);
    if (!fresh && it->second.second < at) it->second = {row, at};
  }

  auto finish = [&](PrefixChange& c) {
    c.notice_days = whole_days(o.now, c.effective);
    const bool rise = c.kind == PriceChangeKind::increased ||
                      (c.old_fee && c.new_fee && *c.new_fee > *c.old_fee);
    c.short_notice = rise && (c.effective - o.now).count() < o.notice_days * kDay;
    if (c.short_notice) ++out.short_notice;
  };

  // A priced prefix against its old terms; false when nothing changes.
  auto compare = [&](PrefixChange& c, const import::DeckRow& row, const std::optional<PlanTerms>& old) {
    c.new_rate = row.price.rate;
    c.new_fee = row.price.connection_fee;
    if (!old) {
      c.kind = PriceChangeKind::added;
      ++out.added;
    } else {
      c.old_rate = old->rate;
      c.old_fee = old->fee;
      c.change_percent = percent(old->rate, row.price.rate);
      if (row.price.rate != old->rate) {
        c.kind = row.price.rate > old->rate ? PriceChangeKind::increased : PriceChangeKind::decreased;
      } else if (row.price.connection_fee != old->fee) {
        c.kind = row.price.connection_fee > old->fee ? PriceChangeKind::increased : PriceChangeKind::decreased;
      } else if (row.price.increment != old->increment || row.price.min_time != old->min_time) {
        c.kind = PriceChangeKind::changed;
      } else {
        ++out.unchanged;
        return false;
      }
      ++(c.kind == PriceChangeKind::increased   ? out.increased
         : c.kind == PriceChangeKind::decreased ? out.decreased
                                                : out.changed);
    }
    finish(c);
    return true;
  };

  for (const auto& [row, at] : rows) {
    PrefixChange c;
    c.prefix = row->prefix;
    c.destination = row->name;
    c.effective = at;
    if (compare(c, *row, old_terms(rater, tariff->id, row->prefix, at))) out.changes.push_back(std::move(c));
  }

  // The other destinations the tariff prices: a deck prefix that covers
  // one prices it from then on (as an import with --replace does), else it
  // is removed. The visit reads no database (a streamed list); names are
  // read after it.
  std::vector<PrefixChange> others;
  store::for_each_destination(db, [&](const store::DestinationRow& d) {
    const std::pair<const import::DeckRow*, Seconds>* cover = nullptr;
    for (std::size_t n = d.prefix.size(); n > 0 && cover == nullptr; --n) {
      if (auto it = latest.find(d.prefix.substr(0, n)); it != latest.end()) {
        if (n == d.prefix.size()) return;  // a deck prefix: listed above
        cover = &it->second;
      }
    }
    const Seconds at = cover != nullptr ? cover->second : last;
    std::string matched;
    const std::optional<PlanTerms> old = old_terms(rater, tariff->id, d.prefix, at, &matched);
    if (!old || matched != d.prefix) return;  // priced by nothing, or only through a shorter prefix
    PrefixChange c;
    c.prefix = std::string(d.prefix);
    c.effective = at;
    if (cover != nullptr) {
      if (compare(c, *cover->first, old)) others.push_back(std::move(c));
      return;
    }
    c.kind = PriceChangeKind::removed;
    c.old_rate = old->rate;
    c.old_fee = old->fee;
    finish(c);
    ++out.removed;
    others.push_back(std::move(c));
  });
  std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a.prefix < b.prefix; });
  for (PrefixChange& c : others) {
    c.destination = store::destination_name_of(db, c.prefix).value_or("");
    out.changes.push_back(std::move(c));
  }
  return out;
}

namespace {

constexpr std::string_view kChangeColumns[] = {
    "prefix",   "destination", "change",    "old_rate",       "new_rate",       "change_percent",
    "old_connection_fee", "new_connection_fee", "currency", "effective_from", "notice_days", "short_notice"};

std::string_view kind_name(PriceChangeKind k) {
  switch (k) {
    case PriceChangeKind::added: return "new";
    case PriceChangeKind::removed: return "removed";
    case PriceChangeKind::increased: return "increased";
    case PriceChangeKind::decreased: return "decreased";
    case PriceChangeKind::changed: return "changed";
  }
  return "";
}

void price(output::TreeWriter& w, std::string_view name, const std::optional<Decimal>& value) {
  w.money(name, value, value ? value->to_string() : std::string(), "");
}

}  // namespace

void write_tariff_diff(output::TreeWriter& w, const TariffDiff& d) {
  w.begin("tariff_diff");
  w.text("tariff", d.tariff.name);
  w.text("currency", d.tariff.currency);
  w.integer("new", d.added);
  w.integer("removed", d.removed);
  w.integer("increased", d.increased);
  w.integer("decreased", d.decreased);
  w.integer("changed", d.changed);
  w.integer("unchanged", d.unchanged);
  w.integer("short_notice", d.short_notice);
  w.open_list("changes", "rate_change", kChangeColumns);
  for (const PrefixChange& c : d.changes) {
    w.open_item();
    w.text("prefix", c.prefix);
    w.text("destination", c.destination);
    w.text("change", kind_name(c.kind));
    price(w, "old_rate", c.old_rate);
    price(w, "new_rate", c.new_rate);
    w.number("change_percent", c.change_percent);
    price(w, "old_connection_fee", c.old_fee);
    price(w, "new_connection_fee", c.new_fee);
    w.text("currency", d.tariff.currency);
    w.text("effective_from", format_utc(c.effective));
    w.integer("notice_days", c.notice_days);
    w.text("short_notice", c.short_notice ? "yes" : "no");
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
