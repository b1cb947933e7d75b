#pragma once
// kolmi init: a new, empty database with its first admin.
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"

namespace kolmi::setup {

// The shortest password init and the account commands accept.
inline constexpr std::size_t kMinPasswordLength = 8;

// Creates the database at `path` (folders included) with the schema, the
// default settings and currency (USD), and an admin `admin_login` whose
// password is hashed with argon2id. The file is built under a temporary name
// and renamed, so a failure leaves nothing behind. Throws Error(storage) when
// a file already exists at `path` (it is never overwritten) and
// Error(usage) for a password shorter than kMinPasswordLength or a bad login.
// A mariadb:// `path` (store/server_url.hpp) makes kolmi's tables in that
// server database instead, which must exist and be empty (Error(storage)
// otherwise); `server_password` as store::Database::open takes it.
void init_database(const std::string& path, std::string_view admin_login, std::string_view password,
                   const Clock& clock, const std::optional<std::string>& server_password = std::nullopt);

}  // namespace kolmi::setup
