#pragma once
// One user's account as the operator sees it (kolmi admin user show, and the
// before/after of kolmi admin user set): who they are, how they are billed,
// their money, devices, logins and this month's calls.
//
// The shape depends on the format, as an account has some 25 fields: the
// tree formats (XML, JSON) write one record,
//   <user_show><user> id login first_name last_name email type blocked
//     tariff currency zone language vat account credit balance
//     <devices><device> id type name </device></devices>
//     created last_login previous_login month month_calls month_price
//     month_unrated
// typed (integers, money with its currency, null for a time that never
// was), while the row formats print one row per field, columns
// field/value/currency, so a person reads it down a terminal and a script
// picks a line by its first cell (`awk -F'\t' '$1 == "balance"'`). Money is
// exact in the row formats and JSON; the XML rounds to Nice_Number_Digits.
// Times are UTC. Balance, credit and month_price are in the default
// currency, in which they are stored (the user's own currency is what their
// pages convert to).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/output/format.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/store/devices.hpp"
#include "core/store/users.hpp"
#include "core/time/clock.hpp"

namespace kolmi::console {

// This month of the user's, in their time zone.
struct MonthCalls {
  std::string month;         // "2026-11"
  std::int64_t calls = 0;    // both directions, as the user's main page counts
  Decimal price;             // their outgoing calls' prices, default currency
  std::int64_t unrated = 0;  // outgoing calls without a price, not in `price`
};

struct UserAccount {
  store::User user;
  std::string tariff;  // name; "" none
  std::string email;
  std::string created_at;
  std::vector<store::Device> devices;
  std::string default_currency;
  int digits = 4;                   // Nice_Number_Digits, for the XML
  std::optional<MonthCalls> month;  // nullopt: not read (user set)
};

// Reads the user named by `user` (a login, or an id) with this month's
// calls in their zone as of `clock`. Throws Error(not_found) naming it;
// Error(storage).
UserAccount load_user_account(store::Database& db, std::string_view user, const Clock& clock);
// The same without this month's calls (what user set shows before and after).
UserAccount load_account_settings(store::Database& db, const store::User& user);

// A field as a person reads it: the row formats' value (money exact, a time
// or "" when never) and the currency of a money value.
struct ShownField {
  std::string_view name;
  std::string value;
  std::string currency;
};
// Every field in the order above; devices as "#1 IAX2/101, #2 FAX/102".
std::vector<ShownField> shown_fields(const UserAccount& account);

enum class AccountShape {
  record,  // XML, JSON
  fields,  // CSV, TSV, table
};
inline AccountShape account_shape(output::Format format) {
  return format == output::Format::xml || format == output::Format::json ? AccountShape::record
                                                                         : AccountShape::fields;
}

void write_user_account(output::TreeWriter& w, const UserAccount& account, AccountShape shape);

}  // namespace kolmi::console
