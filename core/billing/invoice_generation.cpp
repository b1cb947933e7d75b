#include "core/billing/invoice_generation.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/store/invoices.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/text/number_template.hpp"

namespace kolmi::billing {

std::string_view outcome_name(InvoiceOutcome outcome) {
  switch (outcome) {
    case InvoiceOutcome::created:
      return "created";
    case InvoiceOutcome::replaced:
      return "replaced";
    case InvoiceOutcome::exists:
      return "exists";
    case InvoiceOutcome::empty:
      return "empty";
    case InvoiceOutcome::open:
      return "open";
  }
  return "empty";
}

namespace {

// Invoice numbers: the template and the next sequential number, read once
// per run and moved on as invoices are made.
class Numbering {
 public:
  explicit Numbering(store::Database& db) : db_(db) {
    format_ = store::confline_str(db, store::conf::kInvoiceNumberFormat);
    if (const auto problem = text::number_template_problem(format_)) {
      throw usage_error(fmt::format("the setting Invoice_Number_Format ('{}') is not usable: {}; "
                                    "fix it with kolmi admin config set",
                                    text::shown(format_), *problem));
    }
    const std::int64_t start = store::confline_int(db, store::conf::kInvoiceNumberStart);
    const auto largest = store::largest_invoice_sequence(db);
    next_ = largest ? std::max(start, *largest + 1) : start;
  }

  // The next free number for `month`, and its sequence.
  std::pair<std::string, std::int64_t> take(YearMonth month) {
    for (;;) {
      const std::int64_t seq = next_++;
      std::string number = text::format_number(format_, seq, month.year, month.month);
      if (!store::invoice_number_taken(db_, number)) return {std::move(number), seq};
    }
  }

