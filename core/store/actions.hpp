#pragma once
// The audit trail's rows (MOR's `actions` table, schema version 4): one per
// committed write of an admin (see store/audit.hpp for the rule). Written
// only by Transaction::commit(); read by kolmi admin log, oldest first.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/audit.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// Inserts the row of the change being committed: `date` is UTC text. Called
// inside the transaction it records. Throws Error(storage).
void insert_action(Database& db, const AuditActor& actor, std::string_view command, std::string_view date,
                   const AuditNote& note);

struct ActionRow {
  std::int64_t id = 0;
  std::string_view date;  // UTC text
  std::int64_t admin_id = 0;
  std::string_view admin_login;
  std::optional<std::int64_t> as_user_id;
  std::string_view as_login;
  std::string_view action;  // the command path
  std::string_view target_type;
  std::optional<std::int64_t> target_id;
  std::string_view data;
  bool failed = false;
  std::string_view reason;
};

// Whose rows: a user known by id (rows where they acted, were acted as, or
// were the target user), or, for a user no longer in `users`, the login the
// rows kept.
struct ActionFilter {
  std::string from = "0000-00-00 00:00:00";  // UTC, inclusive (default: no bound)
  std::string till = "9999-99-99 99:99:99";  // UTC, exclusive (default: no bound)
  std::optional<std::int64_t> user_id;
  std::optional<std::string> login;
};

// Visits the rows of `filter` in date order (then id), as SQLite reads them;
// the row's views are valid only during the call. Streamed
// (Statement::stream): `visit` must not use the database. Throws
// Error(storage).
void for_each_action(Database& db, const ActionFilter& filter, const std::function<void(const ActionRow&)>& visit);

// True when some row was written by, or acted as, the login `login`: how a
// user who is gone is still found. Throws Error(storage).
bool actions_name_login(Database& db, std::string_view login);

}  // namespace kolmi::store
