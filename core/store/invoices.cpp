#include "core/store/invoices.hpp"

namespace kolmi::store {

std::vector<InvoiceCallGroup> invoice_call_groups(Database& db, std::int64_t user_id, std::string_view from,
                                                  std::string_view till) {
  // calls_user_date finds the user's calls of the period; the group comes
  // from the destination of the prefix the call was rated by.
  Statement s = db.prepare(
      "SELECT g.id, g.name, g.desttype, count(*), COALESCE(sum(c.user_billsec), 0), sum(c.user_price) "
      "FROM calls c LEFT JOIN destinations d ON d.prefix = c.prefix "
      "LEFT JOIN destinationgroups g ON g.id = d.destinationgroup_id "
      "WHERE c.user_id = ? AND c.calldate >= ? AND c.calldate < ? AND c.user_price IS NOT NULL "
      "AND c.user_price <> 0 "
      "GROUP BY g.id, g.name, g.desttype ORDER BY g.name, g.desttype, g.id");
  s.bind_all(user_id, from, till);
  std::vector<InvoiceCallGroup> groups;
  while (s.step()) {
    groups.push_back({.group_id = s.opt_int64(0),
                      .name = s.str(1),
                      .desttype = s.str(2),
                      .calls = s.int64(3),
                      .billed_seconds = s.int64(4),
                      .price = s.decimal(5)});
  }
  return groups;
}

std::int64_t count_unrated_calls(Database& db, std::int64_t user_id, std::string_view from, std::string_view till) {
  Statement s = db.prepare(
      "SELECT count(*) FROM calls WHERE user_id = ? AND calldate >= ? AND calldate < ? AND user_price IS NULL");
  s.bind_all(user_id, from, till);
  s.step();
  return s.int64(0);
}

std::vector<BillableSubscription> billable_subscriptions(Database& db, std::int64_t user_id) {
  Statement s = db.prepare(
      "SELECT s.id, v.name, v.servicetype, v.periodtype, v.price, s.activation_start, s.activation_end, s.added "
      "FROM subscriptions s JOIN services v ON v.id = s.service_id WHERE s.user_id = ? "
      "ORDER BY COALESCE(s.activation_start, s.added), s.id");
  s.bind(1, user_id);
  std::vector<BillableSubscription> subs;
  while (s.step()) {
    subs.push_back({.id = s.int64(0),
                    .service = s.str(1),
                    .servicetype = s.str(2),
                    .periodtype = s.str(3),
                    .price = s.decimal(4),
                    .activation_start = s.opt_str(5),
                    .activation_end = s.opt_str(6),
                    .added = s.str(7)});
  }
  return subs;
}

std::vector<std::int64_t> billable_user_ids(Database& db) {
  Statement s = db.prepare("SELECT id FROM users WHERE usertype NOT IN ('admin', 'accountant') ORDER BY id");
  std::vector<std::int64_t> ids;
  while (s.step()) ids.push_back(s.int64(0));
  return ids;
}

namespace {

constexpr std::string_view kInvoiceColumns =
    "SELECT id, user_id, number, period_start, period_end, issue_date, paid, paid_date, price, price_with_vat "
    "FROM invoices ";

StoredInvoice stored_invoice(const Statement& s) {
  return {.id = s.int64(0),
          .user_id = s.int64(1),
          .number = s.str(2),
          .period_start = s.str(3),
          .period_end = s.str(4),
          .issue_date = s.str(5),
          .paid = s.int64(6) != 0,
          .paid_date = s.opt_str(7),
          .price = s.decimal(8),
          .price_with_vat = s.decimal(9)};
}

void insert_lines(Database& db, std::int64_t invoice_id, const std::vector<InvoiceLineRow>& lines) {
  Statement add = db.prepare(
      "INSERT INTO invoicedetails (invoice_id, name, quantity, price, invdet_type, total_time, "
      "destinationgroup_id, subscription_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const InvoiceLineRow& l : lines) {
    add.bind_all(invoice_id, l.name, l.quantity, l.price, l.invdet_type, l.total_time, l.destinationgroup_id,
                 l.subscription_id);
    add.run();
  }
}

}  // namespace

std::optional<StoredInvoice> find_period_invoice(Database& db, std::int64_t user_id, std::string_view period_start,
                                                 std::string_view period_end) {
  Statement s = db.prepare(std::string(kInvoiceColumns) +
                           "WHERE user_id = ? AND period_start = ? AND period_end = ? ORDER BY id LIMIT 1");
  s.bind_all(user_id, period_start, period_end);
  if (!s.step()) return std::nullopt;
  return stored_invoice(s);
}

std::optional<StoredInvoice> find_user_invoice(Database& db, std::int64_t invoice_id, std::int64_t user_id) {
  Statement s = db.prepare(std::string(kInvoiceColumns) + "WHERE id = ? AND user_id = ?");
  s.bind_all(invoice_id, user_id);
  if (!s.step()) return std::nullopt;
  return stored_invoice(s);
}

InvoiceLineCounts invoice_line_counts(Database& db, std::int64_t invoice_id) {
  Statement s = db.prepare(
      "SELECT count(*), COALESCE(sum(CASE WHEN invdet_type = 'calls' THEN quantity ELSE 0 END), 0) "
      "FROM invoicedetails WHERE invoice_id = ?");
  s.bind(1, invoice_id);
  s.step();
  return {.lines = s.int64(0), .calls = s.int64(1)};
}

std::optional<std::int64_t> largest_invoice_sequence(Database& db) {
  Statement s = db.prepare("SELECT max(number_seq) FROM invoices");
  s.step();
  return s.opt_int64(0);
}

bool invoice_number_taken(Database& db, std::string_view number) {
  Statement s = db.prepare("SELECT 1 FROM invoices WHERE number = ? LIMIT 1");
  s.bind(1, number);
  return s.step();
}

std::int64_t insert_invoice(Database& db, const InvoiceRow& i, const std::vector<InvoiceLineRow>& lines) {
  Statement s = db.prepare(
      "INSERT INTO invoices (user_id, number, number_seq, period_start, period_end, issue_date, paid, price, "
      "price_with_vat) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)");
  s.bind_all(i.user_id, i.number, i.number_seq, i.period_start, i.period_end, i.issue_date, i.price,
             i.price_with_vat);
  s.run();
  const std::int64_t id = db.last_insert_rowid();
  insert_lines(db, id, lines);
  return id;
}

void replace_invoice(Database& db, std::int64_t invoice_id, const InvoiceRow& i,
                     const std::vector<InvoiceLineRow>& lines) {
  Statement s = db.prepare("UPDATE invoices SET issue_date = ?, price = ?, price_with_vat = ? WHERE id = ?");
  s.bind_all(i.issue_date, i.price, i.price_with_vat, invoice_id);
  s.run();
  Statement drop = db.prepare("DELETE FROM invoicedetails WHERE invoice_id = ?");
  drop.bind(1, invoice_id);
  drop.run();
  insert_lines(db, invoice_id, lines);
}

void set_invoice_paid(Database& db, std::int64_t invoice_id, std::string_view paid_date) {
  Statement s = db.prepare("UPDATE invoices SET paid = 1, paid_date = ? WHERE id = ?");
  s.bind_all(paid_date, invoice_id);
  s.run();
}

void for_each_invoice_line(Database& db, std::int64_t invoice_id,
                           const std::function<void(const InvoiceLineRow&)>& visit) {
  Statement s = db.prepare(
      "SELECT name, invdet_type, quantity, total_time, price, destinationgroup_id, subscription_id "
      "FROM invoicedetails WHERE invoice_id = ? ORDER BY id");
  s.bind(1, invoice_id);
  while (s.step()) {
    visit({.name = s.str(0),
           .invdet_type = s.str(1),
           .quantity = s.int64(2),
           .total_time = s.int64(3),
           .price = s.decimal(4),
           .destinationgroup_id = s.opt_int64(5),
           .subscription_id = s.opt_int64(6)});
  }
}

}  // namespace kolmi::store
