#pragma once
// Row mapping for addresses (a user's registration address, users.address_id)
// and the country names of directions. Kept in one place because the
// personal details page reads exactly the columns its update writes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/database.hpp"

namespace kolmi::store {

struct Address {
  std::int64_t id = 0;
  std::optional<std::int64_t> direction_id;  // the country (directions.id)
  std::string state;
  std::string county;  // shown as reg_country
  std::string city;
  std::string postcode;
  std::string address;
  std::string phone;
  std::string mob_phone;
  std::string fax;
  std::string email;
};

// The address with `id`; nullopt when there is none.
std::optional<Address> find_address(Database& db, std::int64_t id);

// directions.name of `direction_id`; "" for NULL or an unknown id.
std::string direction_name(Database& db, std::optional<std::int64_t> direction_id);

// The direction whose code is `code` in upper case; nullopt when none.
std::optional<std::int64_t> direction_id_by_code(Database& db, std::string_view code);
// The ids of the first two directions named `name` (ASCII letter case
// ignored), in id order: none, one, or two when the name is ambiguous.
std::vector<std::int64_t> direction_ids_by_name(Database& db, std::string_view name);

}  // namespace kolmi::store
