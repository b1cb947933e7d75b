#pragma once
// The operator console's audit trail view (issue 12 item 7): `kolmi admin
// log` as a tree for the output contract, <actions><action>..., one row each
// in the row formats, streamed from store/actions as SQLite reads it.
#include <optional>
#include <string>

#include "core/output/tree_writer.hpp"
#include "core/store/actions.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

// What `kolmi admin log` was asked for, as typed.
struct ActionLogRequest {
  // In `time_zone`; none given: every row. Each member has an initializer so
  // designated initializers may leave any out.
  std::optional<std::string> from{};
  std::optional<std::string> till{};
  std::optional<std::string> period{};
  std::string time_zone = "UTC";
  std::optional<std::string> user{};  // login or id: who acted, was acted as, or was the target user
};

// Checks the request and turns it into the store's filter. No period means
// every row; --from alone, from then on; --till alone, that day (as
// `admin rerate` reads them). Throws Error(usage) for an unknown zone or a
// malformed period, Error(not_found) naming a user that is neither in
// `users` nor named by any row.
store::ActionFilter action_filter(store::Database& db, const ActionLogRequest& request, const Clock& clock);

// Writes the rows of `filter`, oldest first. Throws Error(storage).
void write_action_log(output::TreeWriter& w, store::Database& db, const store::ActionFilter& filter);

}  // namespace kolmi::console
