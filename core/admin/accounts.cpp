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
#include "core/store/tariff_rate_list.hpp"
#include "core/store/user_accounts.hpp"
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

std::optional<std::int64_t> find_id(store::Database& db, std::string_view sql, std::string_view value) {
  store::Statement s = db.prepare(sql);
  s.bind(1, value);
  if (!s.step()) return std::nullopt;
  return s.int64(0);
}

std::int64_t user_id_of(store::Database& db, std::string_view login) {
  auto id = find_id(db, "SELECT id FROM users WHERE username = ?", login);
  if (!id) throw not_found_error(fmt::format("no user '{}'", text::shown(login)));
  return *id;
}

void end_sessions(store::Database& db, std::int64_t user_id) {
  store::Statement s = db.prepare("DELETE FROM sessions WHERE user_id = ?");
  s.bind(1, user_id);
  s.run();
}

// The validated values of a NewUser that are looked up in the database.
struct Resolved {
  std::optional<std::int64_t> tariff_id;
  std::optional<std::int64_t> currency_id;
};

Resolved resolve(store::Database& db, const NewUser& u) {
  Resolved r;
  if (u.tariff) {
    r.tariff_id = find_id(db, "SELECT id FROM tariffs WHERE name = ?", *u.tariff);
    if (!r.tariff_id)
      throw usage_error(fmt::format("--tariff: no tariff named '{}'", text::shown(*u.tariff)));
  }
  if (u.currency) {
    store::Statement s = db.prepare("SELECT id, active FROM currencies WHERE name = ?");
    s.bind(1, *u.currency);
    if (!s.step()) throw usage_error(fmt::format("--currency: no currency '{}'", text::shown(*u.currency)));
    if (s.int64(1) == 0)
      throw usage_error(fmt::format("--currency: currency '{}' is not active", text::shown(*u.currency)));
    r.currency_id = s.int64(0);
  } else {
    // Stored explicitly, so a later change of Default_Currency does not
    // silently move existing users to another currency.
    std::string code = store::confline_str(db, store::conf::kDefaultCurrency);
    r.currency_id = find_id(db, "SELECT id FROM currencies WHERE name = ?", code);
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
  if (find_id(db, "SELECT id FROM users WHERE username = ?", u.login)) {
    throw action_error(fmt::format("a user with login '{}' already exists", text::shown(u.login)));
  }
  store::Statement add = db.prepare(
      "INSERT INTO users (username, password, usertype, first_name, last_name, credit, postpaid, "
      "tariff_id, vat_percent, currency_id, time_zone, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const Decimal credit = u.no_credit_limit ? Decimal::from_units(-1) : u.credit;
  add.bind_all(u.login, hash, u.usertype, u.first_name, u.last_name, credit, u.postpaid ? 1 : 0, r.tariff_id,
               u.vat_percent, r.currency_id, u.time_zone, format_utc(clock.now()));
  add.run();
  const std::int64_t id = db.last_insert_rowid();
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
  store::Statement s = db.prepare("UPDATE users SET password = ? WHERE id = ?");
  s.bind_all(hash, id);
  s.run();
  end_sessions(db, id);
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
  store::Statement s = db.prepare("UPDATE users SET blocked = ? WHERE id = ?");
  s.bind_all(blocked ? 1 : 0, id);
  s.run();
  if (blocked) end_sessions(db, id);
  tx.audit({.target_type = "user", .target_id = id, .data = fmt::format("login {}", login)});
  tx.commit();
}

}  // namespace kolmi::admin
