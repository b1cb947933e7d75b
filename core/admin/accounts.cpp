// Users: kolmi admin user add / list / passwd / block / unblock (show and
// set are the operator console's: core/console/user_account, user_update).
// (Devices are in account_devices.cpp.)
#include "core/admin/accounts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/identity/login_name.hpp"
#include "core/setup/init_database.hpp"
#include "core/store/conflines.hpp"
#include "core/store/sessions.hpp"
#include "core/store/tariff_rate_list.hpp"
#include "core/store/user_accounts.hpp"
#include "core/store/user_logins.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::admin {

namespace {

void check_password(std::string_view password) {
  if (password.size() < setup::kMinPasswordLength) {
    throw usage_error(
        fmt::format("the password must have at least {} characters", setup::kMinPasswordLength));
  }
}

std::int64_t user_id_of(store::Database& db, std::string_view login) {
  auto id = store::find_user_id(db, login);
  if (!id) throw not_found_error(fmt::format("no user '{}'", text::shown(login)));
  return *id;
}

// The validated values of a NewUser that are looked up in the database.
struct Resolved {
  std::optional<std::int64_t> tariff_id;
  std::optional<std::int64_t> currency_id;
};

Resolved resolve(store::Database& db, const NewUser& u) {
  Resolved r;
  if (u.tariff) {
    auto tariff = store::find_tariff(db, *u.tariff);
    if (!tariff) throw usage_error(fmt::format("--tariff: no tariff named '{}'", text::shown(*u.tariff)));
    if (tariff->purpose != "user")
      throw usage_error(fmt::format("--tariff: '{}' is a {} tariff; a user needs a user tariff",
                                    text::shown(tariff->name), text::shown(tariff->purpose)));
    r.tariff_id = tariff->id;
  }
  if (u.currency) {
    auto currency = store::find_currency(db, *u.currency);
    if (!currency) throw usage_error(fmt::format("--currency: no currency '{}'", text::shown(*u.currency)));
    if (!currency->active)
      throw usage_error(fmt::format("--currency: currency '{}' is not active", text::shown(*u.currency)));
    r.currency_id = currency->id;
  } else {
    // Stored explicitly, so a later change of Default_Currency does not
    // silently move existing users to another currency.
    std::string code = store::confline_str(db, store::conf::kDefaultCurrency);
    if (auto currency = store::find_currency(db, code)) r.currency_id = currency->id;
  }
  return r;
}

void validate(const NewUser& u) {
  if (!identity::valid_login(u.login)) throw usage_error(identity::invalid_login_message(u.login));
  check_password(u.password);
  if (std::find(kUserTypes.begin(), kUserTypes.end(), u.usertype) == kUserTypes.end()) {
    throw usage_error(fmt::format("--usertype: '{}' is not one of user, admin", text::shown(u.usertype)));
  }
  if (!is_known_time_zone(u.time_zone)) {
    throw usage_error(fmt::format("--time-zone: unknown time zone '{}'", text::shown(u.time_zone)));
  }
  if (u.vat_percent.is_negative() || u.vat_percent > Decimal::from_units(100)) {
    throw usage_error(fmt::format("--vat: {} is not a percentage from 0 to 100", u.vat_percent.to_string()));
  }
  if (u.credit.is_negative()) {
    throw usage_error(
        fmt::format("--credit: {} is negative; use --no-credit-limit for no limit", u.credit.to_string()));
  }
  if (u.no_credit_limit && !u.credit.is_zero()) {
    throw usage_error("--credit and --no-credit-limit exclude each other");
  }
}

}  // namespace

std::int64_t add_user(store::Database& db, const NewUser& u, const Clock& clock) {
  validate(u);
  // Hashing takes a while (argon2id); do it before taking the write lock.
  const std::string hash = identity::hash_password(u.password, u.kdf);
  store::Transaction tx(db);
  Resolved r = resolve(db, u);
  if (store::find_user_id(db, u.login)) {
    throw action_error(fmt::format("a user with login '{}' already exists", text::shown(u.login)));
  }
  const std::string created_at = format_utc(clock.now());
  const std::int64_t id =
      store::insert_user(db, {.login = u.login,
                              .password_hash = hash,
                              .usertype = u.usertype,
                              .first_name = u.first_name,
                              .last_name = u.last_name,
                              .credit = u.no_credit_limit ? Decimal::from_units(-1) : u.credit,
                              .postpaid = u.postpaid,
                              .tariff_id = r.tariff_id,
                              .vat_percent = u.vat_percent,
                              .currency_id = r.currency_id,
                              .time_zone = u.time_zone,
                              .created_at = created_at});
  tx.audit({.target_type = "user", .target_id = id, .data = fmt::format("login {}", u.login)});
  tx.commit();
  return id;
}

std::vector<UserRow> list_users(store::Database& db, const UserFilter& filter) {
  store::UserListFilter f;
  f.blocked_only = filter.blocked_only;
  if (filter.tariff) {
    auto tariff = store::find_tariff(db, *filter.tariff);
    if (!tariff) throw not_found_error(fmt::format("--tariff: no tariff named '{}'", text::shown(*filter.tariff)));
    f.tariff_id = tariff->id;
  }
  const std::string default_currency = store::confline_str(db, store::conf::kDefaultCurrency);
  std::vector<UserRow> rows;
  for (store::UserSummary& s : store::list_user_summaries(db, f)) {
    UserRow r;
    r.id = s.id;
    r.login = std::move(s.login);
    r.usertype = std::move(s.usertype);
    const std::string_view first = s.first_name, last = s.last_name;
    r.name =
        first.empty() || last.empty() ? fmt::format("{}{}", first, last) : fmt::format("{} {}", first, last);
    r.currency = std::move(s.currency);
    r.tariff = std::move(s.tariff);
    r.blocked = s.blocked;
    r.balance = s.balance;
    r.balance_currency = default_currency;
    r.time_zone = std::move(s.time_zone);
    r.last_login = s.last_login_at.value_or("");
    rows.push_back(std::move(r));
  }
  return rows;
}

void set_password(store::Database& db, std::string_view login, std::string_view password,
                  identity::KdfCost kdf) {
  check_password(password);
  const std::string hash = identity::hash_password(password, kdf);
  store::Transaction tx(db);
  const std::int64_t id = user_id_of(db, login);
  store::set_user_password(db, id, hash);
  store::delete_user_sessions(db, id);
  tx.audit({.target_type = "user", .target_id = id, .data = fmt::format("login {}", login)});
  tx.commit();
}

void set_blocked(store::Database& db, std::string_view login, bool blocked, std::int64_t acting_user_id) {
  store::Transaction tx(db);
  const std::int64_t id = user_id_of(db, login);
  if (blocked && id == acting_user_id) {
    throw action_error(
        fmt::format("you cannot block yourself ('{}'); ask another admin", text::shown(login)));
  }
  store::set_user_blocked(db, id, blocked);
  if (blocked) store::delete_user_sessions(db, id);
  tx.audit({.target_type = "user", .target_id = id, .data = fmt::format("login {}", login)});
  tx.commit();
}

}  // namespace kolmi::admin
