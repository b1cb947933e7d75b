#include "core/console/call_search.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/period.hpp"
#include "core/store/users.hpp"
#include "core/text/id_number.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

bool same_upper(std::string_view typed, std::string_view word) {
  if (typed.size() != word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (upper(typed[i]) != word[i]) return false;
  }
  return true;
}

store::CallOutcome parse_disposition(std::string_view text) {
  if (same_upper(text, "ANSWERED")) return store::CallOutcome::answered;
  if (same_upper(text, "NO ANSWER")) return store::CallOutcome::no_answer;
  if (same_upper(text, "BUSY")) return store::CallOutcome::busy;
  if (same_upper(text, "FAILED")) return store::CallOutcome::failed;
  throw usage_error(fmt::format("--disposition: '{}' is not one of ANSWERED, 'NO ANSWER', BUSY, FAILED",
                                text::shown(text)));
}

std::int64_t parse_limit(std::string_view text) {
  if (auto n = text::parse_id(text)) return *n;
  throw usage_error(fmt::format("--limit: '{}' is not a positive whole number", text::shown(text)));
}

}  // namespace

std::string call_glob(std::string_view option, std::string_view pattern) {
  if (pattern.empty()) throw usage_error(fmt::format("{}: the pattern is empty", option));
  for (char c : pattern) {
    if ((c < '0' || c > '9') && c != '+' && c != '*') {
      throw usage_error(fmt::format("{}: '{}' is not a number pattern (digits, + and *, as 4420 or 44*55)",
                                    option, text::shown(pattern)));
    }
  }
  std::string glob(pattern);
  if (glob.find('*') == std::string::npos) glob += '*';  // a prefix
  return glob;
}

store::AdminCallFilter load_call_search(store::Database& db, const Clock& clock, const CallSearchRequest& r) {
  store::AdminCallFilter f;
  if (!is_known_time_zone(r.time_zone)) {
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(r.time_zone)));
  }
  const bool period_given = r.from || r.till || r.period;
  if (period_given || !r.uniqueid) {
    const TimeZone zone(r.time_zone);
    const pages::Period p =
        pages::resolve_period({r.from, r.till, r.period}, zone, clock, pages::DefaultPeriod::today);
    f.from = p.from;
    f.till = p.till;
  }
  if (r.src) f.src_glob = call_glob("--src", *r.src);
  if (r.dst) f.dst_glob = call_glob("--dst", *r.dst);
  if (r.disposition) f.outcome = parse_disposition(*r.disposition);
  if (r.limit) f.limit = parse_limit(*r.limit);
  f.unrated = r.unrated;
  f.unassigned = r.unassigned;
  f.no_provider = r.no_provider;
  f.uniqueid = r.uniqueid;
  if (r.user) {
    auto user = store::find_user(db, *r.user);
    if (!user) throw not_found_error(fmt::format("--user: no user '{}'", text::shown(*r.user)));
    f.user_id = user->id;
  }
  if (r.device) {
    if (!store::device_exists(db, *r.device))
      throw not_found_error(fmt::format("--device: no device {}", *r.device));
    f.device_id = r.device;
  }
  return f;
}

}  // namespace kolmi::console
