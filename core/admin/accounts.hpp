#pragma once
// Operator work on accounts (kolmi admin user ..., kolmi admin device ...):
// plain functions over the database taking option structs, so the command
// line only parses and prints. Each write is one transaction.
//
// Failures are kolmi::Error with the contract's exit codes: a bad value is
// usage (2) naming the option, a login or device that already exists is
// action_failed (1), an unknown login is not_found (4).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/identity/password.hpp"
#include "core/store/database.hpp"
#include "core/store/devices.hpp"
#include "core/time/clock.hpp"

namespace kolmi::admin {

// The user types kolmi creates. MOR's reseller and accountant exist in the
// schema, but kolmi implements neither, so it does not make them.
inline constexpr std::array<std::string_view, 2> kUserTypes{"user", "admin"};

struct NewUser {
  std::string login;
  std::string password;  // at least setup::kMinPasswordLength characters
  std::string first_name;
  std::string last_name;
  std::string usertype = "user";
  std::optional<std::string> tariff;    // tariffs.name; none: the user's calls stay unrated
  std::optional<std::string> currency;  // an active currency; none: the default currency
  Decimal vat_percent;                  // 0..100
  std::string time_zone = "UTC";        // IANA name
  bool postpaid = true;
  Decimal credit;                                          // >= 0, in the default currency
  bool no_credit_limit = false;                            // credit -1 (MOR's "no limit")
  identity::KdfCost kdf = identity::KdfCost::interactive;  // minimal only in tests
};

// Creates the user and returns its id. Throws Error(usage) for a bad login,
// short password, unknown usertype, unknown tariff (--tariff), unknown or
// inactive currency (--currency), unknown zone (--time-zone), VAT outside
// 0..100 (--vat) or negative credit (--credit); Error(action_failed) when
// the login is taken.
std::int64_t add_user(store::Database& db, const NewUser& user, const Clock& clock);

struct UserRow {
  std::int64_t id = 0;
  std::string login;
  std::string usertype;
  std::string name;      // "First Last"
  std::string currency;  // code; the default currency when none is set
  std::string tariff;    // name; "" when none
  bool blocked = false;
  Decimal balance{};              // in balance_currency
  std::string balance_currency{};  // the default currency, in which balances are kept
  std::string time_zone{};
  std::string last_login{};  // UTC text; "" never
};

// What `admin user list` keeps: all users, or only blocked ones, or only
// those of one tariff (by name).
struct UserFilter {
  bool blocked_only = false;
  std::optional<std::string> tariff{};
};

// The users the filter keeps, in id order. Throws Error(not_found) naming
// an unknown tariff.
std::vector<UserRow> list_users(store::Database& db, const UserFilter& filter = {});

// Replaces the password (argon2id) and ends every session of the user, so
// a password changed after a leak locks the old sessions out at once.
// Throws Error(usage) for a short password, Error(not_found) for an
// unknown login.
void set_password(store::Database& db, std::string_view login, std::string_view password,
                  identity::KdfCost kdf = identity::KdfCost::interactive);

// Blocks the user and ends all of their sessions (a blocked user is out at
// once, not when a session expires), or unblocks them. Blocking yourself
// (`acting_user_id`) is refused with Error(action_failed): it would lock the
// operator out. Throws Error(not_found) for an unknown login.
void set_blocked(store::Database& db, std::string_view login, bool blocked, std::int64_t acting_user_id);

// Device technologies kolmi accepts (MOR's device_type values).
inline constexpr std::array<std::string_view, 8> kDeviceTypes{"SIP",  "PJSIP", "IAX2",    "FAX",
                                                              "H323", "DAHDI", "Virtual", "Skype"};

struct NewDevice {
  std::string user;  // owner's login
  std::string type;  // one of kDeviceTypes
  std::string name;  // the peer name in channel names ("SIP/<name>-0000abcd")
  std::string extension;
  std::string secret;
  std::string callerid;
  std::string description;
  std::string accountcode;
  std::int64_t grace_time = 0;  // seconds; calls no longer than this are free
};

// Creates the device and returns its id. Throws Error(not_found) for an
// unknown owner; Error(usage) for an unknown type, a name with characters a
// channel name cannot carry, or a negative grace time; Error(action_failed)
// when the name, or a non-empty extension or accountcode, is already used
// by another device (CDR import matches devices by them, so each must name
// one device).
std::int64_t add_device(store::Database& db, const NewDevice& device);

// One device with its owner's login, as the store lists it.
using DeviceRow = store::DeviceListing;

// Devices in id order: all, or those of `user` (Error(not_found) when unknown).
std::vector<DeviceRow> list_devices(store::Database& db, std::optional<std::string_view> user = std::nullopt);

}  // namespace kolmi::admin
