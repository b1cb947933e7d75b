#pragma once
// The operator console's call list (kolmi admin calls): every call of a
// store cursor as a tree for the output contract, <calls><call>..., one row
// each in the row formats, written as read (flat memory). Each call shows
// its start in UTC and on its owner's wall clock, the owner's login, the
// stored pricing (prefix, destination, billed seconds, rate, price in the
// default currency) and, when unrated, why (store::UnratedReason).
#include <string_view>

#include "core/output/tree_writer.hpp"
#include "core/store/admin_call_list.hpp"

namespace kolmi::console {

// `currency`: the default currency, which stored rates and prices are in.
// Throws what the cursor throws (Error(storage)).
void write_admin_calls(output::TreeWriter& w, store::AdminCallCursor& calls, std::string_view currency);

}  // namespace kolmi::console
