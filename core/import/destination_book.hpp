#pragma once
// The destinations, destination groups and directions (countries) of a
// database, loaded once, and a deck's rows applied to them: each prefix
// inserted or updated (destinations.prefix is unique), with the subcode,
// country and group that destination_naming.hpp derives. Groups and
// directions are created as needed.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/import/deck_reader.hpp"
#include "core/import/destination_naming.hpp"
#include "core/store/database.hpp"
#include "core/store/destination_rows.hpp"

namespace kolmi::import {

struct StoredDestination {
  std::int64_t id = 0;
  std::string name;
  std::string subcode;
  std::string direction_code;
  std::optional<std::int64_t> group_id;
};

struct DestinationCounts {
  std::int64_t added = 0, updated = 0, unchanged = 0;
  std::int64_t groups_added = 0, countries_added = 0;
};

class DestinationBook {
 public:
  // Loads the three tables. Throws Error(storage).
  explicit DestinationBook(store::Database& db);

  // Inserts or updates the destination of every row. Throws Error(storage).
  void apply(const Deck& deck, DestinationCounts& counts);

  // Every destination of the database, by prefix (after apply()).
  const std::unordered_map<std::string, StoredDestination>& destinations() const { return by_prefix_; }

 private:
  struct Derived {
    std::string subcode, code, group_name;
  };
  Derived derive(const DeckRow& row, const std::unordered_map<std::string, std::string>& deck_codes) const;
  std::int64_t group_id(const Derived& d, DestinationCounts& counts);
  void ensure_direction(const std::string& code, DestinationCounts& counts);

  CountryIndex countries_;
  std::unordered_map<std::string, std::string> direction_names_;  // code -> name
  std::unordered_map<std::string, std::int64_t> groups_;          // name '\n' desttype -> lowest id
  std::unordered_map<std::string, StoredDestination> by_prefix_;
  store::DestinationWriter writer_;
};

}  // namespace kolmi::import