 private:
  store::Database& db_;
  std::string format_;
  std::int64_t next_ = 1;
};

store::InvoiceRow invoice_row(const store::User& user, const InvoiceDraft& d, std::string_view issue_date) {
  return {.user_id = user.id,
          .period_start = d.period.start,
          .period_end = d.period.end,
          .issue_date = std::string(issue_date),
          .price = d.price,
          .price_with_vat = d.price_with_vat};
}

std::int64_t insert_new(store::Database& db, Numbering& numbering, const store::User& user, const InvoiceDraft& d,
                        std::string_view issue_date, std::string& number) {
  store::InvoiceRow row = invoice_row(user, d, issue_date);
  auto [text, seq] = numbering.take(d.period.month);
  row.number = text;
  row.number_seq = seq;
  number = std::move(text);
  return store::insert_invoice(db, row, d.lines);
}

std::vector<store::User> users_to_bill(store::Database& db, const std::optional<std::string>& asked) {
  std::vector<store::User> users;
  if (asked) {
    auto u = store::find_user(db, *asked);
    if (!u) throw not_found_error(fmt::format("--user: no user '{}'", text::shown(*asked)));
    users.push_back(std::move(*u));
    return users;
  }
  for (std::int64_t id : store::billable_user_ids(db)) {
    if (auto u = store::find_user_by_id(db, id)) users.push_back(std::move(*u));
  }
  return users;
}

// The issue date in the user's zone (UTC text), or now.
std::string issue_time(const std::optional<std::string>& typed, const TimeZone& zone, const Clock& clock) {
  if (!typed) return format_utc(clock.now());
  return format_utc(zone.to_utc(*typed));
}

}  // namespace

std::vector<GeneratedInvoice> generate_invoices(store::Database& db, const GenerateRequest& r, const Clock& clock) {
  const auto month = parse_year_month(r.period);
  if (!month) {
    throw usage_error(fmt::format("--period: '{}' is not a month (YYYY-MM, such as 2026-10)", text::shown(r.period)));
  }
  if (r.issue_date && !parse_utc(*r.issue_date)) {
    throw usage_error(fmt::format("--issue-date: '{}' is not a date (YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS')",
                                  text::shown(*r.issue_date)));
  }
  store::Transaction tx(db);
  Numbering numbering(db);
  const Seconds now = clock.now();
  std::vector<GeneratedInvoice> results;
  std::vector<std::string> paid;
  int written = 0;
  for (const store::User& user : users_to_bill(db, r.user)) {
    const TimeZone zone(user.time_zone);
    GeneratedInvoice g{.user_id = user.id, .login = user.username};
    const InvoicePeriod period = invoice_period(*month, zone);
    if (period.till_instant > now) {
      g.outcome = InvoiceOutcome::open;
      results.push_back(std::move(g));
      continue;
    }
    const auto existing = store::find_period_invoice(db, user.id, period.start, period.end);
    if (existing && !r.replace) {
      g.outcome = InvoiceOutcome::exists;
      g.invoice_id = existing->id;
      g.number = existing->number;
      g.period_start = existing->period_start;
      g.period_end = existing->period_end;
      g.issue_date = existing->issue_date;
      g.price = existing->price;
      g.price_with_vat = existing->price_with_vat;
      g.vat = existing->price_with_vat - existing->price;
      const store::InvoiceLineCounts counts = store::invoice_line_counts(db, existing->id);
      g.lines = counts.lines;
      g.calls = counts.calls;
      results.push_back(std::move(g));
      continue;
    }
    if (existing && existing->paid) {
      paid.push_back(fmt::format("{} (id {}) of {}", existing->number, existing->id, user.username));
      continue;
    }
    const InvoiceDraft d = draft_invoice(db, user, *month);
    g.calls = d.calls;
    g.unrated_calls = d.unrated_calls;
    g.lines = static_cast<std::int64_t>(d.lines.size());
    g.price = d.price;
    g.vat = d.vat;
    g.price_with_vat = d.price_with_vat;
    g.period_start = d.period.start;
    g.period_end = d.period.end;
    const std::string issue = issue_time(r.issue_date, zone, clock);
    if (existing) {
      store::InvoiceRow row = invoice_row(user, d, issue);
      store::replace_invoice(db, existing->id, row, d.lines);
      g.outcome = InvoiceOutcome::replaced;
      g.invoice_id = existing->id;
      g.number = existing->number;
      g.issue_date = issue;
      ++written;
    } else if (d.lines.empty()) {
      g.outcome = InvoiceOutcome::empty;
    } else {
      g.invoice_id = insert_new(db, numbering, user, d, issue, g.number);
      g.outcome = InvoiceOutcome::created;
      g.issue_date = issue;
      ++written;
    }
    results.push_back(std::move(g));
  }
  if (!paid.empty()) {
    std::string list;
    for (const std::string& p : paid) list += (list.empty() ? "" : ", ") + p;
    throw action_error(fmt::format("--replace: paid invoices are never made anew: {}; nothing was changed", list));
  }
  if (written > 0) {
    const auto count = [&](InvoiceOutcome o) {
      return std::count_if(results.begin(), results.end(), [o](const GeneratedInvoice& g) { return g.outcome == o; });
    };
    std::optional<std::int64_t> target;
    if (written == 1) {
      for (const GeneratedInvoice& g : results) {
        if (g.outcome == InvoiceOutcome::created || g.outcome == InvoiceOutcome::replaced) target = g.invoice_id;
      }
    }
    tx.audit({.target_type = "invoice",
              .target_id = target,
              .data = fmt::format("period {}: {} created, {} replaced", r.period, count(InvoiceOutcome::created),
                                  count(InvoiceOutcome::replaced))});
    tx.commit();
  }
  return results;
}

std::vector<MonthInvoice> invoices_of_month(store::Database& db, YearMonth month) {
  std::vector<MonthInvoice> found;
  for (std::int64_t id : store::billable_user_ids(db)) {
    auto user = store::find_user_by_id(db, id);
    if (!user) continue;
    const InvoicePeriod period = invoice_period(month, TimeZone(user->time_zone));
    if (auto invoice = store::find_period_invoice(db, id, period.start, period.end)) {
      found.push_back({.user = std::move(*user), .invoice_id = invoice->id, .number = invoice->number});
    }
  }
  return found;
}

std::int64_t add_month_invoice(store::Database& db, const store::User& user, YearMonth month,
                               std::string_view issue_date) {
  Numbering numbering(db);
  const InvoiceDraft d = draft_invoice(db, user, month);
  if (d.lines.empty()) return 0;
  std::string number;
  return insert_new(db, numbering, user, d, issue_date, number);
}

}  // namespace kolmi::billing
