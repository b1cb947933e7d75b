#include "core/store/account_lists.hpp"

#include "core/time/datetime.hpp"

namespace kolmi::store {

void for_each_payment(Database& db, std::int64_t user_id, const RowVisitor<Payment>& visit) {
  Statement s = db.prepare(
      "SELECT id, paymenttype, amount, currency, date_added, shipped_at, completed, vat_percent, tax "
      "FROM payments WHERE user_id = ? ORDER BY date_added, id");
  s.bind(1, user_id);
  s.stream();  // MariaDB: row by row; `visit` must not use the database (Statement::stream)
  Payment p;
  while (s.step()) {
    p.id = s.int64(0);
    p.paymenttype = s.text(1);
    p.amount = s.decimal(2);
    p.currency = s.text(3);
    p.date_added = s.text(4);
    p.shipped_at = s.opt_str(5);
    p.completed = s.int64(6) != 0;
    p.vat_percent = s.decimal(7);
    p.tax = s.decimal(8);
    visit(p);
  }
}

void for_each_invoice(Database& db, std::int64_t user_id, const RowVisitor<Invoice>& visit) {
  Statement s = db.prepare(
      "SELECT id, number, period_start, period_end, issue_date, paid, paid_date, price, price_with_vat "
      "FROM invoices WHERE user_id = ? ORDER BY issue_date, id");
  s.bind(1, user_id);
  Invoice i;
  while (s.step()) {
    i.id = s.int64(0);
    i.number = s.text(1);
    i.period_start = s.text(2);
    i.period_end = s.text(3);
    i.issue_date = s.text(4);
    i.paid = s.int64(5) != 0;
    i.paid_date = s.opt_str(6);
    i.price = s.decimal(7);
    i.price_with_vat = s.decimal(8);
    visit(i);
  }
}

void for_each_subscription(Database& db, std::int64_t user_id, const RowVisitor<Subscription>& visit) {
  Statement s = db.prepare(
      "SELECT s.id, v.name, v.price, s.activation_start, s.activation_end, s.added "
      "FROM subscriptions s JOIN services v ON v.id = s.service_id "
      "WHERE s.user_id = ? ORDER BY s.added, s.id");
  s.bind(1, user_id);
  Subscription sub;
  while (s.step()) {
    sub.id = s.int64(0);
    sub.service = s.text(1);
    sub.price = s.decimal(2);
    sub.activation_start = s.opt_str(3);
    sub.activation_end = s.opt_str(4);
    sub.added = s.text(5);
    visit(sub);
  }
}

void for_each_cli(Database& db, std::int64_t user_id, const RowVisitor<CallerId>& visit) {
  Statement s = db.prepare(
      "SELECT c.id, d.device_type || '/' || d.name, d.device_type, c.cli, c.description, c.added_at "
      "FROM callerids c JOIN devices d ON d.id = c.device_id "
      "WHERE d.user_id = ? ORDER BY c.id");
  s.bind(1, user_id);
  CallerId c;
  while (s.step()) {
    c.id = s.int64(0);
    c.device = s.text(1);
    c.device_type = s.text(2);
    c.cli = s.text(3);
    c.description = s.text(4);
    c.added_at = s.text(5);
    visit(c);
  }
}

void for_each_phonebook_entry(Database& db, std::int64_t user_id, const RowVisitor<PhonebookEntry>& visit) {
  Statement s = db.prepare("SELECT id, number, name, added FROM phonebooks WHERE user_id = ? ORDER BY id");
  s.bind(1, user_id);
  PhonebookEntry e;
  while (s.step()) {
    e.id = s.int64(0);
    e.number = s.text(1);
    e.name = s.text(2);
    e.added = s.text(3);
    visit(e);
  }
}

void for_each_fax(Database& db, std::int64_t user_id, const FaxFilter& filter, const RowVisitor<Fax>& visit) {
  // The optional filters add constant SQL text; their values are bound.
  std::string sql =
      "SELECT f.id, d.device_type || '/' || d.name, f.filename, f.receive_time, f.fax_sender, f.status "
      "FROM pdffaxes f JOIN devices d ON d.id = f.device_id "
      "WHERE d.user_id = ? AND f.deleted = 0 AND f.receive_time >= ? AND f.receive_time < ?";
  if (filter.device_id) sql += " AND f.device_id = ?";
  if (!filter.statuses.empty()) {
    sql += " AND f.status IN (?";
    for (std::size_t i = 1; i < filter.statuses.size(); ++i) sql += ", ?";
    sql += ")";
  }
  sql += " ORDER BY f.receive_time, f.id";
  Statement s = db.prepare(sql);
  int param = 0;
  s.bind(++param, user_id);
  s.bind(++param, format_utc(filter.from));
  s.bind(++param, format_utc(filter.till));
  if (filter.device_id) s.bind(++param, *filter.device_id);
  for (const std::string& status : filter.statuses) s.bind(++param, status);
  Fax f;
  while (s.step()) {
    f.id = s.int64(0);
    f.device = s.text(1);
    f.filename = s.text(2);
    f.receive_time = s.text(3);
    f.fax_sender = s.text(4);
    f.status = s.text(5);
    visit(f);
  }
}

}  // namespace kolmi::store
