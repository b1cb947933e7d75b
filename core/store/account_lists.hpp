#pragma once
// Row mapping for the lists of a user's account pages: payments, invoices,
// subscriptions, CLIs, phonebook entries and received faxes. Each list is
// visited row by row as SQLite reads it, so a page streams it through the
// XML writer without holding the whole list. Every query is scoped to the
// user (user_id, or a device of the user) with bound values only.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// Called once per row; the row is valid only during the call.
template <typename Row>
using RowVisitor = std::function<void(const Row&)>;

struct Payment {
  std::int64_t id = 0;
  std::string paymenttype;  // manual, paypal, ...
  Decimal amount;           // without VAT, in `currency`
  std::string currency;
  std::string date_added;                 // UTC text
  std::optional<std::string> shipped_at;  // confirmed, UTC text
  bool completed = false;
  Decimal vat_percent;
  Decimal tax;  // in `currency`
};
// Oldest first (date_added, then id). Streamed (Statement::stream): `visit`
// must not use the database.
void for_each_payment(Database& db, std::int64_t user_id, const RowVisitor<Payment>& visit);

struct Invoice {
  std::int64_t id = 0;
  std::string number;
  std::string period_start, period_end, issue_date;  // UTC text
  bool paid = false;
  std::optional<std::string> paid_date;
  Decimal price;           // without VAT, default currency
  Decimal price_with_vat;  // default currency
};
// Oldest first (issue_date, then id).
void for_each_invoice(Database& db, std::int64_t user_id, const RowVisitor<Invoice>& visit);

struct Subscription {
  std::int64_t id = 0;
  std::string service;  // services.name
  Decimal price;        // services.price, default currency
  std::optional<std::string> activation_start, activation_end;
  std::string added;
};
// In the order they were added (added, then id).
void for_each_subscription(Database& db, std::int64_t user_id, const RowVisitor<Subscription>& visit);

struct CallerId {
  std::int64_t id = 0;
  std::string device;       // "IAX2/101"
  std::string device_type;  // for the icon
  std::string cli;
  std::string description;
  std::string added_at;
};
// The CLIs of the user's devices, by id.
void for_each_cli(Database& db, std::int64_t user_id, const RowVisitor<CallerId>& visit);

struct PhonebookEntry {
  std::int64_t id = 0;
  std::string number;
  std::string name;
  std::string added;
};
// By id, the order entries were made.
void for_each_phonebook_entry(Database& db, std::int64_t user_id, const RowVisitor<PhonebookEntry>& visit);

struct Fax {
  std::int64_t id = 0;
  std::string device;  // "FAX/102"
  std::string filename;
  std::string receive_time;
  std::string fax_sender;
  std::string status;  // pdffaxes.status as stored: good, no_tif, pdf_size_0, ...
};
struct FaxFilter {
  Seconds from{};  // receive_time in [from, till)
  Seconds till{};
  std::optional<std::int64_t> device_id;  // one of the user's devices; nullopt = all
  std::vector<std::string> statuses;      // stored status codes; empty = any
};
// Faxes received by the user's devices, not deleted, oldest first.
void for_each_fax(Database& db, std::int64_t user_id, const FaxFilter& filter, const RowVisitor<Fax>& visit);

}  // namespace kolmi::store
