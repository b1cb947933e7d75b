#include "core/pages/calls_page.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/call_text.hpp"
#include "core/pages/page_head.hpp"
#include "core/text/id_number.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::pages {

namespace {

constexpr std::string_view kCallColumns[] = {"date",     "called_from",  "called_to", "destination",   "duration",
                                             "billsec",  "hangup_cause", "price",     "price_currency"};

store::CallDirection parse_direction(std::string_view text) {
  if (text == "all") return store::CallDirection::all;
  if (text == "incoming") return store::CallDirection::incoming;
  if (text == "outgoing") return store::CallDirection::outgoing;
  throw usage_error(
      fmt::format("--direction: '{}' is not one of all, incoming, outgoing", kolmi::text::shown(text)));
}

std::optional<store::CallOutcome> parse_status(std::string_view text) {
  if (text == "all") return std::nullopt;
  if (text == "answered") return store::CallOutcome::answered;
  if (text == "no_answer") return store::CallOutcome::no_answer;
  if (text == "busy") return store::CallOutcome::busy;
  if (text == "failed") return store::CallOutcome::failed;
  throw usage_error(fmt::format("--status: '{}' is not one of all, answered, no_answer, busy, failed",
                                kolmi::text::shown(text)));
}

std::optional<std::int64_t> parse_device(std::string_view text) {
  if (text == "all") return std::nullopt;
  if (auto id = kolmi::text::parse_id(text)) return id;
  throw usage_error(fmt::format("--device: {}", kolmi::text::not_an_id(text, true)));
}

}  // namespace

CallsPage load_calls_page(const PageContext& pc, const CallsRequest& r) {
  CallsPage page;
  page.filter.user_id = pc.user.id;
  page.filter.direction = parse_direction(r.direction);
  page.filter.outcome = parse_status(r.status);
  page.filter.device_id = parse_device(r.device);
  page.currency = pc.display_currency(r.currency);
  page.period = resolve_period({r.from, r.till, r.period}, pc.zone, pc.clock, DefaultPeriod::today);
  page.filter.from = page.period.from;
  page.filter.till = page.period.till;
  if (page.filter.device_id && !store::user_has_device(pc.db, pc.user.id, *page.filter.device_id)) {
    throw not_found_error(fmt::format("no such device of yours: {}", *page.filter.device_id));
  }
  page.show_device = page.filter.device_id ? std::to_string(*page.filter.device_id) : "all";
  page.status = r.status;
  page.direction = r.direction;
  page.total_calls = store::count_calls(pc.db, page.filter);
  return page;
}

void write_calls_page(output::TreeWriter& w, const PageContext& pc, const CallsPage& page) {
  // Prepared before the first byte goes out, so a failure prints nothing.
  store::CallCursor calls = store::CallCursor::open(pc.db, page.filter);
  CallText text(pc.zone, PriceConverter(pc.currencies, page.currency), pc.digits);
  const bool extras = w.carries_extras();

  write_page_head(w, {.pagename = "Calls", .lang = pc.lang, .error_msg = true, .user_id = pc.user.id});
  w.text("show_device", page.show_device);
  w.text("status", page.status);
  w.text("direction", page.direction);
  w.integer("total_calls", page.total_calls);
  w.text("username", pc.user.full_name());
  w.text("currency", page.currency);
  write_available_languages(w);
  w.open("calls_stat");
  write_period(w, page.period);
  w.open_list("calls", "call", kCallColumns);
  while (calls.next()) {
    const store::CallRow& row = calls.row();
    w.open_item();
    w.text("date", text.date(row));
    w.text("called_from", row.src);
    w.text("called_to", row.dst);
    w.text("destination", row.destination);
    w.text("duration", text.duration(row));
    if (extras) w.integer("billsec", row.billsec);
    w.text("hangup_cause", hangup_cause_text(row.disposition, pc.lang));
    w.money("price", text.exact_price(row), text.price(row), page.currency);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::pages
