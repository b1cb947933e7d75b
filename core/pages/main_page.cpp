#include "core/pages/main_page.hpp"

#include <fmt/format.h>

#include "core/pages/format.hpp"
#include "core/store/call_queries.hpp"
#include "core/store/conflines.hpp"
#include "core/store/currencies.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::pages {

Finances load_finances(store::Database& db, const store::User& user) {
  auto currencies = store::Currencies::load(db);
  int digits = static_cast<int>(store::confline_int(db, store::conf::kNiceNumberDigits, 4));
  auto shown = [&](Decimal amount) {
    Decimal converted = currencies.convert(amount, currencies.default_code(), user.currency);
    return fmt::format("{} {}", format_money(converted, digits), user.currency);
  };
  Finances f;
  f.postpaid = user.postpaid;
  f.balance = shown(user.balance);
  if (!user.no_credit_limit()) f.credit = shown(user.credit);
  return f;
}

MainPage load_main_page(store::Database& db, const store::User& user, const Clock& clock) {
  TimeZone zone(user.time_zone);
  Seconds now = clock.now();
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
  p.finances = load_finances(db, user);
  return p;
}

void write_main_page(xml::XmlWriter& w, const MainPage& p, Lang lang) {
  w.declaration();
  w.open("page");
  w.leaf("pagename", tr(lang, "Main page"));
  w.leaf("username", p.full_name);
  w.leaf("userid", p.user_id);
  w.leaf("language", lang_code(lang));
  w.open("stats");
  w.open("missed_calls");
  w.leaf("missed_today", p.missed_today);
  w.leaf("missed_total", p.missed_total);
  w.close();
  w.open("call_history");
  auto history = [&](std::int64_t count, std::string_view period, std::int64_t seconds) {
    w.open("calls");
    w.leaf("call_counts", count);
    w.leaf("period", tr(lang, period));
    w.leaf("call_duration", format_duration(seconds));
    w.close();
  };
  history(p.month_calls, "Month", p.month_seconds);
  history(p.day_calls, "Day", p.day_seconds);
  w.close();
  w.open("finances");
  w.leaf("account", tr(lang, p.finances.postpaid ? "Postpaid" : "Prepaid"));
  w.leaf("balance", p.finances.balance);
  w.leaf("credit", p.finances.credit.empty() ? tr(lang, "No Limit") : std::string_view(p.finances.credit));
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
