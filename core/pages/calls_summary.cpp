#include "core/pages/calls_summary.hpp"

#include "core/error.hpp"
#include "core/pages/call_text.hpp"
#include "core/pages/format.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/call_list.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kSummaryColumns[] = {"period_start", "period_end", "currency", "calls",
                                                "answered",     "billsec",    "unrated",  "price"};

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw storage_error("the calls' total is too large to add up");
  return sum;
}
}  // namespace

CallsSummary sum_calls(const PageContext& pc, const CallsPage& page) {
  store::CallCursor calls = store::CallCursor::open(pc.db, page.filter);
  const PriceConverter convert(pc.currencies, page.currency);
  CallsSummary s;
  std::int64_t nanos = 0;
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    ++s.calls;
    if (store::outcome_of(row.disposition) == store::CallOutcome::answered) ++s.answered;
    s.billsec = checked_add(s.billsec, row.billsec);
    if (row.price) {
      nanos = checked_add(nanos, convert(*row.price).nanos());
    } else {
      ++s.unrated;
    }
  }
  s.price = Decimal::from_nanos(nanos);
  return s;
}

void write_calls_summary(output::TreeWriter& w, const PageContext& pc, const CallsPage& page,
                         const CallsSummary& s) {
  w.begin("calls_summary");
  w.open_record("summary", kSummaryColumns);
  w.text("period_start", page.period.start_text);
  w.text("period_end", page.period.end_text);
  w.text("currency", page.currency);
  w.integer("calls", s.calls);
  w.integer("answered", s.answered);
  w.integer("billsec", s.billsec);
  w.integer("unrated", s.unrated);
  w.money("price", s.price, format_money(s.price, pc.digits), "");
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
