#pragma once
// kolmi admin user set: the operator changes any subset of a user's
// account (tariff, currency, zone, language, VAT, postpaid/prepaid, credit,
// names, e-mail, type) in one transaction. Every value is checked before
// anything is written, so one bad value among good ones changes nothing.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/console/user_account.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"

namespace kolmi::console {

// The values as typed; nullopt leaves a field unchanged.
struct UserSettings {
  std::optional<std::string> tariff{};      // --tariff NAME (a tariff of purpose user)
  std::optional<std::string> currency{};    // --currency CODE (an active currency)
  std::optional<std::string> time_zone{};   // --tz ZONE (IANA)
  std::optional<std::string> language{};    // --lang en|ru
  std::optional<std::string> vat{};         // --vat PERCENT: 0 to 100, at most 4 decimals
  std::optional<bool> postpaid{};           // --postpaid / --prepaid
  std::optional<std::string> credit{};      // --credit AMOUNT (>= 0, at most 4 decimals) or "unlimited"
  std::optional<std::string> first_name{};  // --first-name (trimmed; "" clears)
  std::optional<std::string> last_name{};   // --last-name
  std::optional<std::string> email{};       // --email ("" clears)
  std::optional<std::string> usertype{};    // --usertype user|admin
};

// The languages a user's pages come in.
inline constexpr std::array<std::string_view, 2> kLanguages{"en", "ru"};
// Most decimals --vat and --credit take (more would be rounded away silently).
inline constexpr int kMaxSettingDecimals = 4;

// A field `user set` changed (the name `user show` gives it), with its
// value before and after as `user show`'s rows show it.
struct FieldChange {
  std::string_view field;
  std::string before, after;
};

// Applies `settings` to the user named by `user` (a login or an id) and
// returns the given fields in `user show`'s order. Throws, before anything
// is written:
// - Error(usage) when nothing is given, or for a bad value naming its
//   option (zone, language, VAT, credit, names, e-mail, type), an inactive
//   currency or a tariff that is not a user tariff;
// - Error(not_found) naming an unknown user, tariff or currency;
// - Error(action_failed) when the change would leave no admin who is not
//   blocked (the last admin cannot be demoted).
// Records the audit row (target the user, the changed field names).
struct UserChanges {
  std::int64_t id = 0;
  std::string login;
  std::vector<FieldChange> changes;
};
UserChanges set_user_account(store::Database& db, std::string_view user, const UserSettings& settings);

// What user set did, as <user_set> id login <changes><change> field before
// after: the row formats print one row per given field (a value given
// unchanged shows before equal to after), so the operator sees at once
// what moved; `user show` prints the whole account.
void write_user_changes(output::TreeWriter& w, const UserChanges& changes);

}  // namespace kolmi::console
