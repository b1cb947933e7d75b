#pragma once
// Who writes through a connection, and what an audit row says about one
// change: the plain types behind the audit trail (MOR's `actions` table;
// kolmi admin log). No SQL here: store/actions.hpp writes and reads rows.
//
// The rule (issue 12): every write an admin makes, as themselves or acting
// as another user with --as, leaves exactly one row in `actions`, written
// by Transaction::commit() inside the transaction it records. A rolled-back
// change (a refusal, a failure, a dry run) therefore leaves no row, and a
// committed one always has one. A user's own writes are not recorded.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/time/clock.hpp"

namespace kolmi::store {

// The admin behind a write. Logins are kept as text next to the ids, so a
// row stays readable after its user is gone or renamed.
struct AuditActor {
  std::int64_t admin_id = 0;
  std::string admin_login;
  std::optional<std::int64_t> as_user_id;  // --as: whose account the admin acted in
  std::string as_login;                    // "" without --as
};

// Who writes through a connection: set once, by whoever established who is
// asking (cli::acting_user), before anything is written.
struct WriteOrigin {
  std::optional<AuditActor> admin;     // nullopt: a user writing their own data (no audit row)
  std::string command;                 // the command path: "admin user add", "phonebook add"
  std::shared_ptr<const Clock> clock;  // the row's date (KOLMI_NOW pins it, as every "now" of data)
};

// What one change's row names besides who and when. Filled by the code that
// makes the change (Transaction::audit), which alone knows the ids.
// Every member has an initializer: designated initializers name only what
// they set (GCC's -Wmissing-field-initializers).
struct AuditNote {
  std::string target_type{};                // "user", "device", "calls", "tariff", "phonebook", ...
  std::optional<std::int64_t> target_id{};  // nullopt when the change has no single target (an import)
  std::string data{};                       // a short detail: "login bob", "42 calls changed"
  bool failed = false;                      // a refusal that is itself committed (a failed callback)
  std::string reason{};                     // why, when failed
};

}  // namespace kolmi::store
