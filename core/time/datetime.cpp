#include "core/time/datetime.hpp"

#include <date/date.h>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"
#include "core/time/zone_directory.hpp"

namespace kolmi {

namespace {

bool parse_fixed(std::string_view s, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

// Parses 'YYYY-MM-DD[ HH:MM:SS]' into a local (zone-less) time; with
// `iso_t`, 'YYYY-MM-DDTHH:MM:SS' too (what some PBXes write in CDRs).
std::optional<date::local_seconds> parse_local(std::string_view s, bool iso_t = false) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (s.size() != 10 && s.size() != 19) return std::nullopt;
  if (!parse_fixed(s, 0, 4, y) || s[4] != '-' || !parse_fixed(s, 5, 2, mo) || s[7] != '-' ||
      !parse_fixed(s, 8, 2, d))
    return std::nullopt;
  if (s.size() == 19) {
    if ((s[10] != ' ' && !(iso_t && s[10] == 'T')) || !parse_fixed(s, 11, 2, h) || s[13] != ':' ||
        !parse_fixed(s, 14, 2, mi) || s[16] != ':' || !parse_fixed(s, 17, 2, se))
      return std::nullopt;
  }
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || se > 59) return std::nullopt;
  return date::local_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} +
         std::chrono::seconds{se};
}

std::string format_parts(date::local_seconds t) {
  auto day = date::floor<date::days>(t);
  date::year_month_day ymd{day};
  date::hh_mm_ss<std::chrono::seconds> tod{t - day};
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     tod.hours().count(), tod.minutes().count(), tod.seconds().count());
}

}  // namespace

std::string format_utc(Seconds t) { return format_parts(date::local_seconds{t.time_since_epoch()}); }

std::optional<Seconds> parse_utc(std::string_view text) {
  auto local = parse_local(text);
  if (!local) return std::nullopt;
  return Seconds{local->time_since_epoch()};
}

std::optional<Seconds> parse_utc_or_iso(std::string_view text) {
  auto local = parse_local(text, true);
  if (!local) return std::nullopt;
  return Seconds{local->time_since_epoch()};
}

bool is_known_time_zone(std::string_view name) { return tz::find_zone(name) != nullptr; }

TimeZone::TimeZone(std::string_view iana_name) : zone_(tz::find_zone(iana_name)), name_(iana_name) {
  if (!zone_) throw usage_error(fmt::format("unknown time zone '{}'", text::shown(iana_name)));
}

namespace {
// The wall clock of `zone` at t.
date::local_seconds to_local(const tz::Zone& zone, Seconds t) {
  const std::int64_t utc = t.time_since_epoch().count();
  return date::local_seconds{std::chrono::seconds{utc + zone.span_at(utc).offset}};
}

// The instant of a local wall-clock time in `zone` (to_utc's DST rules).
// Works on the time point itself: the starts of days and months below
// never go through text, which has no year past 9999 (the start of the day
// after 9999-12-31 is a fine instant, but "10000-01-01" no date).
Seconds local_to_utc(const tz::Zone& zone, date::local_seconds local) {
  return Seconds{std::chrono::seconds{zone.to_utc(local.time_since_epoch().count())}};
}
}  // namespace

std::string TimeZone::format_local(Seconds t) const { return format_parts(to_local(*zone_, t)); }

std::string TimeZone::local_date(Seconds t) const { return format_local(t).substr(0, 10); }

Seconds TimeZone::to_utc(std::string_view local_datetime) const {
  auto local = parse_local(local_datetime);
  if (!local) throw usage_error(fmt::format("invalid date or time '{}'", text::shown(local_datetime)));
  return local_to_utc(*zone_, *local);
}

Seconds TimeZone::start_of_day(Seconds t) const {
  auto day = date::floor<date::days>(to_local(*zone_, t));
  return local_to_utc(*zone_, date::local_seconds{day});
}

Seconds TimeZone::start_of_next_day(Seconds t) const {
  auto day = date::floor<date::days>(to_local(*zone_, t)) + date::days{1};
  return local_to_utc(*zone_, date::local_seconds{day});
}

std::int64_t TimeZone::local_day(Seconds t) const {
  return date::floor<date::days>(to_local(*zone_, t)).time_since_epoch().count();
}

Seconds TimeZone::start_of_local_day(std::int64_t day) const {
  return local_to_utc(*zone_, date::local_seconds{date::local_days{date::days{day}}});
}

Seconds TimeZone::start_of_month(Seconds t) const {
  date::year_month_day ymd{date::floor<date::days>(to_local(*zone_, t))};
  date::local_days first{ymd.year() / ymd.month() / 1};
  return local_to_utc(*zone_, date::local_seconds{first});
}

Seconds TimeZone::start_of_next_month(Seconds t) const {
  date::year_month_day ymd{date::floor<date::days>(to_local(*zone_, t))};
  auto next = ymd.year() / ymd.month() + date::months{1};
  date::local_days first{next / 1};
  return local_to_utc(*zone_, date::local_seconds{first});
}

TimeZone::OffsetSpan TimeZone::offset_at(Seconds t) const {
  const tz::Zone::Span span = zone_->span_at(t.time_since_epoch().count());
  return OffsetSpan{Seconds{std::chrono::seconds{span.begin}}, Seconds{std::chrono::seconds{span.end}},
                    std::chrono::seconds{span.offset}};
}

}  // namespace kolmi
