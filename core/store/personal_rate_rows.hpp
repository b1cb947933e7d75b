#pragma once
// The SQL of the user's personal rates (pages/personal_rates, whose header
// says which rate is listed and why) and of the destinations page: the
// group rates a tariff lists, their details, and a group's destinations.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// A tariff's currency code and name; nullopt for no such tariff.
struct TariffPricing {
  std::string currency;
  std::string name;
};
std::optional<TariffPricing> find_tariff_pricing(Database& db, std::int64_t tariff_id);

// The groups the tariff lists (one group rate each, the lowest id, with at
// least one detail), ordered by group name, desttype, id. Forward only;
// views valid until the next step().
class ListedGroupCursor {
 public:
  // `at`: the moment whose rates are in force (nullopt: the latest versions).
  static ListedGroupCursor open(Database& db, std::int64_t tariff_id, std::optional<Seconds> at);
  bool step() { return s_.step(); }
  std::int64_t group_id() const { return s_.int64(0); }
  std::string_view name() const { return s_.text(1); }
  std::string_view flag() const { return s_.text(2); }
  std::string_view desttype() const { return s_.text(3); }
  std::int64_t rate_id() const { return s_.int64(4); }

 private:
  explicit ListedGroupCursor(Statement s) : s_(std::move(s)) {}
  Statement s_;
};

// The details of one rate in the order the engine applies them ("from",
// then id); prepared once, read() starts over for another rate.
class RateDetailCursor {
 public:
  static RateDetailCursor open(Database& db);
  void read(std::int64_t rate_id) {
    s_.reset();
    s_.bind(1, rate_id);
  }
  bool step() { return s_.step(); }
  std::int64_t id() const { return s_.int64(0); }
  std::string_view artype() const { return s_.text(1); }
  Decimal price() const { return s_.decimal(2); }
  std::string_view start_time() const { return s_.text(3); }
  std::string_view end_time() const { return s_.text(4); }
  std::string_view daytype() const { return s_.text(5); }

 private:
  explicit RateDetailCursor(Statement s) : s_(std::move(s)) {}
  Statement s_;
};

// Group `group_id` when the tariff lists it (the groups ListedGroupCursor
// reads); nullopt otherwise.
struct ListedGroup {
  std::string name;
  std::string flag;
};
std::optional<ListedGroup> find_listed_group(Database& db, std::int64_t tariff_id, std::int64_t group_id,
                                            std::optional<Seconds> at);

// A group's destinations by prefix (the destinations_group index gives
// that order). Forward only; views valid until the next step(). Streamed
// (Statement::stream): nothing else runs on the connection until it ends.
class GroupDestinationCursor {
 public:
  static GroupDestinationCursor open(Database& db, std::int64_t group_id);
  bool step() { return s_.step(); }
  std::string_view name() const { return s_.text(0); }
  std::string_view prefix() const { return s_.text(1); }
  std::string_view subcode() const { return s_.text(2); }

 private:
  explicit GroupDestinationCursor(Statement s) : s_(std::move(s)) {}
  Statement s_;
};

}  // namespace kolmi::store
