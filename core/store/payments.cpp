#include "core/store/payments.hpp"

#include <string>

namespace kolmi::store {

std::int64_t insert_payment(Database& db, const NewPayment& p) {
  Statement s = db.prepare(
      "INSERT INTO payments (user_id, paymenttype, amount, currency, date_added, shipped_at, completed, "
      "vat_percent, tax, exchange_rate, comment) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
  s.bind_all(p.user_id, p.paymenttype, p.amount, p.currency, p.date_added, p.shipped_at, p.vat_percent, p.tax,
             p.exchange_rate, p.comment);
  s.run();
  return db.last_insert_rowid();
}

void for_each_payment_row(Database& db, const PaymentFilter& filter,
                          const std::function<void(const PaymentRow&)>& visit) {
  // Constant SQL text either way (the values are bound): one user's
  // payments through payments_user (user_id, date_added), everybody's
  // through payments_date, in date order without a sort.
  std::string sql =
      "SELECT p.id, p.user_id, COALESCE(u.username, ''), p.paymenttype, p.date_added, p.shipped_at, "
      "p.completed, p.amount, p.tax, p.vat_percent, p.currency, p.exchange_rate, p.comment "
      "FROM payments p LEFT JOIN users u ON u.id = p.user_id "
      "WHERE p.date_added >= ?1 AND p.date_added < ?2";
  if (filter.user_id) sql += " AND p.user_id = ?3";
  sql += " ORDER BY p.date_added, p.id";
  Statement s = db.prepare(sql);
  s.bind(1, filter.from).bind(2, filter.till);
  if (filter.user_id) s.bind(3, *filter.user_id);
  s.stream();  // MariaDB: row by row; `visit` must not use the database (Statement::stream)
  PaymentRow r;
  while (s.step()) {
    r.id = s.int64(0);
    r.user_id = s.int64(1);
    r.login = s.text(2);
    r.paymenttype = s.text(3);
    r.date_added = s.text(4);
    r.shipped_at = s.is_null(5) ? std::nullopt : std::optional<std::string_view>(s.text(5));
    r.completed = s.int64(6) != 0;
    r.amount = s.decimal(7);
    r.tax = s.decimal(8);
    r.vat_percent = s.decimal(9);
    r.currency = s.text(10);
    r.exchange_rate = s.opt_decimal(11);
    r.comment = s.text(12);
    visit(r);
  }
}

}  // namespace kolmi::store
