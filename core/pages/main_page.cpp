#include "core/pages/main_page.hpp"

#include <fmt/format.h>

#include "core/pages/format.hpp"
#include "core/store/call_queries.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

Finances load_finances(const PageContext& pc) {
  const store::User& user = pc.user;
  Finances f;
  f.postpaid = user.postpaid;
  f.currency = user.currency;
  f.balance_amount = pc.converted(user.balance, user.currency);
  f.balance = fmt::format("{} {}", format_money(f.balance_amount, pc.digits), user.currency);
  if (!user.no_credit_limit()) {
    f.credit_amount = pc.converted(user.credit, user.currency);
    f.credit = fmt::format("{} {}", format_money(*f.credit_amount, pc.digits), user.currency);
  }
  return f;
}

void write_finances(output::TreeWriter& w, const Finances& f, Lang lang) {
  w.text("account", tr(lang, f.postpaid ? "Postpaid" : "Prepaid"));
  w.money("balance", f.balance_amount, f.balance, f.currency);
  if (f.credit_amount) {
    w.money("credit", f.credit_amount, f.credit, f.currency);
  } else {
    w.text("credit", tr(lang, "No Limit"));
  }
}

MainPage load_main_page(const PageContext& pc) {
  store::Database& db = pc.db;
  const store::User& user = pc.user;
  const TimeZone& zone = pc.zone;
  Seconds now = pc.clock.now();
  Seconds day_start = zone.start_of_day(now);
  Seconds day_end = zone.start_of_next_day(now);
  Seconds month_start = zone.start_of_month(now);
  Seconds month_end = zone.start_of_next_month(now);

  MainPage p;
  p.user_id = user.id;
  p.full_name = user.full_name();
  p.missed_today = store::missed_calls_between(db, user.id, day_start, day_end);
  p.missed_total = store::unprocessed_missed_calls(db, user.id);
  auto month = store::user_call_totals(db, user.id, month_start, month_end);
  auto day = store::user_call_totals(db, user.id, day_start, day_end);
  p.month_calls = month.count;
  p.month_seconds = month.billsec;
  p.day_calls = day.count;
  p.day_seconds = day.billsec;
  p.finances = load_finances(pc);
  return p;
}

void write_main_page(output::TreeWriter& w, const PageContext& pc, const MainPage& p) {
  const Lang lang = pc.lang;
  // The main page's head has its own order (examples/main.xml).
  w.begin("page");
  w.text("pagename", tr(lang, "Main page"));
  w.text("username", p.full_name);
  w.integer("userid", p.user_id);
  w.text("language", lang_code(lang));
  w.open("stats");
  w.open("missed_calls");
  w.integer("missed_today", p.missed_today);
  w.integer("missed_total", p.missed_total);
  w.close();
  w.open_list("call_history", "calls");
  auto history = [&](std::int64_t count, std::string_view period, std::int64_t seconds) {
    w.open_item();
    w.integer("call_counts", count);
    w.text("period", tr(lang, period));
    w.text("call_duration", format_duration(seconds));
    if (w.carries_extras()) w.integer("billsec", seconds);
    w.close();
  };
  history(p.month_calls, "Month", p.month_seconds);
  history(p.day_calls, "Day", p.day_seconds);
  w.close();
  w.open("finances");
  write_finances(w, p.finances, lang);
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
