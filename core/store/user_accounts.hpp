#pragma once
// The SQL of the operator's account commands (kolmi admin user list, show,
// set): the user list with its filters, the look-ups `user set` checks its
// values against, this month's charges and the one UPDATE that writes an
// account. Row mapping of the user itself stays in users.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

// One row of `kolmi admin user list`.
struct UserSummary {
  std::int64_t id = 0;
  std::string login;
  std::string usertype;
  std::string first_name, last_name;
  std::string currency;  // code; the default currency when none is set
  std::string tariff;    // name; "" when none
  bool blocked = false;
  Decimal balance;  // default currency
  std::string time_zone;
  std::optional<std::string> last_login_at;  // UTC text
};

struct UserListFilter {
  bool blocked_only = false;
  std::optional<std::int64_t> tariff_id{};  // only the users this tariff prices
};

// The users the filter keeps, in id order. Throws Error(storage).
std::vector<UserSummary> list_user_summaries(Database& db, const UserListFilter& filter);

// A tariff by name: find_tariff (tariff_rate_list.hpp).
// The tariff's name; "" for nullopt or a dangling id.
std::string tariff_name(Database& db, std::optional<std::int64_t> tariff_id);

struct CurrencyRef {
  std::int64_t id = 0;
  bool active = false;
};
// The currency whose code (currencies.name) is `code`; nullopt when none.
std::optional<CurrencyRef> find_currency(Database& db, std::string_view code);

// addresses.email of the user's address; "" when the user has none.
std::string user_email(Database& db, std::int64_t user_id);
// users.created_at.
std::string user_created_at(Database& db, std::int64_t user_id);

// What the user's outgoing calls (calls.user_id) that started in
// [from, till) cost: the exact sum of the priced ones (default currency)
// and how many have no price. Incoming calls cost the user nothing.
struct OutgoingCharges {
  Decimal price;
  std::int64_t unrated = 0;
};
OutgoingCharges outgoing_charges(Database& db, std::int64_t user_id, Seconds from, Seconds till);

// Admins other than `user_id` that are not blocked: the ones who could
// still run `kolmi admin` if this user stopped being one.
std::int64_t other_active_admins(Database& db, std::int64_t user_id);

// The columns `kolmi admin user set` writes; nullopt leaves one unchanged.
// Values are already checked and resolved (ids, nano-units).
struct AccountUpdate {
  std::optional<std::int64_t> tariff_id{};
  std::optional<std::int64_t> currency_id{};
  std::optional<std::string> time_zone{};
  std::optional<std::string> language{};
  std::optional<Decimal> vat_percent{};
  std::optional<bool> postpaid{};
  std::optional<Decimal> credit{};  // -1 unit: no limit
  std::optional<std::string> first_name{};
  std::optional<std::string> last_name{};
  std::optional<std::string> usertype{};
  std::optional<std::string> email{};  // addresses.email
};

// Writes the update to the user's row (and their own address row, made or
// unshared first when the e-mail changes; see ensure_own_address). Call it
// inside a Transaction. Throws Error(storage).
void update_user_account(Database& db, std::int64_t user_id, const AccountUpdate& update);

// Makes sure the user has an address row of their own: creates one when
// users.address_id is NULL or dangles, copies it when another user shares
// it, and links the new row through users.address_id.
void ensure_own_address(Database& db, std::int64_t user_id);

// A new users row (kolmi admin user add); values already checked and resolved.
struct NewUserRow {
  std::string_view login, password_hash, usertype, first_name, last_name;
  Decimal credit;  // -1 unit: no limit
  bool postpaid = true;
  std::optional<std::int64_t> tariff_id;
  Decimal vat_percent;
  std::optional<std::int64_t> currency_id;
  std::string_view time_zone, created_at;
};
// Inserts the row and returns its id. Throws Error(storage).
std::int64_t insert_user(Database& db, const NewUserRow& row);
// users.password of the user (a hash made by identity/password).
void set_user_password(Database& db, std::int64_t user_id, std::string_view password_hash);
// users.blocked of the user.
void set_user_blocked(Database& db, std::int64_t user_id, bool blocked);

// One column of a SET list and its bound value: text, or an id (nullopt
// stores NULL). `column` is a fixed name from the caller's table of fields,
// never input.
struct ColumnValue {
  std::string_view column;
  bool is_id = false;
  std::string text;
  std::optional<std::int64_t> id;
};
// Where a user's own details live (kolmi details update).
enum class DetailsTable { users, own_address };
// `UPDATE <table> SET a = ?, b = ? ...` of the user's row or of the address
// their row names (made their own first: ensure_own_address); nothing when
// `set` is empty. Call it inside a Transaction. Throws Error(storage).
void update_user_details(Database& db, DetailsTable table, const std::vector<ColumnValue>& set,
                         std::int64_t user_id);

}  // namespace kolmi::store
