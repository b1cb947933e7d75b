#pragma once
// The 17 parameters of "Edit personal details" (shared/spec/README.md
// decision 6): what a user may change, the column each one writes (exactly
// the columns the details page reads), its limit, and the checks that need
// no database.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/actions/value_checks.hpp"
#include "core/pages/i18n.hpp"

namespace kolmi::actions {

// Each member is a parameter; nullopt leaves it unchanged. Text is stored
// without leading and trailing spaces (passwords exactly as given); an empty
// value clears the field.
struct PersonalDetailsUpdate {
  std::optional<std::string> username;          // users.first_name (decision 5)
  std::optional<std::string> surname;           // users.last_name
  std::optional<std::string> personalid;        // users.clientid
  std::optional<std::string> taxation_country;  // users.taxation_country: a country (see below)
  std::optional<std::string> vat_reg_number;    // users.vat_number
  std::optional<std::string> reg_address;       // addresses.address
  std::optional<std::string> reg_postcode;      // addresses.postcode
  std::optional<std::string> reg_city;          // addresses.city
  std::optional<std::string> reg_country;       // addresses.county: free text, as MOR's form
  std::optional<std::string> reg_state;         // addresses.state
  std::optional<std::string> reg_direction;     // addresses.direction_id: a country (see below)
  std::optional<std::string> reg_phone;         // addresses.phone
  std::optional<std::string> reg_mobile;        // addresses.mob_phone
  std::optional<std::string> reg_fax;           // addresses.fax
  std::optional<std::string> reg_email;         // addresses.email
  std::optional<std::string> password;          // users.password, hashed (argon2id)
  std::optional<std::string> password_confirm;  // must equal password
};

// How a parameter is checked and stored.
enum class FieldKind {
  text,      // check_text() within max_chars
  country,   // a directions row by name or ISO 3166 alpha-3 code; stored as its id
  phone,     // valid_phone_number()
  email,     // valid_email()
  password,  // at least kMinPasswordChars, hashed; password_confirm is only compared
};

// Where a parameter is stored.
enum class FieldTable { users, addresses, none };

struct DetailField {
  std::string_view param;   // the spec's name: "reg_city"
  std::string_view option;  // the command line's: "--reg-city"
  std::string_view column;  // a fixed column name of `table` ("" for password_confirm)
  FieldTable table;
  FieldKind kind;
  std::size_t max_chars;  // characters (code points)
  std::optional<std::string> PersonalDetailsUpdate::*value;
};

// MOR-like column sizes (SQLite has none), in characters: names, address,
// city, country and state 255; personal id, VAT number and postcode 30;
// phones kMaxPhoneChars (30); e-mail kMaxEmailChars (254); passwords 8 to 255.
inline constexpr std::size_t kMaxNameChars = 255;
inline constexpr std::size_t kMaxCodeChars = 30;
inline constexpr std::size_t kMaxPasswordChars = 255;
inline constexpr std::size_t kMinPasswordChars = 8;

// The 17 parameters in the spec's order, which is also the order in which
// `-` values are read from stdin.
inline constexpr std::array<DetailField, 17> kDetailFields{{
    {"username", "--username", "first_name", FieldTable::users, FieldKind::text, kMaxNameChars,
     &PersonalDetailsUpdate::username},
    {"surname", "--surname", "last_name", FieldTable::users, FieldKind::text, kMaxNameChars,
     &PersonalDetailsUpdate::surname},
    {"personalid", "--personalid", "clientid", FieldTable::users, FieldKind::text, kMaxCodeChars,
     &PersonalDetailsUpdate::personalid},
    {"taxation_country", "--taxation-country", "taxation_country", FieldTable::users, FieldKind::country,
     kMaxNameChars, &PersonalDetailsUpdate::taxation_country},
    {"vat_reg_number", "--vat-reg-number", "vat_number", FieldTable::users, FieldKind::text, kMaxCodeChars,
     &PersonalDetailsUpdate::vat_reg_number},
    {"reg_address", "--reg-address", "address", FieldTable::addresses, FieldKind::text, kMaxNameChars,
     &PersonalDetailsUpdate::reg_address},
    {"reg_postcode", "--reg-postcode", "postcode", FieldTable::addresses, FieldKind::text, kMaxCodeChars,
     &PersonalDetailsUpdate::reg_postcode},
    {"reg_city", "--reg-city", "city", FieldTable::addresses, FieldKind::text, kMaxNameChars,
     &PersonalDetailsUpdate::reg_city},
    {"reg_country", "--reg-country", "county", FieldTable::addresses, FieldKind::text, kMaxNameChars,
     &PersonalDetailsUpdate::reg_country},
    {"reg_state", "--reg-state", "state", FieldTable::addresses, FieldKind::text, kMaxNameChars,
     &PersonalDetailsUpdate::reg_state},
    {"reg_direction", "--reg-direction", "direction_id", FieldTable::addresses, FieldKind::country,
     kMaxNameChars, &PersonalDetailsUpdate::reg_direction},
    {"reg_phone", "--reg-phone", "phone", FieldTable::addresses, FieldKind::phone, kMaxPhoneChars,
     &PersonalDetailsUpdate::reg_phone},
    {"reg_mobile", "--reg-mobile", "mob_phone", FieldTable::addresses, FieldKind::phone, kMaxPhoneChars,
     &PersonalDetailsUpdate::reg_mobile},
    {"reg_fax", "--reg-fax", "fax", FieldTable::addresses, FieldKind::phone, kMaxPhoneChars,
     &PersonalDetailsUpdate::reg_fax},
    {"reg_email", "--reg-email", "email", FieldTable::addresses, FieldKind::email, kMaxEmailChars,
     &PersonalDetailsUpdate::reg_email},
    {"password", "--password", "password", FieldTable::users, FieldKind::password, kMaxPasswordChars,
     &PersonalDetailsUpdate::password},
    {"password_confirm", "--password-confirm", "", FieldTable::none, FieldKind::password, kMaxPasswordChars,
     &PersonalDetailsUpdate::password_confirm},
}};

// The value a field stores: text fields trimmed of spaces, passwords as given.
std::string stored_value(const DetailField& field, const std::string& given);

// True when no parameter is given.
bool nothing_to_change(const PersonalDetailsUpdate& update);

// The first problem of the given values, in kDetailFields order, as the
// status message of edit_personal in `lang` (one reason, naming the option);
// nullopt when every value passes. Checks text (UTF-8, no control
// characters, length), phone numbers, the e-mail address, the length of
// country names, and that password and password_confirm are given together,
// equal and long enough. Whether a country exists is looked up later, in
// the transaction that writes.
std::optional<std::string> details_problem(const PersonalDetailsUpdate& update, pages::Lang lang);

// The English keys of the password messages (i18n table).
namespace msg {
inline constexpr std::string_view kPasswordPair = "--password and --password-confirm must be given together";
inline constexpr std::string_view kPasswordMismatch = "--password and --password-confirm differ";
inline constexpr std::string_view kDetailsChanged = "Personal details changed";
}  // namespace msg

}  // namespace kolmi::actions
