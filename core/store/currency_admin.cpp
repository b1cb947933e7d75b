#include "core/store/currency_admin.hpp"

#include "core/store/conflines.hpp"

namespace kolmi::store {

namespace {

// Users with no currency set use the default one (users.cpp), so they count
// for it. ?1 is the default currency's code.
constexpr std::string_view kUsersOf = "(u.currency_id = c.id OR (u.currency_id IS NULL AND c.name = ?1))";

std::string select_currencies() {
  return "SELECT c.id, c.name, c.full_name, c.exchange_rate, c.active, c.name = ?1,"
         " (SELECT count(*) FROM users u WHERE " +
         std::string(kUsersOf) +
         "),"
         " (SELECT count(*) FROM tariffs t WHERE t.currency = c.name)"
         " FROM currencies c";
}

CurrencyUse map_currency(const Statement& s) {
  return CurrencyUse{s.int64(0),      s.str(1),        s.str(2),   s.decimal(3),
                     s.int64(4) != 0, s.int64(5) != 0, s.int64(6), s.int64(7)};
}

std::vector<std::string> names(Statement& s) {
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.str(0));
  return out;
}

}  // namespace

std::vector<CurrencyUse> list_currency_use(Database& db) {
  Statement s = db.prepare(select_currencies() + " ORDER BY c.id");
  s.bind(1, confline_str(db, conf::kDefaultCurrency));
  std::vector<CurrencyUse> out;
  while (s.step()) out.push_back(map_currency(s));
  return out;
}

std::optional<CurrencyUse> find_currency_use(Database& db, std::string_view code) {
  Statement s = db.prepare(select_currencies() + " WHERE c.name = ?2");
  s.bind_all(confline_str(db, conf::kDefaultCurrency), code);
  if (!s.step()) return std::nullopt;
  return map_currency(s);
}

std::vector<std::string> users_of_currency(Database& db, std::string_view code, int limit) {
  Statement s = db.prepare("SELECT u.username FROM users u JOIN currencies c ON c.name = ?2 WHERE " +
                           std::string(kUsersOf) + " ORDER BY u.username LIMIT ?3");
  s.bind_all(confline_str(db, conf::kDefaultCurrency), code, limit);
  return names(s);
}

std::vector<std::string> tariffs_in_currency(Database& db, std::string_view code, int limit) {
  Statement s = db.prepare("SELECT name FROM tariffs WHERE currency = ? ORDER BY name LIMIT ?");
  s.bind_all(code, limit);
  return names(s);
}

std::int64_t insert_currency(Database& db, std::string_view code, std::string_view full_name, Decimal rate) {
  Statement s =
      db.prepare("INSERT INTO currencies (name, full_name, exchange_rate, active) VALUES (?, ?, ?, 1)");
  s.bind_all(code, full_name, rate);
  s.run();
  return db.last_insert_rowid();
}

void update_currency_rate(Database& db, std::int64_t id, Decimal rate) {
  Statement s = db.prepare("UPDATE currencies SET exchange_rate = ? WHERE id = ?");
  s.bind_all(rate, id);
  s.run();
}

void update_currency_active(Database& db, std::int64_t id, bool active) {
  Statement s = db.prepare("UPDATE currencies SET active = ? WHERE id = ?");
  s.bind_all(active ? 1 : 0, id);
  s.run();
}

}  // namespace kolmi::store
