#include "core/pages/new_calls_page.hpp"

#include "core/pages/call_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

store::CallFilter new_calls_filter(const store::User& user) {
  store::CallFilter f;
  f.user_id = user.id;
  if (user.previous_login_at) {
    if (auto previous = parse_utc(*user.previous_login_at)) f.from = *previous + std::chrono::seconds{1};
  }
  return f;
}

NewCallsPage load_new_calls_page(const PageContext& pc) {
  NewCallsPage page;
  page.filter = new_calls_filter(pc.user);
  page.total_calls = store::count_calls(pc.db, page.filter);
  return page;
}

void write_new_calls_page(xml::XmlWriter& w, const PageContext& pc, const NewCallsPage& page) {
  store::CallCursor calls = store::CallCursor::open(pc.db, page.filter);
  CallText text(pc.zone, PriceConverter{}, pc.digits);  // no prices on this page

  w.declaration();
  w.open("page");
  w.leaf("pagename", tr(pc.lang, "Calls"));
  w.leaf("language", lang_code(pc.lang));
  w.leaf("error_msg", "");
  w.leaf("userid", pc.user.id);
  w.open("calls_stat");
  w.leaf("total_calls", page.total_calls);
  w.open("calls");
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    w.open("call");
    w.leaf("date", text.date(row));
    w.leaf("called_from", row.src);
    w.leaf("called_to", row.dst);
    w.leaf("duration", text.duration(row));
    w.leaf("hangup_cause", hangup_cause_text(row.disposition, pc.lang));
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::pages
