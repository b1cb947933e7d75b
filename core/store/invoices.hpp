#pragma once
// Row mapping for invoices made from calls and subscriptions (issue 16):
// what an invoice of a period is made of (a user's rated calls grouped by
// destination group, the user's subscriptions), the invoices and their
// lines (MOR's invoicedetails, schema 10), and the invoice numbers given so
// far. Times are UTC text 'YYYY-MM-DD HH:MM:SS'; money is default currency.
// The rules that turn these rows into an invoice: billing/.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

// The user's outgoing calls of [from, till) with a price other than 0
// (free calls, such as calls between users, and unrated ones are not
// billed) in one destination group.
struct InvoiceCallGroup {
  std::optional<std::int64_t> group_id{};  // nullopt: calls whose prefix is in no group
  std::string name{};                      // destinationgroups.name ("" for no group)
  std::string desttype{};                  // destinationgroups.desttype (FIX, MOB)
  std::int64_t calls = 0;
  std::int64_t billed_seconds = 0;  // sum of user_billsec
  Decimal price{};  // sum of user_price, exact
};
// Ordered by group name, type, then id (calls of no group first).
std::vector<InvoiceCallGroup> invoice_call_groups(Database& db, std::int64_t user_id, std::string_view from,
                                                  std::string_view till);
// The user's outgoing calls of [from, till) without a price (left out).
std::int64_t count_unrated_calls(Database& db, std::int64_t user_id, std::string_view from, std::string_view till);

struct BillableSubscription {
  std::int64_t id = 0;
  std::string service{};  // services.name
  std::string servicetype{};  // periodic_fee, flat_rate, one_time_fee
  std::string periodtype{};  // month, day
  Decimal price{};
  std::optional<std::string> activation_start{}, activation_end{};
  std::string added{};
};
// Every subscription of the user, by activation start (else added), then id.
std::vector<BillableSubscription> billable_subscriptions(Database& db, std::int64_t user_id);

// Users invoices are made for: every user but admins and accountants, by id.
std::vector<std::int64_t> billable_user_ids(Database& db);

// One line of an invoice (invoicedetails).
struct InvoiceLineRow {
  std::string name{};
  std::string invdet_type{};  // calls, periodic_fee, flat_rate, one_time_fee
  std::int64_t quantity = 0;
  std::int64_t total_time = 0;  // calls: billed seconds
  Decimal price{};  // the line's amount without VAT
  std::optional<std::int64_t> destinationgroup_id{};
  std::optional<std::int64_t> subscription_id{};
};

// An invoice's own row, as generation writes it.
struct InvoiceRow {
  std::int64_t user_id = 0;
  std::string number{};
  std::optional<std::int64_t> number_seq{};
  std::string period_start{}, period_end{}, issue_date{};
  Decimal price{}, price_with_vat{};
};

// An invoice as found again.
struct StoredInvoice {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string number{};
  std::string period_start{}, period_end{}, issue_date{};
  bool paid = false;
  std::optional<std::string> paid_date{};
  Decimal price{}, price_with_vat{};
};

// The user's invoice of exactly this period (the lowest id when there are
// several, as an import could make), or nullopt.
std::optional<StoredInvoice> find_period_invoice(Database& db, std::int64_t user_id, std::string_view period_start,
                                                 std::string_view period_end);
// The invoice `invoice_id` when it is `user_id`'s; nullopt for a missing
// one and for another user's alike.
std::optional<StoredInvoice> find_user_invoice(Database& db, std::int64_t invoice_id, std::int64_t user_id);

// How many lines an invoice has, and the calls on its calls lines.
struct InvoiceLineCounts {
  std::int64_t lines = 0;
  std::int64_t calls = 0;
};
InvoiceLineCounts invoice_line_counts(Database& db, std::int64_t invoice_id);

// The largest invoices.number_seq, or nullopt when no invoice has one.
std::optional<std::int64_t> largest_invoice_sequence(Database& db);
// True when an invoice already has this number.
bool invoice_number_taken(Database& db, std::string_view number);

// Writes an invoice and its lines (inside the caller's transaction); returns its id.
std::int64_t insert_invoice(Database& db, const InvoiceRow& invoice, const std::vector<InvoiceLineRow>& lines);
// Replaces an invoice's amounts, issue date and lines; its id, number and
// period stay (inside the caller's transaction).
void replace_invoice(Database& db, std::int64_t invoice_id, const InvoiceRow& invoice,
                     const std::vector<InvoiceLineRow>& lines);
// Marks an invoice paid (the demo database's invoices).
void set_invoice_paid(Database& db, std::int64_t invoice_id, std::string_view paid_date);

// The invoice's lines, in the order they were written.
void for_each_invoice_line(Database& db, std::int64_t invoice_id,
                           const std::function<void(const InvoiceLineRow&)>& visit);

}  // namespace kolmi::store
