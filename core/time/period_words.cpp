#include "core/time/period_words.hpp"

#include <date/date.h>

#include "core/time/datetime.hpp"

namespace kolmi {

namespace {

date::sys_days as_date(std::int64_t day) { return date::sys_days{date::days{day}}; }
std::int64_t as_number(date::sys_days d) { return d.time_since_epoch().count(); }

DayRange month_of(date::year_month ym) {
  const date::sys_days first{ym / 1};
  const date::sys_days next{(ym + date::months{1}) / 1};
  return {as_number(first), as_number(next)};
}

// 'YYYY-MM' with a real month, else nullopt.
std::optional<date::year_month> parse_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  int value[2] = {0, 0};
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 4) continue;
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    int& v = value[i < 4 ? 0 : 1];
    v = v * 10 + (s[i] - '0');
  }
  const date::year_month ym{date::year{value[0]}, date::month{static_cast<unsigned>(value[1])}};
  if (!ym.ok()) return std::nullopt;
  return ym;
}

}  // namespace

std::optional<DayRange> period_days(std::string_view period, std::int64_t today) {
  const date::sys_days day = as_date(today);
  if (period == "today") return DayRange{today, today + 1};
  if (period == "yesterday") return DayRange{today - 1, today};
  if (period == "this-week" || period == "last-week") {
    // ISO 8601: weeks start on Monday (iso_encoding: Monday 1 .. Sunday 7).
    const std::int64_t monday = today - (date::weekday{day}.iso_encoding() - 1);
    const std::int64_t first = period == "this-week" ? monday : monday - 7;
    return DayRange{first, first + 7};
  }
  const date::year_month this_month = date::year_month_day{day}.year() / date::year_month_day{day}.month();
  if (period == "this-month") return month_of(this_month);
  if (period == "last-month") return month_of(this_month - date::months{1});
  if (auto ym = parse_month(period)) return month_of(*ym);
  if (period.size() == 10) {
    if (auto t = parse_utc(period)) {
      const std::int64_t d = as_number(date::floor<date::days>(*t));
      return DayRange{d, d + 1};
    }
  }
  return std::nullopt;
}

}  // namespace kolmi
