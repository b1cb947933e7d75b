#pragma once
// `kolmi callback`: a user asks the PBX to call them back (the source
// number) and connect them to the destination, through one of their
// devices. The request is recorded in the callbacks table and handed to
// Asterisk as a call file in its outgoing spool; the database and the spool
// always agree on what was queued.
#include <cstdint>
#include <optional>
#include <string>

#include "core/pages/i18n.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::callback {

struct CallbackRequest {
  std::string src;  // as typed; see normalize_number
  std::string dst;
  std::int64_t device_id = 0;
};

struct CallbackResult {
  std::int64_t id = 0;    // callbacks.id
  std::string call_file;  // the call file's path in the spool
};

// Records and spools the callback `request` of user `user_id`:
// 1. src and dst are normalized (Error(action_failed) "--src: not a valid
//    phone number ...", nothing recorded);
// 2. the device must be the user's: another user's device is reported like
//    a missing one, Error(not_found) "no such device of yours: ID", nothing
//    recorded;
// 3. the settings (load_callback_settings) and the spool (`env_spool`, the
//    KOLMI_CALLBACK_SPOOL variable, else Callback_Spool_Dir) are checked;
// 4. in one transaction the row is inserted as 'queued' with its call file
//    path, the call file is written in the temporary folder and renamed into
//    the spool as kolmi-callback-ID.call, and only then committed.
// When 3 or 4 fails for a reason other than the database, the transaction
// is rolled back, no file is left in the spool, the request is recorded
// (and committed) as 'failed' with the reason, and Error(action_failed)
// carries the same reason. Database failures are Error(storage) and change
// nothing; should the final commit fail, the spooled file is removed again.
// The messages of 1 and 2 are in `lang`, as the other actions give them;
// the reasons of 3 and 4 name folders and settings for the operator and
// are in English.
CallbackResult request_callback(store::Database& db, std::int64_t user_id, const Clock& clock,
                                pages::Lang lang, const CallbackRequest& request,
                                const std::optional<std::string>& env_spool);

}  // namespace kolmi::callback
