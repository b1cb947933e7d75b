#pragma once
// The period filter of the calls, missed calls, faxes and stats pages (and
// admin rerate): --from and --till typed in the user's time zone, as
// 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS' (nothing else), or --period, a word
// or a month or day (core/time/period_words.hpp). A bare --till date means
// the end of that day; --till alone means from the start of its day.
// Defaults (shared/spec/README.md decision 11): today, or the current month
// for stats.
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

enum class DefaultPeriod { today, this_month };

struct Period {
  Seconds from{};   // inclusive, UTC
  Seconds till{};   // exclusive, UTC
  std::string start_text;  // local 'YYYY-MM-DD HH:MM:SS' of from
  std::string end_text;    // local 'YYYY-MM-DD HH:MM:SS' of the last second
};

// The period as typed; an option not given is nullopt.
struct PeriodInput {
  std::optional<std::string_view> from{};    // --from
  std::optional<std::string_view> till{};    // --till
  std::optional<std::string_view> period{};  // --period
};

// Throws Error(usage) naming the option for a malformed or impossible time
// or period, for --period given with --from or --till, and when --from is
// not before --till.
Period resolve_period(const PeriodInput& input, const TimeZone& zone, const Clock& clock,
                      DefaultPeriod fallback);

// A period of a list whose default is every row (admin rerate, log, payment
// list, callbacks): with --period or --till, resolve_period's bounds; with
// --from alone, from then on; with neither, no bound. Writes the bounds it
// finds into `from` and `till` (UTC 'YYYY-MM-DD HH:MM:SS') and leaves an
// unbounded side as the caller set it. Throws as resolve_period does.
void resolve_open_period(const PeriodInput& input, const TimeZone& zone, const Clock& clock, std::string& from,
                         std::string& till);

// The --period values, for help texts and messages: "today, yesterday, ...,
// YYYY-MM or YYYY-MM-DD".
std::string period_forms();

}  // namespace kolmi::pages
