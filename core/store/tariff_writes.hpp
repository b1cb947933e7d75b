#pragma once
// The SQL of a rate deck's import into a tariff (import/tariff_rates): the
// tariff row, its rates and their details as stored, and the writes that
// bring them to the deck's prices. Reading for the engine is
// store/rating_data; listing is store/tariff_rate_list.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// Inserts a retail tariff (purpose 'user') priced in `currency` and returns
// its id. Throws Error(storage).
std::int64_t insert_user_tariff(Database& db, std::string_view name, std::string_view currency);
// The same for any purpose ('user', 'provider').
std::int64_t insert_tariff(Database& db, std::string_view name, std::string_view purpose, std::string_view currency);

// One aratedetails row's values, as stored.
struct TariffRateDetail {
  std::int64_t from = 1;
  std::int64_t duration = -1;
  std::string artype = "minute";
  std::int64_t round = 1;
  std::int64_t price = 0;  // nanos
  std::string start_time = "00:00:00";
  std::string end_time = "23:59:59";
  std::string daytype;
  friend bool operator==(const TariffRateDetail&, const TariffRateDetail&) = default;
};

// One rates row of a tariff: for a destination, or for a group (no destination).
struct TariffRateHead {
  std::int64_t id = 0;
  std::optional<std::int64_t> destination_id;
  std::optional<std::int64_t> group_id;
  std::int64_t min_time = 0;
  std::optional<Seconds> effective_from;  // in force from (nullopt: always) ...
  std::optional<Seconds> effective_till;  // ... until, excluded (nullopt: no end)
};
// The tariff's rates (every version) in id order.
void for_each_tariff_rate_head(Database& db, std::int64_t tariff_id,
                               const std::function<void(const TariffRateHead&)>& visit);
// The details of the tariff's rates, by rate, then in the order the engine
// applies them ("from", then id).
void for_each_tariff_rate_detail(Database& db, std::int64_t tariff_id,
                                 const std::function<void(std::int64_t rate_id, TariffRateDetail&&)>& visit);

// The writes of one import, each statement prepared once. Use it inside a
// Transaction; `db` must outlive it. Every call throws Error(storage).
class TariffRateWriter {
 public:
  explicit TariffRateWriter(Database& db);
  // A rate for a destination or (destination_id nullopt) a group; returns its id.
  // `effective_from`: the version's start (nullopt: in force always).
  std::int64_t add_rate(std::int64_t tariff_id, std::optional<std::int64_t> destination_id,
                        std::optional<std::int64_t> group_id, std::int64_t min_time,
                        std::optional<Seconds> effective_from = std::nullopt);
  // Ends the rate's version at `till` (excluded); nullopt: no end.
  void set_effective_till(std::int64_t rate_id, std::optional<Seconds> till);
  void set_min_time(std::int64_t rate_id, std::int64_t min_time);
  void clear_details(std::int64_t rate_id);
  void add_detail(std::int64_t rate_id, const TariffRateDetail& d);
  // Deletes the rate; its details go with it (ON DELETE CASCADE).
  void remove_rate(std::int64_t rate_id);

 private:
  Database& db_;
  Statement add_rate_, set_min_time_, clear_details_, add_detail_, remove_rate_, set_till_;
};

}  // namespace kolmi::store
