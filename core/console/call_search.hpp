#pragma once
// The filters of `kolmi admin calls` as typed, checked and turned into the
// store's filter before anything is printed: a bad value is a usage error
// (exit 2), an unknown user or device is not found (exit 4), each naming
// its option.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/admin_call_list.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

struct CallSearchRequest {
  // --from/--till/--period in `time_zone` (pages/period.hpp); none given:
  // today, or every day when --uniqueid is given (a call's unique id names
  // one call whatever its day).
  std::optional<std::string> from, till, period;
  std::string time_zone = "UTC";
  std::optional<std::string> user;         // login, or id
  std::optional<std::int64_t> device;      // device id (any user's)
  std::optional<std::string> src, dst;     // number patterns (call_glob)
  std::optional<std::string> disposition;  // ANSWERED, NO ANSWER, BUSY, FAILED (any case)
  bool unrated = false;
  bool unassigned = false;
  bool no_provider = false;
  std::optional<std::string> uniqueid;
  std::optional<std::string> limit;  // a positive whole number
};

// A number pattern (digits, '+' and '*' only) as a GLOB: without '*' a
// prefix ("4420" matches 442071...), with '*' the whole number ("*123"
// ends in 123). Throws Error(usage) "<option>: ..." for anything else or an
// empty pattern.
std::string call_glob(std::string_view option, std::string_view pattern);

// Throws Error(usage) for a bad period, zone, pattern, disposition or
// limit; Error(not_found) for an unknown --user or --device.
store::AdminCallFilter load_call_search(store::Database& db, const Clock& clock, const CallSearchRequest& r);

}  // namespace kolmi::console
