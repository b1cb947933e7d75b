#pragma once
// The rates of one tariff with every rate detail (kolmi admin tariff show):
// a cursor that yields one row per rate detail, straight from the database
// as it is asked for, so the 36,000 rates of a real deck never sit in
// memory. On MariaDB it is streamed (Statement::stream): nothing else runs
// on the connection until the last row is read.
//
// Which rows are rates, as the rating engine reads them (rating/rater.hpp):
//  - a group rate names a destination group and no destination; it prices
//    every destination of the group that has no rate of its own;
//  - a destination rate names a destination (kolmi's import leaves its
//    group empty; a row naming both is a destination rate too).
// A rate whose destination or group no longer exists prices nothing and is
// not listed; nor is a row naming neither.
//
// Order: the group rates first, by group name, type and id; then the
// destination rates by prefix (rows naming both a destination and a group,
// which kolmi never writes, come last); of a rate, its details in the order
// the engine applies them ("from", then id). Every part is read in index
// order (destinations by prefix, destinations_group, aratedetails_rate), so
// nothing is sorted but the few group rates by name.
//
// Filters:
//  - prefix P: the rates that price numbers starting with P. Those numbers
//    match the destinations whose prefix starts with P, and, when no
//    destination has exactly P, the longest destination whose prefix P
//    starts with (the "covering" one: it prices the rest of P). Each such
//    destination is priced by its own rate, else by its group's rate, so the
//    listing holds those destination rates and the group rates of the groups
//    of those destinations that have no rate of their own.
//  - group G: the group rate of G and the rates of G's destinations.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

struct TariffHead {
  std::int64_t id = 0;
  std::string name;
  std::string purpose;
  std::string currency;  // the code every price of the tariff is in
};

// The tariff called `name` (exact, case-sensitive); nullopt when none.
// Throws Error(storage).
std::optional<TariffHead> find_tariff(Database& db, std::string_view name);

// The name of destination group `id`; nullopt when there is none.
// Throws Error(storage).
std::optional<std::string> destination_group_name(Database& db, std::int64_t id);

// The name of the destination with prefix `prefix`; nullopt when there is
// none. Throws Error(storage).
std::optional<std::string> destination_name_of(Database& db, std::string_view prefix);

struct TariffRateFilter {
  std::optional<std::string> prefix{};     // digits only (the caller checks)
  std::optional<std::int64_t> group_id{};  // at most one of the two
  // Dated rates (store/rate_versions.hpp): the versions in force at this
  // moment (admin tariff show: now); nullopt: the latest versions.
  std::optional<Seconds> at{};
};

// One rate detail with its rate. The views point into SQLite's row and are
// valid until the cursor moves on.
struct TariffRateRow {
  std::int64_t rate_id = 0;
  bool group_rate = false;
  std::optional<std::int64_t> destination_id;  // a destination rate's
  std::string_view prefix;                     // "" for a group rate
  std::string_view destination;                // destinations.name
  std::optional<std::int64_t> group_id;        // the rate's group, or its destination's
  std::string_view group;                      // destinationgroups.name
  std::string_view group_type;                 // destinationgroups.desttype
  std::int64_t min_time = 0;                   // rates.min_time, seconds
  // The detail; absent for a rate without any (which prices no call).
  std::optional<std::int64_t> detail_id;
  std::int64_t from = 0;        // the first second it applies to (1-based)
  std::int64_t duration = 0;    // seconds it lasts; -1 to the end of the call
  std::string_view artype;      // 'minute' (per minute), 'event' (a fee once: connection fee)
  std::int64_t round = 0;       // increment, seconds
  Decimal price;                // in the tariff's currency
  std::string_view start_time;  // time of day it applies from, 'HH:MM:SS'
  std::string_view end_time;    // ... until, inclusive
  std::string_view daytype;     // '' every day, 'WD' work days, 'FD' free days
};

class TariffRateCursor {
 public:
  // The rates of tariff `tariff_id` that `filter` keeps, in the order above.
  // Throws Error(storage).
  static TariffRateCursor open(Database& db, std::int64_t tariff_id, const TariffRateFilter& filter);

  TariffRateCursor(TariffRateCursor&&) noexcept = default;
  TariffRateCursor& operator=(TariffRateCursor&&) noexcept = default;

  // Moves to the next row; false when there is none (and on every call
  // after that). Throws Error(storage).
  bool next();
  const TariffRateRow& row() const { return row_; }

 private:
  explicit TariffRateCursor(std::vector<Statement> parts) : parts_(std::move(parts)) {}
  void load_row(const Statement& s);

  std::vector<Statement> parts_;  // read one after the other
  std::size_t current_ = 0;
  TariffRateRow row_;
};

}  // namespace kolmi::store
