#include "core/pages/new_calls_page.hpp"

#include "core/pages/call_text.hpp"
#include "core/pages/page_head.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kNewCallColumns[] = {"date",     "called_from", "called_to",
                                                "duration", "billsec",     "hangup_cause"};
}  // namespace

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

void write_new_calls_page(output::TreeWriter& w, const PageContext& pc, const NewCallsPage& page) {
  store::CallCursor calls = store::CallCursor::open(pc.db, page.filter);
  CallText text(pc.zone, PriceConverter{}, pc.digits);  // no prices on this page
  const bool extras = w.carries_extras();

  write_page_head(w, {.pagename = "Calls", .lang = pc.lang, .error_msg = true, .user_id = pc.user.id});
  w.open("calls_stat");
  w.integer("total_calls", page.total_calls);
  w.open_list("calls", "call", kNewCallColumns);
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    w.open_item();
    w.text("date", text.date(row));
    w.text("called_from", row.src);
    w.text("called_to", row.dst);
    w.text("duration", text.duration(row));
    if (extras) w.integer("billsec", row.billsec);
    w.text("hangup_cause", hangup_cause_text(row.disposition, pc.lang));
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::pages
