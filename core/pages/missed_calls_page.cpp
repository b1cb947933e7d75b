#include "core/pages/period.hpp"
#include "core/pages/missed_calls_page.hpp"

#include "core/pages/call_text.hpp"
#include "core/pages/login_pages.hpp"
#include "core/store/call_list.hpp"
#include "core/store/call_queries.hpp"

namespace kolmi::pages {

MissedCallsPage load_missed_calls_page(const PageContext& pc, const MissedCallsRequest& r) {
  MissedCallsPage page;
  page.period = resolve_period({r.from, r.till, r.period}, pc.zone, pc.clock, DefaultPeriod::today);
  // The main page's missed_today counts with the same query.
  page.missed_total = store::missed_calls_between(pc.db, pc.user.id, page.period.from, page.period.till);
  return page;
}

void write_missed_calls_page(xml::XmlWriter& w, const PageContext& pc, const MissedCallsPage& page) {
  store::CallCursor calls = store::CallCursor::missed(pc.db, pc.user.id, page.period.from, page.period.till);
  CallText text(pc.zone, PriceConverter{}, pc.digits);  // no prices on this page

  w.declaration();
  w.open("page");
  w.leaf("pagename", tr(pc.lang, "Missed calls"));
  w.leaf("language", lang_code(pc.lang));
  w.leaf("error_msg", "");
  w.leaf("userid", pc.user.id);
  w.leaf("missed_total", page.missed_total);
  w.leaf("username", pc.user.full_name());
  write_available_languages(w);
  w.open("calls_stat");
  write_period(w, page.period);
  w.open("calls");
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    w.open("call");
    w.leaf("call_id", row.id);
    w.leaf("date", text.date(row));
    w.leaf("called_from", row.src);
    w.leaf("called_to", row.dst);
    // A missed call has no talk time; how long it rang is what tells.
    w.leaf("duration", text.duration(row, true));
    w.leaf("hangup_cause", hangup_cause_text(row.disposition, pc.lang));
    w.leaf("processed", row.processed ? 1 : 0);
    w.close();
  }
  w.finish();
}

void produce_missed_calls_page(xml::XmlWriter& w, const PageContext& pc, const MissedCallsRequest& request) {
  write_missed_calls_page(w, pc, load_missed_calls_page(pc, request));
}

}  // namespace kolmi::pages
