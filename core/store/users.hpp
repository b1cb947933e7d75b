#pragma once
// Row mapping for users (MOR's users table joined with its currency), in
// one place for every page and command that needs a user.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

struct User {
  std::int64_t id = 0;
  std::string username;  // the login
  std::string password;  // stored hash
  std::string usertype;  // admin, reseller, accountant, user
  std::string first_name;
  std::string last_name;
  Decimal balance;       // default currency
  Decimal credit;        // default currency; -1 = no limit
  bool postpaid = true;
  bool blocked = false;
  std::optional<std::int64_t> tariff_id;
  std::string clientid;
  std::string agreement_number;
  std::optional<std::string> agreement_date;
  std::string language;
  std::optional<std::int64_t> taxation_country;
  std::string vat_number;
  Decimal vat_percent;
  std::optional<std::int64_t> address_id;
  std::string currency;  // code of currency_id, or the default currency
  std::string time_zone;
  std::optional<std::string> last_login_at;
  std::optional<std::string> previous_login_at;

  bool is_admin() const { return usertype == "admin"; }
  bool no_credit_limit() const { return credit == Decimal::from_units(-1); }
  // "First Last", or the login when both are empty.
  std::string full_name() const;
};

std::optional<User> find_user_by_login(Database& db, std::string_view username);
std::optional<User> find_user_by_id(Database& db, std::int64_t id);
// An id ("12") or a login ("demo").
std::optional<User> find_user(Database& db, std::string_view id_or_login);

}  // namespace kolmi::store
