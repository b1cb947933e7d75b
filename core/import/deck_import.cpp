#include "core/import/deck_import.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/import/csv_reader.hpp"
#include "core/import/deck_reader.hpp"
#include "core/import/import_input.hpp"
#include "core/import/destination_book.hpp"
#include "core/import/price_bounds.hpp"
#include "core/import/tariff_plan.hpp"
#include "core/import/tariff_rates.hpp"
#include "core/store/currencies.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::import {

namespace {

// The whole file, checked. Errors as in the header.
Deck read_deck_file(const DeckImportOptions& o, DeckKind kind) {
  const ImportInput input(o.path, o.standard_input);
  try {
    return read_deck(input.file(), kind);
  } catch (const ImportError& e) {
    throw action_error(fmt::format("{}:{}: {}", input.name(), e.line(), e.what()));
  } catch (const std::runtime_error& e) {
    throw storage_error(fmt::format("{}: {}", input.name(), e.what()));
  }
}

// Every row's longest call must also fit once converted into any currency
// the tariff's prices may be shown in (import_limits.hpp): the deck reader
// bounded the prices in the tariff's own currency only.
void check_longest_calls(const Deck& deck, const std::string& path, const std::string& currency,
                         const store::Currencies& currencies) {
  auto rate_of = [&](std::string_view code) -> std::optional<Decimal> {
    const store::Currency* c = currencies.find(code);
    if (c && c->exchange_rate > Decimal()) return c->exchange_rate;
    if (!c && code == currencies.default_code()) return Decimal::from_units(1);
    return std::nullopt;
  };
  const std::optional<Decimal> from = rate_of(currency);
  if (!from) return;  // no conversion from it is possible: the rating engine refuses the tariff
  Decimal largest = *from;
  std::string largest_code = currency;
  if (auto d = rate_of(currencies.default_code()); d && *d > largest) {
    largest = *d;
    largest_code = currencies.default_code();
  }
  for (const store::Currency& c : currencies.all()) {
    if (c.exchange_rate > largest) {
      largest = c.exchange_rate;
      largest_code = c.code;
    }
  }
  for (const DeckRow& row : deck.rows) {
    if (longest_call_fits(row.price, largest, *from)) continue;
    throw action_error(fmt::format(
        "{}:{}: the price per minute '{}' is too large for a tariff in {}: a call of {} seconds shown in {} "
        "would cost more than {}",
        path, row.line, row.price.rate.to_string(), currency, kMaxCallSeconds, largest_code,
        kMaxCallPrice.to_string(0)));
  }
}

void apply_destinations(const Deck& deck, DestinationBook& book, DeckImportSummary& sum) {
  DestinationCounts counts;
  book.apply(deck, counts);
  sum.read = deck.read;
  sum.repeated = deck.repeated;
  sum.destinations_added = counts.added;
  sum.destinations_updated = counts.updated;
  sum.destinations_unchanged = counts.unchanged;
  sum.groups_added = counts.groups_added;
  sum.countries_added = counts.countries_added;
}

}  // namespace

DatedRows dated_rows(const Deck& deck, const RateImportOptions& o) {
  DatedRows out;
  bool dated = o.effective_from.has_value();
  for (const DeckRow& row : deck.rows) dated = dated || !row.effective.empty();
  if (!dated) return out;
  const TimeZone zone(o.time_zone);  // Error(usage) for an unknown zone
  std::optional<Seconds> given;
  if (o.effective_from) {
    if (!parse_utc(*o.effective_from)) {
      throw usage_error(fmt::format("--effective-from: '{}' is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)",
                                    text::shown(*o.effective_from)));
    }
    given = zone.to_utc(*o.effective_from);
  }
  const std::string name = input_name(o.path);
  std::unordered_map<std::string, const DeckRow*> seen;  // prefix + moment
  for (const DeckRow& row : deck.rows) {
    std::optional<Seconds> at = given;
    if (!row.effective.empty()) at = zone.to_utc(row.effective);
    if (!at) {
      throw action_error(fmt::format("{}:{}: no effective date for prefix {}: the column is empty and no "
                                     "--effective-from was given",
                                     name, row.line, row.prefix));
    }
    auto [it, fresh] = seen.try_emplace(row.prefix + '|' + format_utc(*at), &row);
    if (!fresh && !(it->second->price == row.price)) {
      throw action_error(fmt::format("{}:{}: prefix {} again, effective from {} UTC as on line {} with a different "
                                     "price: two rates would be in force at the same moment",
                                     name, row.line, row.prefix, format_utc(*at), it->second->line));
    }
    if (fresh) out[*at].push_back(&row);
  }
  if (o.replace && out.size() > 1) {
    throw usage_error(fmt::format("--replace: {} holds {} effective dates; --replace takes a deck of one date",
                                  name, out.size()));
  }
  return out;
}

