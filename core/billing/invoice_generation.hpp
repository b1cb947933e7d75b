#pragma once
// kolmi admin invoices generate: each user's invoice of a month, made from
// the month's rated calls and the user's subscriptions
// (billing/invoice_draft.hpp), numbered from the settings
// Invoice_Number_Start and Invoice_Number_Format, in one transaction with
// one audit row.
//
// Per user, by id (every user but admins and accountants, or the one asked):
// - the user's month has not ended yet (on their wall clock): "open", nothing made;
// - the user already has an invoice of exactly that period: "exists",
//   unchanged (a second run changes nothing and says so), unless --replace:
//   an unpaid one is made anew in place ("replaced": same id and number,
//   new lines, amounts and issue date); a paid one refuses the whole run;
// - nothing to bill (no billed call, no subscription charged): "empty", no invoice;
// - otherwise "created", numbered with the next sequential number: the
//   largest number_seq so far + 1, at least Invoice_Number_Start, skipping a
//   number another invoice already has.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/billing/invoice_draft.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::billing {

// What was asked, as typed. Every member has an initializer.
struct GenerateRequest {
  std::string period{};                     // 'YYYY-MM'
  std::optional<std::string> user{};        // login or id; nullopt: every billable user
  std::optional<std::string> issue_date{};  // 'YYYY-MM-DD[ HH:MM:SS]' in each user's zone; nullopt: now
  bool replace = false;
};

enum class InvoiceOutcome { created, replaced, exists, empty, open };
std::string_view outcome_name(InvoiceOutcome outcome);

struct GeneratedInvoice {
  std::int64_t user_id = 0;
  std::string login{};
  InvoiceOutcome outcome = InvoiceOutcome::empty;
  std::int64_t invoice_id = 0;  // 0 without an invoice
  std::string number{};
  std::string period_start{}, period_end{}, issue_date{};  // UTC text ("" without an invoice)
  std::int64_t lines = 0;
  std::int64_t calls = 0;
  std::int64_t unrated_calls = 0;
  Decimal price{}, vat{}, price_with_vat{};  // default currency
};

// Checks everything, then writes. Throws Error(usage) for a malformed
// period or issue date, a user's unknown time zone, a bad
// Invoice_Number_Format; Error(not_found) for an unknown --user;
// Error(action_failed) when --replace meets a paid invoice (naming it);
// Error(storage) when the database fails. Nothing is written then.
std::vector<GeneratedInvoice> generate_invoices(store::Database& db, const GenerateRequest& request,
                                                const Clock& clock);

// The invoices of `month` (each user's local month, as generation made
// them) of every billable user, by user id: for kolmi admin invoices export.
struct MonthInvoice {
  store::User user{};
  std::int64_t invoice_id = 0;
  std::string number{};
};
std::vector<MonthInvoice> invoices_of_month(store::Database& db, YearMonth month);

// The demo database's invoices (core/demo), inside the caller's
// transaction and without an audit row: `user`'s invoice of `month`,
// issued at `issue_date` (UTC text), numbered as generate_invoices does.
// Returns the invoice id, or 0 when there was nothing to bill.
std::int64_t add_month_invoice(store::Database& db, const store::User& user, YearMonth month,
                               std::string_view issue_date);

}  // namespace kolmi::billing
