#pragma once
// The callerids table's writes (kolmi cli add); the list is
// store/account_lists' for_each_cli.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// Inserts the CLI for device `device_id` only when the device is the user's
// and does not have that CLI yet (callerids_device_cli), in one statement;
// returns the new row's id, or nullopt when nothing was inserted.
std::optional<std::int64_t> insert_callerid(Database& db, std::int64_t user_id, std::int64_t device_id,
                                            std::string_view cli, std::string_view description,
                                            std::string_view added_at);

}  // namespace kolmi::store
