#include "core/import/source_clock.hpp"

#include <algorithm>

#include <date/date.h>

namespace kolmi::import {

namespace {

// Offsets of consecutive spans of one zone differ by less than this (the
// largest jump on record is Samoa's 24 hours in 2011). A wall-clock time
// whose candidate instant lies this far inside a span can belong to no other.
constexpr std::chrono::seconds kMargin{2 * 24 * 3600};

void put(char* p, int width, long value) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

bool format_into(Seconds t, std::array<char, 19>& out) {
  const auto day = date::floor<date::days>(t);
  const date::year_month_day ymd{day};
  if (static_cast<int>(ymd.year()) < 0 || static_cast<int>(ymd.year()) > 9999) return false;
  const auto secs = (t - day).count();
  char* p = out.data();
  put(p, 4, static_cast<int>(ymd.year()));
  p[4] = '-';
  put(p + 5, 2, static_cast<long>(static_cast<unsigned>(ymd.month())));
  p[7] = '-';
  put(p + 8, 2, static_cast<long>(static_cast<unsigned>(ymd.day())));
  p[10] = ' ';
  put(p + 11, 2, secs / 3600);
  p[13] = ':';
  put(p + 14, 2, secs / 60 % 60);
  p[16] = ':';
  put(p + 17, 2, secs % 60);
  return true;
}

}  // namespace

SourceClock::SourceClock(std::string_view zone_name) : zone_(zone_name), is_utc_(zone_name == "UTC") {}

std::optional<Seconds> SourceClock::to_utc(std::string_view local) {
  const std::optional<Seconds> wall = parse_utc_or_iso(local);  // the wall clock read as if it were UTC
  if (!wall || local.size() != text_.size()) return std::nullopt;
  if (is_utc_) {
    std::copy_n(local.begin(), text_.size(), text_.begin());
    text_[10] = ' ';  // 'YYYY-MM-DDTHH:MM:SS' is stored with a space, as every other time
    return *wall;
  }
  Seconds utc = *wall - span_offset_;
  if (!have_span_ || utc < span_begin_ + kMargin || utc >= span_end_ - kMargin) {
    // Near a transition, or outside the span seen last: ask the zone.
    // TimeZone reads only the documented form: the 'T' becomes a space.
    std::array<char, 19> spaced{};
    std::copy_n(local.begin(), spaced.size(), spaced.begin());
    spaced[10] = ' ';
    utc = zone_.to_utc(std::string_view(spaced.data(), spaced.size()));
    const TimeZone::OffsetSpan span = zone_.offset_at(utc);
    have_span_ = true;
    span_begin_ = span.begin;
    span_end_ = span.end;
    span_offset_ = span.offset;
  }
  if (!format_into(utc, text_)) return std::nullopt;
  return utc;
}

}  // namespace kolmi::import
