#include "core/store/users.hpp"

#include <charconv>

#include "core/store/conflines.hpp"

namespace kolmi::store {

namespace {

constexpr std::string_view kSelectUser = R"SQL(
SELECT u.id, u.username, u.password, u.usertype, u.first_name, u.last_name, u.balance,
       u.credit, u.postpaid, u.blocked, u.tariff_id, u.clientid, u.agreement_number,
       u.agreement_date, u.language, u.taxation_country, u.vat_number, u.vat_percent,
       u.address_id,
       c.name,  -- NULL: the default currency (query_one fills it in)
       u.time_zone, u.last_login_at, u.previous_login_at
FROM users u LEFT JOIN currencies c ON c.id = u.currency_id
)SQL";

User map_user(const Statement& s) {
  User u;
  u.id = s.int64(0);
  u.username = s.str(1);
  u.password = s.str(2);
  u.usertype = s.str(3);
  u.first_name = s.str(4);
  u.last_name = s.str(5);
  u.balance = s.decimal(6);
  u.credit = s.decimal(7);
  u.postpaid = s.int64(8) != 0;
  u.blocked = s.int64(9) != 0;
  u.tariff_id = s.opt_int64(10);
  u.clientid = s.str(11);
  u.agreement_number = s.str(12);
  u.agreement_date = s.opt_str(13);
  u.language = s.str(14);
  u.taxation_country = s.opt_int64(15);
  u.vat_number = s.str(16);
  u.vat_percent = s.decimal(17);
  u.address_id = s.opt_int64(18);
  u.currency = s.is_null(19) ? std::string() : s.str(19);
  u.time_zone = s.str(20);
  u.last_login_at = s.opt_str(21);
  u.previous_login_at = s.opt_str(22);
  return u;
}

std::optional<User> query_one(Database& db, std::string_view where, auto value) {
  Statement s = db.prepare(std::string(kSelectUser) + std::string(where));
  s.bind(1, value);
  if (!s.step()) return std::nullopt;
  User u = map_user(s);
  if (u.currency.empty()) u.currency = confline_str(db, conf::kDefaultCurrency);
  return u;
}

}  // namespace

std::string User::full_name() const {
  if (first_name.empty() && last_name.empty()) return username;
  if (first_name.empty()) return last_name;
  if (last_name.empty()) return first_name;
  return first_name + " " + last_name;
}

std::optional<User> find_user_by_login(Database& db, std::string_view username) {
  return query_one(db, "WHERE u.username = ?", username);
}

std::optional<User> find_user_by_id(Database& db, std::int64_t id) {
  return query_one(db, "WHERE u.id = ?", id);
}

std::optional<User> find_user(Database& db, std::string_view id_or_login) {
  if (auto byLogin = find_user_by_login(db, id_or_login)) return byLogin;
  std::int64_t id = 0;
  auto [p, ec] = std::from_chars(id_or_login.data(), id_or_login.data() + id_or_login.size(), id);
  if (ec == std::errc() && p == id_or_login.data() + id_or_login.size()) return find_user_by_id(db, id);
  return std::nullopt;
}

}  // namespace kolmi::store
