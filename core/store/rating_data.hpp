#pragma once
// What the rating engine (core/rating/rater.hpp) reads: destinations,
// tariffs, rates and rate details (MOR's aratedetails), either all of them
// (an import or rerate prices many calls) or only what one number under one
// tariff can use (admin explain and admin rate price one call and must stay
// fast on a 36,000-rate tariff).
//
// Rows are handed to a callback as they are read; text fields are valid only
// during the call.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

struct DestinationRow {
  std::int64_t id = 0;
  std::string_view prefix;
  std::optional<std::int64_t> group_id;
};

struct TariffRow {
  std::int64_t id = 0;
  std::string_view name;
  std::string_view currency;
};

struct RateRow {
  std::int64_t id = 0;
  std::int64_t tariff_id = 0;
  std::optional<std::int64_t> destination_id;
  std::optional<std::int64_t> group_id;
  std::int64_t min_time = 0;
  // When the rate is in force: [effective_from, effective_till), UTC;
  // nullopt: since always / until further notice (schema 10).
  std::optional<Seconds> effective_from;
  std::optional<Seconds> effective_till;
};

// A stored rates.effective_from/effective_till ('YYYY-MM-DD HH:MM:SS', UTC)
// of column `col`; nullopt for NULL. Throws Error(storage) naming the rate
// when the text is not such a time.
std::optional<Seconds> stored_rate_time(const Database& db, const Statement& s, int col, std::int64_t rate_id);

struct RateDetailRow {
  std::int64_t id = 0;
  std::int64_t rate_id = 0;
  std::int64_t from = 1;
  std::int64_t duration = -1;
  std::string_view artype;
  std::int64_t round = 1;
  Decimal price;
  std::string_view start_time;
  std::string_view end_time;
  std::string_view daytype;
};

// Every destination, by id. This, for_each_rate and for_each_rate_detail
// (whole tables) are streamed (Statement::stream): the visitor must not use
// the database.
void for_each_destination(Database& db, const std::function<void(const DestinationRow&)>& row);
// The destinations whose prefix is a prefix of `digits` (the longest-prefix
// candidates of a number), by id. One indexed look-up per length.
void for_each_destination_prefixing(Database& db, std::string_view digits,
                                    const std::function<void(const DestinationRow&)>& row);

// Every tariff, or only the one with id `only`.
void for_each_tariff(Database& db, std::optional<std::int64_t> only,
                     const std::function<void(const TariffRow&)>& row);

// Every rate (every version of it, schema 10), by id.
void for_each_rate(Database& db, const std::function<void(const RateRow&)>& row);
// The rates of one tariff for these destinations (destination rates) or
// these groups (group rates: no destination), by id.
void for_each_rate_for(Database& db, std::int64_t tariff_id, const std::vector<std::int64_t>& destination_ids,
                       const std::vector<std::int64_t>& group_ids, const std::function<void(const RateRow&)>& row);

// Every rate detail, ordered by rate, "from", id.
void for_each_rate_detail(Database& db, const std::function<void(const RateDetailRow&)>& row);
// The details of one rate, ordered by "from", id.
void for_each_rate_detail_of(Database& db, std::int64_t rate_id,
                             const std::function<void(const RateDetailRow&)>& row);

// What pricing needs of every user (import, rerate): the views are valid
// during the visit only.
struct UserRatingRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> tariff_id;
  std::string_view time_zone;
  std::string_view username;
};
void for_each_user_rating(Database& db, const std::function<void(const UserRatingRow&)>& visit);

}  // namespace kolmi::store
