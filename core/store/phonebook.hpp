#pragma once
// The phonebooks table's writes (kolmi phonebook add / destroy); the list is
// store/account_lists' for_each_phonebook_entry.
#include <cstdint>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// Inserts an entry of the user and returns its id. Throws Error(storage).
std::int64_t insert_phonebook_entry(Database& db, std::int64_t user_id, std::string_view number,
                                    std::string_view name, std::string_view added);
// Deletes entry `entry_id` when it is the user's; false when nothing was
// deleted (no such entry, or another user's: callers cannot tell).
bool delete_phonebook_entry(Database& db, std::int64_t user_id, std::int64_t entry_id);

}  // namespace kolmi::store
