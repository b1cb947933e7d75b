#include "core/billing/invoice_draft.hpp"

#include <fmt/format.h>

namespace kolmi::billing {

std::optional<YearMonth> parse_year_month(std::string_view t) {
  auto digits = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  if (t.size() != 7 || t[4] != '-') return std::nullopt;
  const int year = digits(0, 4);
  const int month = digits(5, 2);
  if (year < 1970 || year > 9998 || month < 1 || month > 12) return std::nullopt;
  return YearMonth{year, static_cast<unsigned>(month)};
}

InvoicePeriod invoice_period(YearMonth m, const TimeZone& zone) {
  const YearMonth next = m.month == 12 ? YearMonth{m.year + 1, 1} : YearMonth{m.year, m.month + 1};
  const Seconds start = zone.to_utc(fmt::format("{:04}-{:02}-01", m.year, m.month));
  const Seconds till = zone.to_utc(fmt::format("{:04}-{:02}-01", next.year, next.month));
  return {.month = m,
          .start = format_utc(start),
          .end = format_utc(till - std::chrono::seconds{1}),
          .till = format_utc(till),
          .till_instant = till,
          .days = {.first = zone.local_day(start), .end = zone.local_day(till)}};
}

namespace {

// The local day of a stored UTC time; nullopt when empty or malformed.
std::optional<std::int64_t> local_day_of(const std::optional<std::string>& utc, const TimeZone& zone) {
  if (!utc) return std::nullopt;
  const auto t = parse_utc(*utc);
  if (!t) return std::nullopt;
  return zone.local_day(*t);
}

}  // namespace

InvoiceDraft draft_invoice(store::Database& db, const store::User& user, YearMonth month) {
  const TimeZone zone(user.time_zone);
  InvoiceDraft d{.period = invoice_period(month, zone)};
  for (const store::InvoiceCallGroup& g :
       store::invoice_call_groups(db, user.id, d.period.start, d.period.till)) {
    // A country's groups share its name ("Uzbekistan" FIX and MOB): the type tells them apart.
    std::string name = g.group_id ? g.name : std::string(kNoGroupLine);
    if (g.group_id && !g.desttype.empty()) name += " " + g.desttype;
    d.lines.push_back({.name = std::move(name),
                       .invdet_type = "calls",
                       .quantity = g.calls,
                       .total_time = g.billed_seconds,
                       .price = g.price,
                       .destinationgroup_id = g.group_id});
    d.calls += g.calls;
  }
  d.unrated_calls = store::count_unrated_calls(db, user.id, d.period.start, d.period.till);
  for (const store::BillableSubscription& s : store::billable_subscriptions(db, user.id)) {
    // No activation start: the subscription counts from when it was added.
    const auto start = local_day_of(s.activation_start ? s.activation_start : s.added, zone);
    if (!start) continue;  // a malformed time bills nothing rather than guessing
    const auto charge = charge_in_period({.servicetype = s.servicetype,
                                          .periodtype = s.periodtype,
                                          .price = s.price,
                                          .start_day = *start,
                                          .end_day = local_day_of(s.activation_end, zone)},
                                         d.period.days);
    if (!charge) continue;
    d.lines.push_back({.name = s.service,
                       .invdet_type = s.servicetype,
                       .quantity = charge->quantity,
                       .price = charge->amount,
                       .subscription_id = s.id});
  }
  for (const store::InvoiceLineRow& l : d.lines) d.price += l.price;
  d.vat = d.price.mul_div(user.vat_percent, Decimal::from_units(100));
  d.price_with_vat = d.price + d.vat;
  return d;
}

}  // namespace kolmi::billing
