#include "core/time/local_time_formatter.hpp"

#include <date/date.h>

#include <algorithm>

namespace kolmi {

namespace {
constexpr std::int64_t kDay = 86'400;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - (a % b < 0 ? 1 : 0);
}

void put2(char* p, std::int64_t v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
}
}  // namespace

std::int64_t LocalTimeFormatter::local_seconds(Seconds t) {
  if (!have_span_ || t < span_begin_ || t >= span_end_) {
    TimeZone::OffsetSpan span = zone_.offset_at(t);
    span_begin_ = span.begin;
    span_end_ = span.end;
    offset_ = span.offset.count();
    have_span_ = true;
  }
  return t.time_since_epoch().count() + offset_;
}

std::int64_t LocalTimeFormatter::local_day(Seconds t) {
  return floor_div(local_seconds(t), kDay);
}

std::string_view LocalTimeFormatter::day_text(std::int64_t day, std::array<char, 10>& out) {
  date::year_month_day ymd{date::sys_days{date::days{day}}};
  // Years outside 0..9999 cannot come from 'YYYY-MM-DD' text; clamp the
  // digits rather than write past the buffer.
  const auto year = std::clamp(static_cast<int>(ymd.year()), 0, 9999);
  put2(&out[0], year / 100);
  put2(&out[2], year % 100);
  out[4] = '-';
  put2(&out[5], static_cast<unsigned>(ymd.month()));
  out[7] = '-';
  put2(&out[8], static_cast<unsigned>(ymd.day()));
  return {out.data(), out.size()};
}

std::string_view LocalTimeFormatter::format(Seconds t, Buffer& out) {
  const std::int64_t local = local_seconds(t);
  const std::int64_t day = floor_div(local, kDay);
  if (!have_day_ || day != cached_day_) {
    day_text(day, day_text_);
    cached_day_ = day;
    have_day_ = true;
  }
  std::copy(day_text_.begin(), day_text_.end(), out.begin());
  const std::int64_t s = local - day * kDay;
  out[10] = ' ';
  put2(&out[11], s / 3600);
  out[13] = ':';
  put2(&out[14], s / 60 % 60);
  out[16] = ':';
  put2(&out[17], s % 60);
  return {out.data(), out.size()};
}

}  // namespace kolmi
