#include "core/pages/period.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::pages {

namespace {
Seconds parse_bound(std::string_view option, std::string_view text, const TimeZone& zone, bool is_till) {
  if (!parse_utc(text)) {  // shape and calendar check, zone-free
    throw usage_error(fmt::format("{}: '{}' is not a date (YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS')", option,
                                  kolmi::text::shown(text)));
  }
  if (text.size() == 10) {
    Seconds start = zone.to_utc(text);
    return is_till ? zone.start_of_next_day(start) : start;
  }
  Seconds t = zone.to_utc(text);
  return is_till ? t + std::chrono::seconds{1} : t;  // --till is inclusive to the second
}
}  // namespace

Period resolve_period(std::optional<std::string_view> from, std::optional<std::string_view> till,
                      const TimeZone& zone, const Clock& clock, DefaultPeriod fallback) {
  Seconds now = clock.now();
  Period p;
  if (from) {
    p.from = parse_bound("--from", *from, zone, false);
  } else {
    p.from = fallback == DefaultPeriod::today ? zone.start_of_day(now) : zone.start_of_month(now);
  }
  if (till) {
    p.till = parse_bound("--till", *till, zone, true);
  } else if (from) {
    // An open end with an explicit start: up to the end of today.
    p.till = zone.start_of_next_day(now);
  } else {
    p.till = fallback == DefaultPeriod::today ? zone.start_of_next_day(now) : zone.start_of_next_month(now);
  }
  if (p.from >= p.till) {
    throw usage_error(fmt::format("--from ({}) must be before --till ({})", zone.format_local(p.from),
                                  zone.format_local(p.till - std::chrono::seconds{1})));
  }
  p.start_text = zone.format_local(p.from);
  p.end_text = zone.format_local(p.till - std::chrono::seconds{1});
  // Stored times are 'YYYY-MM-DD HH:MM:SS' text compared as strings, where
  // year 10000 would sort before 2026: no bound may pass the last second of
  // 9999 (UTC). A later one (--till 9999-12-31: "no end", in any zone) is
  // taken as that second; the texts above still show what was asked.
  static const Seconds kLastSecond = *parse_utc("9999-12-31 23:59:59");
  p.from = std::min(p.from, kLastSecond);
  p.till = std::min(p.till, kLastSecond);
  return p;
}

}  // namespace kolmi::pages
