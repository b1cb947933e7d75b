#pragma once
// kolmi admin payment list: every user's payments (or one user's) as a tree
// for the output contract, <payments><payment>..., one row each in the row
// formats, streamed from store/payments as SQLite reads them.
#include <optional>
#include <string>

#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/store/payments.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

// What `kolmi admin payment list` was asked for, as typed.
struct PaymentListRequest {
  // In `time_zone`; none given: every payment.
  std::optional<std::string> from{};
  std::optional<std::string> till{};
  std::optional<std::string> period{};
  std::string time_zone = "UTC";      // of the period and of the dates shown
  std::optional<std::string> user{};  // login or id
};

// Checks the request and turns it into the store's filter: no period means
// every payment; --from alone, from then on; --till alone, that day (as
// `admin log` reads them). Throws Error(usage) for an unknown zone or a
// malformed period, Error(not_found) for an unknown user.
store::PaymentFilter payment_filter(store::Database& db, const PaymentListRequest& request,
                                    const Clock& clock);

// Writes the payments of `filter`, oldest first, dates in `time_zone`
// (checked by payment_filter). Throws Error(storage).
void write_payment_list(output::TreeWriter& w, store::Database& db, const store::PaymentFilter& filter,
                        const std::string& time_zone);

}  // namespace kolmi::console
