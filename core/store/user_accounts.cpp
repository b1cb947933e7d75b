#include "core/store/user_accounts.hpp"

#include "core/store/conflines.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::store {

std::vector<UserSummary> list_user_summaries(Database& db, const UserListFilter& filter) {
  // ?2/?3: the filters, each off when NULL; the default currency names a
  // user whose currency_id is NULL (as users.cpp does).
  Statement s = db.prepare(R"SQL(
    SELECT u.id, u.username, u.usertype, u.first_name, u.last_name,
           COALESCE(c.name, ?1),
           COALESCE(t.name, ''), u.blocked, u.balance, u.time_zone, u.last_login_at
      FROM users u LEFT JOIN currencies c ON c.id = u.currency_id
      LEFT JOIN tariffs t ON t.id = u.tariff_id
     WHERE (?2 IS NULL OR u.blocked <> 0) AND (?3 IS NULL OR u.tariff_id = ?3)
     ORDER BY u.id
  )SQL");
  s.bind(1, confline_str(db, conf::kDefaultCurrency));
  if (filter.blocked_only) s.bind(2, 1);
  s.bind(3, filter.tariff_id);
  std::vector<UserSummary> rows;
  while (s.step()) {
    UserSummary r;
    r.id = s.int64(0);
    r.login = s.str(1);
    r.usertype = s.str(2);
    r.first_name = s.str(3);
    r.last_name = s.str(4);
    r.currency = s.str(5);
    r.tariff = s.str(6);
    r.blocked = s.int64(7) != 0;
    r.balance = s.decimal(8);
    r.time_zone = s.str(9);
    r.last_login_at = s.opt_str(10);
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string tariff_name(Database& db, std::optional<std::int64_t> tariff_id) {
  if (!tariff_id) return {};
  Statement s = db.prepare("SELECT name FROM tariffs WHERE id = ?");
  s.bind(1, *tariff_id);
  return s.step() ? s.str(0) : std::string();
}

std::optional<CurrencyRef> find_currency(Database& db, std::string_view code) {
  Statement s = db.prepare("SELECT id, active FROM currencies WHERE name = ?");
  s.bind(1, code);
  if (!s.step()) return std::nullopt;
  return CurrencyRef{s.int64(0), s.int64(1) != 0};
}

std::string user_email(Database& db, std::int64_t user_id) {
  Statement s =
      db.prepare("SELECT a.email FROM users u JOIN addresses a ON a.id = u.address_id WHERE u.id = ?");
  s.bind(1, user_id);
  return s.step() ? s.str(0) : std::string();
}

std::string user_created_at(Database& db, std::int64_t user_id) {
  Statement s = db.prepare("SELECT created_at FROM users WHERE id = ?");
  s.bind(1, user_id);
  return s.step() ? s.str(0) : std::string();
}

OutgoingCharges outgoing_charges(Database& db, std::int64_t user_id, Seconds from, Seconds till) {
  // One range of calls_user_date; SUM of INTEGER nano-units is exact (and
  // fails rather than overflow).
  Statement s = db.prepare(R"SQL(
    SELECT COALESCE(sum(user_price), 0), count(*) - count(user_price) FROM calls
     WHERE user_id = ?1 AND calldate >= ?2 AND calldate < ?3
  )SQL");
  s.bind_all(user_id, format_utc(from), format_utc(till));
  s.step();
  return OutgoingCharges{s.decimal(0), s.int64(1)};
}

std::int64_t other_active_admins(Database& db, std::int64_t user_id) {
  Statement s = db.prepare("SELECT count(*) FROM users WHERE usertype = 'admin' AND blocked = 0 AND id <> ?");
  s.bind(1, user_id);
  s.step();
  return s.int64(0);
}

namespace {

// One column of the SET list and its value. Column names are fixed text
// from this file, never input.
struct Assignment {
  std::string_view column;
  std::optional<std::int64_t> integer;
  std::optional<std::string> text;
};

void add(std::vector<Assignment>& set, std::string_view column, const std::optional<std::int64_t>& v) {
  if (v) set.push_back({column, v, std::nullopt});
}
void add(std::vector<Assignment>& set, std::string_view column, const std::optional<std::string>& v) {
  if (v) set.push_back({column, std::nullopt, v});
}
void add(std::vector<Assignment>& set, std::string_view column, const std::optional<Decimal>& v) {
  if (v) set.push_back({column, v->nanos(), std::nullopt});
}

}  // namespace

void update_user_account(Database& db, std::int64_t user_id, const AccountUpdate& u) {
  std::vector<Assignment> set;
  add(set, "tariff_id", u.tariff_id);
  add(set, "currency_id", u.currency_id);
  add(set, "time_zone", u.time_zone);
  add(set, "language", u.language);
  add(set, "vat_percent", u.vat_percent);
  if (u.postpaid) set.push_back({"postpaid", *u.postpaid ? 1 : 0, std::nullopt});
  add(set, "credit", u.credit);
  add(set, "first_name", u.first_name);
  add(set, "last_name", u.last_name);
  add(set, "usertype", u.usertype);
  if (!set.empty()) {
    std::string sql = "UPDATE users SET ";
    for (std::size_t i = 0; i < set.size(); ++i) {
      if (i > 0) sql += ", ";
      sql += set[i].column;
      sql += " = ?";
    }
    sql += " WHERE id = ?";
    Statement s = db.prepare(sql);
    int index = 0;
    for (const Assignment& a : set) {
      if (a.integer) {
        s.bind(++index, *a.integer);
      } else {
        s.bind(++index, *a.text);
      }
    }
    s.bind(++index, user_id);
    s.run();
  }
  if (u.email) {
    ensure_own_address(db, user_id);
    Statement s =
        db.prepare("UPDATE addresses SET email = ? WHERE id = (SELECT address_id FROM users WHERE id = ?)");
    s.bind_all(*u.email, user_id);
    s.run();
  }
}

namespace {
constexpr std::string_view kAddressColumns =
    "direction_id, state, county, city, postcode, address, phone, mob_phone, fax, email";
}  // namespace

void ensure_own_address(Database& db, std::int64_t user_id) {
  std::optional<std::int64_t> address;
  bool shared = false;
  {
    Statement s = db.prepare(
        "SELECT a.id, (SELECT count(*) FROM users o WHERE o.address_id = a.id AND o.id <> u.id) "
        "FROM users u LEFT JOIN addresses a ON a.id = u.address_id WHERE u.id = ?");
    s.bind(1, user_id);
    if (s.step()) {
      address = s.opt_int64(0);
      shared = s.int64(1) > 0;
    }
  }
  if (address && !shared) return;
  if (address) {
    std::string sql = "INSERT INTO addresses (";
    sql += kAddressColumns;
    sql += ") SELECT ";
    sql += kAddressColumns;
    sql += " FROM addresses WHERE id = ?";
    Statement copy = db.prepare(sql);
    copy.bind(1, *address);
    copy.run();
  } else {
    // Every column has a default; "DEFAULT VALUES" is SQLite's spelling only.
    db.exec("INSERT INTO addresses (id) VALUES (NULL)");
  }
  Statement link = db.prepare("UPDATE users SET address_id = ? WHERE id = ?");
  link.bind_all(db.last_insert_rowid(), user_id);
  link.run();
}

std::int64_t insert_user(Database& db, const NewUserRow& u) {
  Statement add = db.prepare(
      "INSERT INTO users (username, password, usertype, first_name, last_name, credit, postpaid, "
      "tariff_id, vat_percent, currency_id, time_zone, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind_all(u.login, u.password_hash, u.usertype, u.first_name, u.last_name, u.credit, u.postpaid ? 1 : 0,
               u.tariff_id, u.vat_percent, u.currency_id, u.time_zone, u.created_at);
  add.run();
  return db.last_insert_rowid();
}

void set_user_password(Database& db, std::int64_t user_id, std::string_view password_hash) {
  Statement s = db.prepare("UPDATE users SET password = ? WHERE id = ?");
  s.bind_all(password_hash, user_id);
  s.run();
}

void set_user_blocked(Database& db, std::int64_t user_id, bool blocked) {
  Statement s = db.prepare("UPDATE users SET blocked = ? WHERE id = ?");
  s.bind_all(blocked ? 1 : 0, user_id);
  s.run();
}

void update_user_details(Database& db, DetailsTable table, const std::vector<ColumnValue>& set,
                         std::int64_t user_id) {
  if (set.empty()) return;
  // The SQL text is made of fixed column names only; values are bound, the
  // owner last.
  std::string sql = table == DetailsTable::users ? "UPDATE users SET " : "UPDATE addresses SET ";
  for (std::size_t i = 0; i < set.size(); ++i) {
    if (i > 0) sql += ", ";
    sql += set[i].column;
    sql += " = ?";
  }
  // The address is the user's own: it is found through their row.
  sql += table == DetailsTable::users ? " WHERE id = ?"
                                      : " WHERE id = (SELECT address_id FROM users WHERE id = ?)";
  Statement s = db.prepare(sql);
  int index = 0;
  for (const ColumnValue& a : set) {
    if (a.is_id) {
      s.bind(++index, a.id);
    } else {
      s.bind(++index, a.text);
    }
  }
  s.bind(++index, user_id);
  s.run();
}

}  // namespace kolmi::store
