#pragma once
// Writing a TariffPlan into a tariff's rates and aratedetails, changing only
// what differs: a rate whose details already say the same is left alone, so
// importing the same deck twice changes nothing.
//
// A deck price becomes (rates.min_time = min_time, details in order):
//  - connection fee > 0: an 'event' detail of that price from second 0, or,
//    with included seconds F > 0, from F + 1 (charged only on a call longer
//    than its free seconds, as ASTPP does);
//  - included seconds F > 0: a 'minute' detail from 1 for F seconds at 0
//    (billed by the second);
//  - a 'minute' detail from F + 1 to the end at the price per minute, in
//    blocks of `increment` seconds.
// All details are all-day, any day.
//
// Which existing rates of the tariff go: without `replace`, only those that
// would contradict the deck (a destination rate of a destination the deck
// covers that the plan prices through its group, and repeated rates for one
// key); with `replace`, every rate the plan does not hold.
//
// DATED RATES (schema 10, store/rate_versions.hpp). Without an effective
// moment the rates without an end (the latest versions) are changed in
// place, as before dates existed. With one, E, the plan is made against the
// versions in force at E, and:
//  - a key whose price changes: its version in force at E ends at E and a
//    new one starts at E (one that itself starts at E is changed in place);
//  - a new key: a version from E; an unchanged key keeps its version;
//  - a rate that goes (rules above): its version ends at E;
//  - a key the plan prices or removes, and the own rate of every destination
//    the deck covers, lose their versions that start after E (the deck at E
//    supersedes what was scheduled later: "superseded"), so a key's versions
//    never overlap. Other keys' later versions stay.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/import/tariff_plan.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::import {

struct Tariff {
  std::int64_t id = 0;
  std::string currency;
  bool created = false;
  std::string purpose;  // 'user' (retail) or 'provider' (a buy deck)
};

// The tariff named `name`, created (purpose `purpose`, default 'user') in
// `currency`, or the default currency, when missing. Throws Error(usage) for
// an unknown currency, an existing tariff in another currency than
// `currency`, or one of another purpose than a given `purpose`.
Tariff find_or_create_tariff(store::Database& db, const std::string& name,
                             const std::optional<std::string>& currency,
                             const std::optional<std::string>& purpose = std::nullopt);

struct RateCounts {
  std::int64_t added = 0, updated = 0, unchanged = 0, removed = 0;
  std::int64_t superseded = 0;  // dated: versions scheduled after the effective moment, dropped
};

// A tariff's rates and rate details as stored, loaded once.
class TariffRates {
 public:
  // `at`: the effective moment of the import (rules above); nullopt: the
  // latest versions, changed in place. Throws Error(storage).
  TariffRates(store::Database& db, std::int64_t tariff_id, std::optional<Seconds> at = std::nullopt);
  TariffRates(const TariffRates&) = delete;
  TariffRates& operator=(const TariffRates&) = delete;
  ~TariffRates();

  // True when the tariff prices the destination (by its own rate, else by
  // its group's, as the engine picks) with other details or minimal time
  // than `price` gives; false when it prices it so or not at all.
  bool prices_otherwise(const PlanDestination& destination, const DeckPrice& price) const;

  // Makes the rates say what the plan says (rules above). Call once.
  // Throws Error(storage).
  void write(const TariffPlan& plan, bool replace, RateCounts& counts);

 private:
  void write_dated(const TariffPlan& plan, bool replace, RateCounts& counts);

  struct Stored;
  store::Database& db_;
  std::int64_t tariff_id_;
  std::optional<Seconds> at_;
  std::unique_ptr<Stored> stored_;
};

}  // namespace kolmi::import
