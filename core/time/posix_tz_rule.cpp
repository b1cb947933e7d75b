#include "core/time/posix_tz_rule.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/time/civil_days.hpp"

namespace kolmi::tz {

namespace {

constexpr std::int64_t kDay = 86'400;

// Reads 1 to `max_digits` decimal digits at `pos` (at most `max_value`).
bool read_number(std::string_view s, std::size_t& pos, int max_digits, int max_value, int& out) {
  int value = 0;
  int digits = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && digits < max_digits) {
    value = value * 10 + (s[pos] - '0');
    ++pos;
    ++digits;
  }
  if (digits == 0 || value > max_value) return false;
  out = value;
  return true;
}

// A zone abbreviation: 3+ letters, or <3+ of letters, digits, '+', '-'>.
bool read_name(std::string_view s, std::size_t& pos) {
  const std::size_t start = pos;
  if (pos < s.size() && s[pos] == '<') {
    ++pos;
    while (pos < s.size() &&
           (std::isalnum(static_cast<unsigned char>(s[pos])) || s[pos] == '+' || s[pos] == '-'))
      ++pos;
    if (pos >= s.size() || s[pos] != '>' || pos - start - 1 < 3) return false;
    ++pos;
    return true;
  }
  while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
  return pos - start >= 3;
}

// [+-]hh[:mm[:ss]] in seconds, hours at most `max_hours` (24 for an offset,
// 167 for a rule's time of day, RFC 8536 §3.3.1).
bool read_hms(std::string_view s, std::size_t& pos, int max_hours, std::int32_t& out) {
  int sign = 1;
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    if (s[pos] == '-') sign = -1;
    ++pos;
  }
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  if (!read_number(s, pos, 3, max_hours, hours)) return false;
  if (pos < s.size() && s[pos] == ':') {
    ++pos;
    if (!read_number(s, pos, 2, 59, minutes)) return false;
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      if (!read_number(s, pos, 2, 59, seconds)) return false;
    }
  }
  out = sign * (hours * 3600 + minutes * 60 + seconds);
  return true;
}

// An offset as POSIX writes it (west of UTC positive), returned east of UTC.
bool read_offset(std::string_view s, std::size_t& pos, std::int32_t& east) {
  std::int32_t west = 0;
  if (!read_hms(s, pos, 24, west)) return false;
  east = -west;
  return true;
}

bool read_rule_day(std::string_view s, std::size_t& pos, RuleDay& out) {
  if (pos >= s.size()) return false;
  if (s[pos] == 'J') {
    ++pos;
    out.kind = RuleDay::Kind::julian_no_leap;
    if (!read_number(s, pos, 3, 365, out.day) || out.day < 1) return false;
  } else if (s[pos] == 'M') {
    ++pos;
    out.kind = RuleDay::Kind::month_week_day;
    if (!read_number(s, pos, 2, 12, out.month) || out.month < 1) return false;
    if (pos >= s.size() || s[pos++] != '.') return false;
    if (!read_number(s, pos, 1, 5, out.week) || out.week < 1) return false;
    if (pos >= s.size() || s[pos++] != '.') return false;
    if (!read_number(s, pos, 1, 6, out.weekday)) return false;
  } else {
    out.kind = RuleDay::Kind::zero_based;
    if (!read_number(s, pos, 3, 365, out.day)) return false;
  }
  out.time = 2 * 3600;  // POSIX's default: 02:00:00
  if (pos < s.size() && s[pos] == '/') {
    ++pos;
    if (!read_hms(s, pos, 167, out.time)) return false;
  }
  return true;
}

}  // namespace

std::int64_t RuleDay::day_in(std::int64_t year) const {
  switch (kind) {
    case Kind::julian_no_leap:
      return days_from_civil(year, 1, 1) + day - 1 + (is_leap_year(year) && day >= 60 ? 1 : 0);
    case Kind::zero_based:
      return days_from_civil(year, 1, 1) + day;
    case Kind::month_week_day:
    default: {
      const std::int64_t first = days_from_civil(year, month, 1);
      std::int64_t d = first + (weekday - weekday_of(first) + 7) % 7 + (week - 1) * 7;
      const std::int64_t next_month = first + days_in_month(year, month);
      while (d >= next_month) d -= 7;  // week 5: the last such weekday
      return d;
    }
  }
}

PosixTzRule::Span PosixTzRule::span_at(std::int64_t utc, std::int64_t min_time, std::int64_t max_time) const {
  if (!dst || dst->offset == std_offset) return {min_time, max_time, std_offset};
  // The changes of the years around utc's, in time order. A rule's day and
  // time (up to a week off) and the offsets (about a day) move a year's
  // changes at most a few days past its ends, so two years either side
  // always hold the last change before utc and the first after it.
  struct Change {
    std::int64_t at;
    std::int32_t offset;
  };
  std::array<Change, 10> changes{};
  const std::int64_t year = civil_year_of(floor_div(utc, kDay));
  std::size_t n = 0;
  for (std::int64_t y = year - 2; y <= year + 2; ++y) {
    // A start is read on the standard clock, an end on the daylight clock.
    changes[n++] = {dst->end.day_in(y) * kDay + dst->end.time - dst->offset, std_offset};
    changes[n++] = {dst->start.day_in(y) * kDay + dst->start.time - std_offset, dst->offset};
  }
  // Ends sort before starts at the same instant, so DST all year (RFC 8536
  // §3.3.1: "0/0,J365/25", each end meeting the next start) stays DST.
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& a, const Change& b) { return a.at < b.at; });
  // Keep the real changes: at one instant the last one wins, and a change
  // to the offset already in force is none.
  std::array<Change, 10> kept{};
  std::size_t k = 0;
  for (const Change& c : changes) {
    if (k > 0 && kept[k - 1].at == c.at) {
      --k;
    }
    if (k > 0 && kept[k - 1].offset == c.offset) continue;
    kept[k++] = c;
  }
  // The last change at or before utc, and the next one.
  std::size_t i = 0;
  while (i < k && kept[i].at <= utc) ++i;
  const std::int64_t begin = i == 0 ? min_time : kept[i - 1].at;
  const std::int64_t end = i == k ? max_time : kept[i].at;
  std::int32_t offset = 0;
  if (i > 0) {
    offset = kept[i - 1].offset;
  } else {
    offset = kept[0].offset == std_offset ? dst->offset : std_offset;
  }
  return {begin, end, offset};
}

std::optional<PosixTzRule> parse_posix_tz(std::string_view text) {
  PosixTzRule rule;
  std::size_t pos = 0;
  if (!read_name(text, pos) || !read_offset(text, pos, rule.std_offset)) return std::nullopt;
  if (pos == text.size()) return rule;
  PosixTzRule::Daylight dst;
  if (!read_name(text, pos)) return std::nullopt;
  dst.offset = rule.std_offset + 3600;  // POSIX's default: one hour ahead
  if (pos < text.size() && text[pos] != ',' && !read_offset(text, pos, dst.offset)) return std::nullopt;
  // A daylight name without a rule leaves the dates to the implementation;
  // a TZif footer always states them.
  if (pos >= text.size() || text[pos++] != ',') return std::nullopt;
  if (!read_rule_day(text, pos, dst.start)) return std::nullopt;
  if (pos >= text.size() || text[pos++] != ',') return std::nullopt;
  if (!read_rule_day(text, pos, dst.end)) return std::nullopt;
  if (pos != text.size()) return std::nullopt;
  rule.dst = dst;
  return rule;
}

}  // namespace kolmi::tz