namespace {

// One row per prefix, for the destinations (a dated deck may give a prefix
// on several dates, always as the same destination: deck_reader.hpp).
Deck destinations_of(const Deck& deck) {
  Deck out;
  out.read = deck.read;
  out.repeated = deck.repeated;
  std::unordered_map<std::string_view, bool> seen;
  for (const DeckRow& row : deck.rows) {
    if (seen.emplace(row.prefix, true).second) out.rows.push_back(row);
  }
  return out;
}

}  // namespace

Deck read_rate_deck(const RateImportOptions& o) { return read_deck_file(o, DeckKind::rates); }

DeckImportSummary import_destinations_file(store::Database& db, const DeckImportOptions& o) {
  const Deck deck = read_deck_file(o, DeckKind::destinations);
  DeckImportSummary sum;
  store::Transaction tx(db);
  DestinationBook book(db);
  apply_destinations(deck, book, sum);
  tx.audit({.target_type = "destinations",
            .data = fmt::format("file {}: {} added, {} updated", input_name(o.path), sum.destinations_added,
                                sum.destinations_updated)});
  if (!o.dry_run) tx.commit();
  return sum;
}

DeckImportSummary import_rates_file(store::Database& db, const RateImportOptions& o) {
  const Deck deck = read_deck_file(o, DeckKind::rates);
  const DatedRows dated = dated_rows(deck, o);  // every date checked before anything is written
  DeckImportSummary sum;
  store::Transaction tx(db);
  const Tariff tariff = find_or_create_tariff(db, o.tariff, o.currency, o.purpose);
  sum.tariff = o.tariff;
  sum.purpose = tariff.purpose;
  sum.currency = tariff.currency;
  sum.tariff_created = tariff.created;
  check_longest_calls(deck, input_name(o.path), tariff.currency, store::Currencies::load(db));

  DestinationBook book(db);
  if (dated.empty()) {
    apply_destinations(deck, book, sum);
  } else {
    apply_destinations(destinations_of(deck), book, sum);
  }

  std::vector<PlanDestination> destinations;
  destinations.reserve(book.destinations().size());
  for (const auto& [prefix, d] : book.destinations()) destinations.push_back({d.id, prefix, d.group_id});
  RateCounts counts;
  // One plan per effective moment, against the rates in force then; an
  // undated deck is one plan over the latest prices.
  auto apply = [&](const std::vector<const DeckRow*>& rows, std::optional<Seconds> at) {
    std::unordered_map<std::string_view, const DeckPrice*> prices;
    prices.reserve(rows.size());
    for (const DeckRow* row : rows) prices.emplace(row->prefix, &row->price);
    TariffRates rates(db, tariff.id, at);
    KeepsOwnPrice keeps;  // --replace: the deck alone prices what it covers
    if (!o.replace) {
      keeps = [&rates](const PlanDestination& d, const DeckPrice& p) { return rates.prices_otherwise(d, p); };
    }
    const TariffPlan plan = plan_tariff(destinations, prices, keeps);
    sum.groups_without_rate += plan.groups_without_rate;
    rates.write(plan, o.replace, counts);
  };
  if (dated.empty()) {
    std::vector<const DeckRow*> rows;
    rows.reserve(deck.rows.size());
    for (const DeckRow& row : deck.rows) rows.push_back(&row);
    apply(rows, std::nullopt);
  } else {
    for (const auto& [at, rows] : dated) {
      apply(rows, at);
      sum.effective.push_back(at);
    }
  }
  sum.rates_superseded = counts.superseded;
  sum.rates_added = counts.added;
  sum.rates_updated = counts.updated;
  sum.rates_unchanged = counts.unchanged;
  sum.rates_removed = counts.removed;
  tx.audit({.target_type = "tariff",
            .target_id = tariff.id,
            .data = fmt::format("file {}: tariff {}{}; rates {} added, {} updated, {} removed", input_name(o.path),
                                o.tariff,
                                sum.effective.empty() ? std::string()
                                                      : fmt::format(" effective from {} UTC", format_utc(sum.effective.front())),
                                sum.rates_added, sum.rates_updated, sum.rates_removed)});
  if (!o.dry_run) tx.commit();
  return sum;
}

}  // namespace kolmi::import
