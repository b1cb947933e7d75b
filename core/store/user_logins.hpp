#pragma once
// Users by login, and what a login writes (identity/auth). Whole user rows
// are store/users' row mapping.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::store {

// The id of the user whose login is `username`; nullopt when none.
std::optional<std::int64_t> find_user_id(Database& db, std::string_view username);

// The upgraded hash of a login, only if the stored one is still `old_hash`,
// so a password changed meanwhile is not overwritten with the old one.
void replace_password_hash(Database& db, std::int64_t user_id, std::string_view new_hash,
                           std::string_view old_hash);
// The login time; the previous one becomes previous_login_at.
void record_login(Database& db, std::int64_t user_id, std::string_view now);

}  // namespace kolmi::store
