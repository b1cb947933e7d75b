#pragma once
// The operator console's view of callback requests (issue 13 item 5): `kolmi
// admin callbacks` as a tree for the output contract,
// <callbacks><callback>..., one row each in the row formats, streamed from
// store/callback_list as SQLite reads it.
//
// Status. The database knows two outcomes of a request: 'failed' (kolmi
// refused it; the reason is kept) and 'queued' (its call file was written
// into Asterisk's spool in the transaction that recorded it). What Asterisk
// did next is not in the database, but the spool says part of it: pbx_spool
// keeps a call file while it dials and retries and removes it (or archives
// it to outgoing_done) when done. So the status shown is
//   failed   kolmi refused the request (reason says why);
//   queued   the call file is still in the spool: Asterisk has not finished;
//   written  the call file was written and has left the spool: Asterisk has
//            taken it (how the call went is in outgoing_done or the CDRs).
// The spool is asked through a `SpoolCheck`, so tests need no files.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/output/tree_writer.hpp"
#include "core/store/callback_list.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

// The statuses `--status` takes, in the order the man page gives them.
inline constexpr std::string_view kCallbackStatuses[] = {"queued", "written", "failed"};

// What `kolmi admin callbacks` was asked for, as typed. Each member has an
// initializer so designated initializers may leave any out.
struct CallbackListRequest {
  std::optional<std::string> from{};  // in `time_zone`; none given: every request
  std::optional<std::string> till{};
  std::optional<std::string> period{};
  std::string time_zone = "UTC";
  std::optional<std::string> user{};    // login or id
  std::optional<std::string> status{};  // one of kCallbackStatuses
};

// The store's filter and the status asked for as shown (queued and written
// are both stored 'queued'; the spool tells them apart).
struct CallbackSearch {
  store::CallbackFilter filter;
  std::optional<std::string> status;
};

// Checks the request. No period means every request; --from alone, from
// then on; --till alone, that day (as `admin log` reads them). Throws
// Error(usage) for an unknown zone, a malformed period or a status not in
// kCallbackStatuses, Error(not_found) naming an unknown user.
CallbackSearch callback_search(store::Database& db, const CallbackListRequest& request, const Clock& clock);

// True while the call file at the path is still in the spool
// (callback::call_file_in_spool, or a fake in tests).
using SpoolCheck = std::function<bool(const std::string& call_file)>;

// Writes the requests of `search`, oldest first, each with its shown status.
// Throws Error(storage).
void write_callback_list(output::TreeWriter& w, store::Database& db, const CallbackSearch& search,
                         const SpoolCheck& in_spool);

}  // namespace kolmi::console
