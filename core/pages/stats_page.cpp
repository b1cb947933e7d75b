#include "core/pages/stats_page.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/new_calls_page.hpp"
#include "core/pages/page_head.hpp"
#include "core/pages/period.hpp"
#include "core/store/call_list.hpp"
#include "core/store/call_totals.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"
#include "core/time/local_time_formatter.hpp"

namespace kolmi::pages {

namespace {

constexpr std::string_view kByDateColumns[] = {"date",    "calls_count", "answered",       "duration",
                                               "billsec", "avg_time",    "calls_normative"};

// Stats count whole days: a time of day is refused, and the message names
// only the form stats takes.
void require_date(std::string_view option, const std::optional<std::string>& value) {
  if (value && (value->size() != 10 || !parse_utc(*value))) {
    throw usage_error(fmt::format("{}: '{}' is not a date (use YYYY-MM-DD)", option, text::shown(*value)));
  }
}

void count(OutcomeCounts& c, store::CallOutcome outcome, std::int64_t calls) {
  switch (outcome) {
    case store::CallOutcome::answered:
      c.answered += calls;
      break;
    case store::CallOutcome::no_answer:
      c.no_answer += calls;
      break;
    case store::CallOutcome::busy:
      c.busy += calls;
      break;
    case store::CallOutcome::failed:
      c.failed += calls;
      break;
  }
}

std::string day_string(std::int64_t day) {
  std::array<char, 10> buf{};
  return std::string(LocalTimeFormatter::day_text(day, buf));
}

std::int64_t asr_between(const PageContext& pc, Seconds from, Seconds till) {
  store::AnswerCounts c = store::answer_counts(pc.db, pc.user.id, from, till);
  return asr_percent(c.answered, c.calls);
}

}  // namespace

std::int64_t asr_percent(std::int64_t answered, std::int64_t calls) {
  if (calls <= 0) return 0;
  return (answered * 200 + calls) / (calls * 2);
}

std::string minutes_text(std::int64_t seconds, std::int64_t per) {
  if (per <= 0 || seconds <= 0) return "0.0";
  // tenths of a minute = seconds / per / 6, rounded half up
  const std::int64_t tenths = (seconds * 2 + per * 6) / (per * 12);
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

StatsPage load_stats_page(const PageContext& pc, const StatsRequest& r) {
  require_date("--from", r.from);
  require_date("--till", r.till);
  const Period period = resolve_period({r.from, r.till, r.period}, pc.zone, pc.clock, DefaultPeriod::this_month);
  const Seconds now = pc.clock.now();

  // Dates come from each call's own instant on the user's wall clock, so a
  // 23- or 25-hour day around a DST change groups right.
  LocalTimeFormatter local(pc.zone);
  const std::int64_t first_day = local.local_day(period.from);
  const std::int64_t last_day = local.local_day(period.till - std::chrono::seconds{1});
  const std::int64_t shown_last = std::min(last_day, local.local_day(now));

  StatsPage page;
  page.start_date = day_string(first_day);
  page.end_date = day_string(last_day);
  // Oldest first while counting (index = day - first_day), reversed at the end.
  std::vector<DateStats>& days = page.by_date;
  days.resize(static_cast<std::size_t>(std::max<std::int64_t>(0, shown_last - first_day + 1)));

  // From the call totals (store/call_totals.hpp): groups of calls within a
  // quarter hour, a quarter that a local midnight cuts read call by call.
  const auto two_days = [&](Seconds first, Seconds last) { return local.local_day(first) != local.local_day(last); };
  store::visit_call_groups(
      pc.db, pc.user.id, period.from, period.till, store::CallHalves::user_calls, two_days,
      [&](const store::CallGroup& g) {
        count(g.outgoing ? page.outgoing : page.incoming, g.outcome, g.calls);
        if (!g.start) return;  // an unreadable start has no date
        const std::int64_t day = local.local_day(*g.start);
        if (day < first_day || day > shown_last) return;
        DateStats& d = days[static_cast<std::size_t>(day - first_day)];
        d.calls += g.calls;
        d.billsec += g.billsec;
        if (g.outcome == store::CallOutcome::answered) d.answered += g.calls;
      });
  for (std::size_t i = 0; i < days.size(); ++i) {
    LocalTimeFormatter::day_text(first_day + static_cast<std::int64_t>(i), days[i].date);
  }
  std::reverse(days.begin(), days.end());

  page.todays_asr = asr_between(pc, pc.zone.start_of_day(now), pc.zone.start_of_next_day(now));
  page.months_asr = asr_between(pc, pc.zone.start_of_month(now), pc.zone.start_of_next_month(now));
  page.new_calls = store::count_calls(pc.db, new_calls_filter(pc.user));
  return page;
}

void write_stats_page(output::TreeWriter& w, const PageContext& pc, const StatsPage& p) {
  const Lang lang = pc.lang;
  const bool extras = w.carries_extras();
  write_page_head(w, {.pagename = "Detailed statistics", .lang = lang, .user_id = pc.user.id});
  w.text("start_date", p.start_date);
  w.text("end_date", p.end_date);
  w.open("details");
  w.open("main_details");
  w.integer("todays_normative", p.todays_asr);
  w.integer("months_normative", p.months_asr);
  w.integer("new_calls", p.new_calls);
  w.close();
  w.open("calls");
  auto outcomes = [&](std::string_view name, const OutcomeCounts& c) {
    w.open(name);
    w.integer("answered", c.answered);
    w.integer("no_answer", c.no_answer);
    w.integer("busy", c.busy);
    w.integer("failed", c.failed);
    w.close();
  };
  outcomes("incoming", p.incoming);
  outcomes("outgoing", p.outgoing);
  w.close();
  w.open_list("detailed_by_date", "call_by_date", kByDateColumns);
  for (const DateStats& d : p.by_date) {
    w.open_item();
    w.text("date", std::string_view(d.date.data(), d.date.size()));
    w.integer("calls_count", d.calls);
    if (extras) w.integer("answered", d.answered);
    w.number("duration", minutes_text(d.billsec));
    if (extras) w.integer("billsec", d.billsec);
    w.number("avg_time", minutes_text(d.billsec, d.answered));
    w.integer("calls_normative", asr_percent(d.answered, d.calls));
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::pages
