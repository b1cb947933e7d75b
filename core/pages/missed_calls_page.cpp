#include "core/pages/missed_calls_page.hpp"

#include "core/pages/call_text.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/call_list.hpp"
#include "core/store/call_queries.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kMissedCallColumns[] = {"call_id",  "date",         "called_from",      "called_to",
                                                   "duration", "duration_seconds", "hangup_cause", "processed"};
}  // namespace

MissedCallsPage load_missed_calls_page(const PageContext& pc, const MissedCallsRequest& r) {
  MissedCallsPage page;
  page.period = resolve_period({r.from, r.till, r.period}, pc.zone, pc.clock, DefaultPeriod::today);
  // The main page's missed_today counts with the same query.
  page.missed_total = store::missed_calls_between(pc.db, pc.user.id, page.period.from, page.period.till);
  return page;
}

void write_missed_calls_page(output::TreeWriter& w, const PageContext& pc, const MissedCallsPage& page) {
  store::CallCursor calls = store::CallCursor::missed(pc.db, pc.user.id, page.period.from, page.period.till);
  CallText text(pc.zone, PriceConverter{}, pc.digits);  // no prices on this page
  const bool extras = w.carries_extras();

  write_page_head(w, {.pagename = "Missed calls", .lang = pc.lang, .error_msg = true, .user_id = pc.user.id});
  w.integer("missed_total", page.missed_total);
  w.text("username", pc.user.full_name());
  write_available_languages(w);
  w.open("calls_stat");
  write_period(w, page.period);
  w.open_list("calls", "call", kMissedCallColumns);
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    w.open_item();
    w.integer("call_id", row.id);
    w.text("date", text.date(row));
    w.text("called_from", row.src);
    w.text("called_to", row.dst);
    // A missed call has no talk time; how long it rang is what tells.
    w.text("duration", text.duration(row, true));
    if (extras) w.integer("duration_seconds", row.duration);
    w.text("hangup_cause", hangup_cause_text(row.disposition, pc.lang));
    w.integer("processed", row.processed ? 1 : 0);
    w.close();
  }
  w.finish();
}

void produce_missed_calls_page(output::TreeWriter& w, const PageContext& pc, const MissedCallsRequest& request) {
  write_missed_calls_page(w, pc, load_missed_calls_page(pc, request));
}

}  // namespace kolmi::pages
