#pragma once
// The SQL of the destinations book: countries (directions), destination
// groups and destinations (prefixes) as a rate deck import reads and writes
// them (import/destination_book), and the demo builds them. The engine's
// reading is store/rating_data.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// Every direction (name, ISO code) in id order.
void for_each_direction(Database& db,
                        const std::function<void(std::string_view name, std::string_view code)>& visit);
// Every destination group (id, name, desttype) in id order.
void for_each_destination_group(
    Database& db,
    const std::function<void(std::int64_t id, std::string_view name, std::string_view desttype)>& visit);

// One destinations row; views valid during the visit only.
struct DestinationEntry {
  std::int64_t id = 0;
  std::string_view prefix, name, subcode, direction_code;
  std::optional<std::int64_t> group_id;
};
// Every destination, in the table's order. Streamed (Statement::stream):
// `visit` must not use the database.
void for_each_destination_entry(Database& db, const std::function<void(const DestinationEntry&)>& visit);

// The writes, each statement prepared once. Use it inside a Transaction;
// `db` must outlive it. Every call throws Error(storage).
class DestinationWriter {
 public:
  explicit DestinationWriter(Database& db);
  // Each returns the new row's id.
  std::int64_t add_group(std::string_view name, std::string_view desttype, std::string_view flag);
  std::int64_t add_direction(std::string_view name, std::string_view code);
  std::int64_t add_destination(std::string_view prefix, std::string_view direction_code,
                               std::string_view subcode, std::string_view name, std::int64_t group_id);
  void update_destination(std::int64_t id, std::string_view direction_code, std::string_view subcode,
                          std::string_view name, std::int64_t group_id);

 private:
  Database& db_;
  Statement add_group_, add_direction_, add_destination_, update_destination_;
};

}  // namespace kolmi::store
