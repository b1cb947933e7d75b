#pragma once
// The POSIX TZ string a TZif file ends with (its footer, RFC 8536 §3.3):
// the rule that gives local time after the file's last explicit transition,
// e.g. "EST5EDT,M3.2.0,M11.1.0" or "<-02>2<-01>,M3.5.0/-1,M10.5.0/0".
// Parsed once when a zone is loaded; evaluated for any instant, so dates in
// 2040 or 9999 get their daylight saving time as the rule says.
#include <cstdint>
#include <optional>
#include <string_view>

namespace kolmi::tz {

// A day of the year a rule changes on (POSIX's "date" in the rule part).
struct RuleDay {
  enum class Kind : std::uint8_t {
    julian_no_leap,  // Jn: 1..365, February 29 never counted (J60 is March 1)
    zero_based,      // n: 0..365, February 29 counted in leap years
    month_week_day,  // Mm.w.d: weekday d (0 = Sunday) of week w (5 = last) of month m
  };
  Kind kind = Kind::month_week_day;
  int day = 0;      // n of Jn or n
  int month = 0;    // m of Mm.w.d
  int week = 0;     // w of Mm.w.d
  int weekday = 0;  // d of Mm.w.d
  // The local time of day the change happens, in seconds (RFC 8536
  // §3.3.1: -167 to 167 hours, so it may fall on another day).
  std::int32_t time = 2 * 3600;

  // Days since 1970-01-01 of this rule's day in `year`.
  std::int64_t day_in(std::int64_t year) const;
};

struct PosixTzRule {
  // Seconds east of UTC (the TZ string writes them west: "EST5" is -5 h).
  std::int32_t std_offset = 0;
  struct Daylight {
    std::int32_t offset = 0;  // seconds east of UTC
    RuleDay start;            // wall-clock time in standard time
    RuleDay end;              // wall-clock time in daylight time
  };
  std::optional<Daylight> dst;

  // The offset in force at `utc` (seconds since the epoch) and the span
  // [begin, end) of instants that share it under this rule. A rule
  // without DST (or with DST all year) has one span for all time: begin and
  // end are then the given bounds.
  struct Span {
    std::int64_t begin;
    std::int64_t end;
    std::int32_t offset;
  };
  Span span_at(std::int64_t utc, std::int64_t min_time, std::int64_t max_time) const;
};

// Parses a POSIX TZ string as RFC 8536 §3.3 allows in a TZif footer: names
// of 3+ letters or <quoted> of 3+ letters, digits, '+' and '-'; offsets
// [+-]hh[:mm[:ss]] up to 24 hours; rules Jn, n or Mm.w.d with an optional
// /time of -167..167 hours. A daylight name needs a rule (a footer has one).
// nullopt for anything else, including trailing characters.
std::optional<PosixTzRule> parse_posix_tz(std::string_view text);

}  // namespace kolmi::tz
