#pragma once
// The detailed statistics page (examples/stats.xml; spec "Graphs"): the
// answer-seizure ratios of today and this month, the number of new calls,
// the period's calls by direction and outcome, and one row per local date
// of the period up to today, newest first (shared/spec/README.md decisions
// 8 and 11: ASR in percent, minutes with one decimal, default this month).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/pages/page_context.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

struct StatsRequest {
  std::optional<std::string> from{};  // --from DATE, local; default the 1st of this month
  std::optional<std::string> till{};  // --till DATE, local, to the end of that day
  std::optional<std::string> period{};  // --period, instead of --from/--till (whole days)
};

struct OutcomeCounts {
  std::int64_t answered = 0;
  std::int64_t no_answer = 0;
  std::int64_t busy = 0;
  std::int64_t failed = 0;
};

struct DateStats {
  std::array<char, 10> date{};  // local 'YYYY-MM-DD' (no allocation: a long period has many)
  std::int64_t calls = 0;
  std::int64_t answered = 0;
  std::int64_t billsec = 0;
};

struct StatsPage {
  std::string start_date;  // local dates of the period's first and last day
  std::string end_date;
  std::int64_t todays_asr = 0;
  std::int64_t months_asr = 0;
  std::int64_t new_calls = 0;
  OutcomeCounts incoming;
  OutcomeCounts outgoing;          // internal calls between the user's own devices count here
  std::vector<DateStats> by_date;  // newest first, up to today
};

// ASR in percent, rounded half up: answered / calls * 100; 0 without calls.
std::int64_t asr_percent(std::int64_t answered, std::int64_t calls);
// `seconds` / `per` in minutes with one decimal, rounded half up ("1.5");
// "0.0" when `per` is 0.
std::string minutes_text(std::int64_t seconds, std::int64_t per = 1);

// Throws Error(usage) naming --from, --till or --period for anything but a valid
// date or an empty period, Error(storage).
StatsPage load_stats_page(const PageContext& pc, const StatsRequest& request);
void write_stats_page(output::TreeWriter& w, const PageContext& pc, const StatsPage& page);

}  // namespace kolmi::pages
