#pragma once
// Stats pages made by hand for the chart tests: the page's by_date rows are
// newest first, as load_stats_page gives them.
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/pages/stats_page.hpp"

namespace kolmi::test {

struct DaySpec {
  std::string date;
  std::int64_t calls = 0;
  std::int64_t answered = 0;
  std::int64_t billsec = 0;
};

// A page of `days` given oldest first (turned newest first, as the page is).
inline pages::StatsPage stats_page(const std::vector<DaySpec>& days) {
  pages::StatsPage page;
  page.start_date = days.empty() ? "2026-11-01" : days.front().date;
  page.end_date = days.empty() ? "2026-11-30" : days.back().date;
  for (auto it = days.rbegin(); it != days.rend(); ++it) {
    pages::DateStats d;
    for (std::size_t i = 0; i < 10 && i < it->date.size(); ++i) d.date[i] = it->date[i];
    d.calls = it->calls;
    d.answered = it->answered;
    d.billsec = it->billsec;
    page.by_date.push_back(d);
  }
  return page;
}

// `n` days from 2026-01-01 on, day i with i % 7 calls, half of them
// answered, 90 s of talk per answered call.
inline pages::StatsPage long_stats_page(int n) {
  std::vector<DaySpec> days;
  for (int i = 0; i < n; ++i) {
    const int y = 2026 + i / 365;
    const int doy = i % 365;
    static constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int m = 0, d = doy;
    while (d >= kMonthDays[m]) d -= kMonthDays[m++];
    const std::string date = fmt::format("{:04}-{:02}-{:02}", y, m + 1, d + 1);
    const std::int64_t calls = i % 7;
    days.push_back({date, calls, calls / 2, calls / 2 * 90});
  }
  return stats_page(days);
}

}  // namespace kolmi::test
