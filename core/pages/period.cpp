#include "core/pages/period.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"
#include "core/time/period_words.hpp"

namespace kolmi::pages {

namespace {

constexpr std::string_view kTimeForms = "use YYYY-MM-DD or YYYY-MM-DD HH:MM:SS";

// A typed time in one of the two documented forms, else Error(usage).
void require_time(std::string_view option, std::string_view text) {
  if (!parse_utc(text)) {  // shape and calendar check, zone-free
    throw usage_error(fmt::format("{}: '{}' is not a time ({})", option, kolmi::text::shown(text), kTimeForms));
  }
}

Seconds parse_bound(std::string_view option, std::string_view text, const TimeZone& zone, bool is_till) {
  require_time(option, text);
  if (text.size() == 10) {
    Seconds start = zone.to_utc(text);
    return is_till ? zone.start_of_next_day(start) : start;
  }
  Seconds t = zone.to_utc(text);
  return is_till ? t + std::chrono::seconds{1} : t;  // --till is inclusive to the second
}

void refuse_with_period(std::string_view option) {
  throw usage_error(fmt::format("--period cannot be used with {}: --period gives both ends of the period; "
                                "use either --period or --from/--till",
                                option));
}

}  // namespace

void resolve_open_period(const PeriodInput& in, const TimeZone& zone, const Clock& clock, std::string& from,
                         std::string& till) {
  if (in.period || in.till) {
    // --till alone: that day, as on every command (shared/spec/cli.md, "Periods").
    const Period p = resolve_period(in, zone, clock, DefaultPeriod::today);
    from = format_utc(p.from);
    till = format_utc(p.till);
  } else if (in.from) {
    // --from alone: from then on; the list's default is every row, not today.
    from = format_utc(resolve_period({in.from, in.from}, zone, clock, DefaultPeriod::today).from);
  }
}

std::string period_forms() {
  std::string forms;
  for (std::string_view word : kPeriodWords) forms += fmt::format("{}, ", word);
  return forms + "YYYY-MM or YYYY-MM-DD";
}

Period resolve_period(const PeriodInput& in, const TimeZone& zone, const Clock& clock, DefaultPeriod fallback) {
  const Seconds now = clock.now();
  Period p;
  if (in.period) {
    if (in.from) refuse_with_period("--from");
    if (in.till) refuse_with_period("--till");
    const std::optional<DayRange> days = period_days(*in.period, zone.local_day(now));
    if (!days) {
      throw usage_error(
          fmt::format("--period: '{}' is not a period (use {})", kolmi::text::shown(*in.period), period_forms()));
    }
    p.from = zone.start_of_local_day(days->first);
    p.till = zone.start_of_local_day(days->end);
  } else {
    if (in.from) {
      p.from = parse_bound("--from", *in.from, zone, false);
    } else if (in.till) {
      // --till alone: from the start of that day, never an inverted range
      // from today to an earlier day.
      require_time("--till", *in.till);
      p.from = zone.to_utc(in.till->substr(0, 10));
    } else {
      p.from = fallback == DefaultPeriod::today ? zone.start_of_day(now) : zone.start_of_month(now);
    }
    if (in.till) {
      p.till = parse_bound("--till", *in.till, zone, true);
    } else if (in.from) {
      // An open end with an explicit start: up to the end of today.
      p.till = zone.start_of_next_day(now);
    } else {
      p.till = fallback == DefaultPeriod::today ? zone.start_of_next_day(now) : zone.start_of_next_month(now);
    }
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
