#pragma once
// The calls page (examples/calls.xml; spec "Calls" a, and b's filters:
// period, direction, status, device). The call list streams from the
// database into the writer: load_calls_page checks the request and counts
// the calls (total_calls comes before the list), write_calls_page then
// reads the rows one at a time.
#include <cstdint>
#include <optional>
#include <string>

#include "core/pages/page_context.hpp"
#include "core/pages/period.hpp"
#include "core/store/call_list.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

struct CallsRequest {
  std::optional<std::string> from{};  // --from, local; default today
  std::optional<std::string> till{};  // --till, local
  std::optional<std::string> period{};  // --period, instead of --from/--till
  std::string direction = "all";      // all, incoming, outgoing
  std::string status = "all";         // all, answered, no_answer, busy, failed
  std::string device = "all";         // all, or the id of one of the user's devices
  std::optional<std::string> currency{};  // --currency; nullopt: the user's currency
};

struct CallsPage {
  store::CallFilter filter;
  Period period;
  std::string show_device;  // "all" or the device id
  std::string status;
  std::string direction;
  std::string currency;
  std::int64_t total_calls = 0;
};

// Checks the request and counts the calls. Throws Error(usage) naming the
// option for a bad value, Error(not_found) "no such device of yours: ID" for
// a device that is not the user's (another user's device looks missing),
// Error(storage).
CallsPage load_calls_page(const PageContext& pc, const CallsRequest& request);
// Writes the page, the calls oldest first. The data formats carry each
// call's billsec in seconds and its exact price. Throws Error(storage).
void write_calls_page(output::TreeWriter& w, const PageContext& pc, const CallsPage& page);

}  // namespace kolmi::pages
