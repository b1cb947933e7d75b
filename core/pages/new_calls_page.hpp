#pragma once
// The new calls page (examples/new_calls.xml; its pagename is "Calls", as
// in the specification): the user's calls, both directions, that started
// after their previous login (shared/spec/README.md decision 9), oldest
// first, streamed from the database.
#include <cstdint>

#include "core/pages/page_context.hpp"
#include "core/store/call_list.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

// The user's calls that started after users.previous_login_at (strictly
// after, to the second); every call of the user when there was no previous
// login (or its stored time is unreadable).
store::CallFilter new_calls_filter(const store::User& user);

struct NewCallsPage {
  store::CallFilter filter;
  std::int64_t total_calls = 0;
};

// Throws Error(storage).
NewCallsPage load_new_calls_page(const PageContext& pc);
void write_new_calls_page(output::TreeWriter& w, const PageContext& pc, const NewCallsPage& page);

}  // namespace kolmi::pages
