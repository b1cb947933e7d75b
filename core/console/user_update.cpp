#include "core/console/user_update.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/actions/details_validation.hpp"
#include "core/actions/value_checks.hpp"
#include "core/admin/accounts.hpp"
#include "core/error.hpp"
#include "core/store/tariff_rate_list.hpp"
#include "core/store/user_accounts.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

// An amount as an operator types one: digits, maybe a point and at most
// `max_decimals` more digits; no sign, exponent or separators. nullopt
// otherwise.
std::optional<Decimal> plain_amount(std::string_view text, int max_decimals) {
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(whole)) return std::nullopt;
  if (point != std::string_view::npos && (!digits(fraction) || fraction.size() > std::size_t(max_decimals)))
    return std::nullopt;
  return Decimal::parse(text);  // nullopt on overflow
}

// A name as stored: trimmed, valid text of at most kMaxNameChars.
std::string checked_name(const std::string& given, std::string_view option) {
  std::string value(actions::trim_spaces(given));
  if (auto p = actions::check_text(value, actions::kMaxNameChars); p != actions::TextProblem::none) {
    throw usage_error(actions::text_problem_message(pages::Lang::en, p, option, actions::kMaxNameChars));
  }
  return value;
}

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& names, std::string_view value) {
  return std::find(names.begin(), names.end(), value) != names.end();
}

bool nothing_given(const UserSettings& s) {
  return !s.tariff && !s.currency && !s.time_zone && !s.language && !s.vat && !s.postpaid && !s.credit &&
         !s.first_name && !s.last_name && !s.email && !s.usertype;
}

// Every check that needs no database, in the options' order; the values
// as they will be stored. Throws Error(usage) naming the option.
store::AccountUpdate check_values(const UserSettings& s) {
  store::AccountUpdate u;
  if (s.time_zone) {
    if (!is_known_time_zone(*s.time_zone))
      throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(*s.time_zone)));
    u.time_zone = *s.time_zone;
  }
  if (s.language) {
    if (!one_of(kLanguages, *s.language))
      throw usage_error(fmt::format("--lang: '{}' is not one of en, ru", text::shown(*s.language)));
    u.language = *s.language;
  }
  if (s.vat) {
    u.vat_percent = plain_amount(*s.vat, kMaxSettingDecimals);
    if (!u.vat_percent || *u.vat_percent > Decimal::from_units(100))
      throw usage_error(fmt::format("--vat: '{}' is not a percentage from 0 to 100 with at most {} decimals",
                                    text::shown(*s.vat), kMaxSettingDecimals));
  }
  u.postpaid = s.postpaid;
  if (s.credit) {
    u.credit = *s.credit == "unlimited" ? std::optional(Decimal::from_units(-1))
                                        : plain_amount(*s.credit, kMaxSettingDecimals);
    if (!u.credit)
      throw usage_error(fmt::format(
          "--credit: '{}' is neither an amount of at least 0 with at most {} decimals nor 'unlimited'",
          text::shown(*s.credit), kMaxSettingDecimals));
  }
  if (s.first_name) u.first_name = checked_name(*s.first_name, "--first-name");
  if (s.last_name) u.last_name = checked_name(*s.last_name, "--last-name");
  if (s.email) {
    std::string value(actions::trim_spaces(*s.email));
    if (!value.empty() && !actions::valid_email(value))
      throw usage_error(actions::field_message(pages::Lang::en, actions::msg::kBadEmail, "--email"));
    u.email = value;
  }
  if (s.usertype) {
    if (!one_of(admin::kUserTypes, *s.usertype))
      throw usage_error(fmt::format("--usertype: '{}' is not one of user, admin", text::shown(*s.usertype)));
    u.usertype = *s.usertype;
  }
  return u;
}

// The look-ups: tariff and currency by name. Throws Error(not_found) for
// an unknown one, Error(usage) for a provider tariff or an inactive currency.
void resolve(store::Database& db, const UserSettings& s, store::AccountUpdate& u) {
  if (s.tariff) {
    auto t = store::find_tariff(db, *s.tariff);
    if (!t) throw not_found_error(fmt::format("--tariff: no tariff named '{}'", text::shown(*s.tariff)));
    if (t->purpose != "user")
      throw usage_error(fmt::format("--tariff: '{}' is a {} tariff; a user needs a user tariff",
                                    text::shown(t->name), text::shown(t->purpose)));
    u.tariff_id = t->id;
  }
  if (s.currency) {
    auto c = store::find_currency(db, *s.currency);
    if (!c) throw not_found_error(fmt::format("--currency: no currency '{}'", text::shown(*s.currency)));
    if (!c->active)
      throw usage_error(fmt::format("--currency: currency '{}' is not active", text::shown(*s.currency)));
    u.currency_id = c->id;
  }
}

// The show's field names of the given options, in the show's order.
std::vector<std::string_view> given_fields(const UserSettings& s) {
  std::vector<std::string_view> f;
  if (s.first_name) f.push_back("first_name");
  if (s.last_name) f.push_back("last_name");
  if (s.email) f.push_back("email");
  if (s.usertype) f.push_back("type");
  if (s.tariff) f.push_back("tariff");
  if (s.currency) f.push_back("currency");
  if (s.time_zone) f.push_back("zone");
  if (s.language) f.push_back("language");
  if (s.vat) f.push_back("vat");
  if (s.postpaid) f.push_back("account");
  if (s.credit) f.push_back("credit");
  return f;
}

std::string value_of(const std::vector<ShownField>& fields, std::string_view name) {
  for (const ShownField& f : fields) {
    if (f.name == name) return f.currency.empty() ? f.value : fmt::format("{} {}", f.value, f.currency);
  }
  return {};
}

}  // namespace

UserChanges set_user_account(store::Database& db, std::string_view user, const UserSettings& settings) {
  if (nothing_given(settings)) {
    throw usage_error("admin user set: nothing to change; give at least one of its options");
  }
  store::AccountUpdate update = check_values(settings);

  store::Transaction tx(db);
  std::optional<store::User> found = store::find_user(db, user);
  if (!found) throw not_found_error(fmt::format("no user '{}'", text::shown(user)));
  resolve(db, settings, update);
  if (found->is_admin() && update.usertype && *update.usertype != "admin" &&
      store::other_active_admins(db, found->id) == 0) {
    throw action_error(
        fmt::format("'{}' is the last admin who is not blocked; make another user an admin first",
                    text::shown(found->username)));
  }
  const std::vector<ShownField> before = shown_fields(load_account_settings(db, *found));
  // Every value is valid from here on: write.
  store::update_user_account(db, found->id, update);
  const std::vector<std::string_view> fields = given_fields(settings);
  std::string names;
  for (std::string_view f : fields) {
    names += names.empty() ? "" : " ";
    names += f;
  }
  tx.audit({.target_type = "user",
            .target_id = found->id,
            .data = fmt::format("login {}: {}", found->username, names)});
  const std::vector<ShownField> after =
      shown_fields(load_account_settings(db, *store::find_user_by_id(db, found->id)));
  tx.commit();

  UserChanges out{found->id, found->username, {}};
  for (std::string_view f : fields) out.changes.push_back({f, value_of(before, f), value_of(after, f)});
  return out;
}

void write_user_changes(output::TreeWriter& w, const UserChanges& changes) {
  static constexpr std::string_view kColumns[] = {"field", "before", "after"};
  w.begin("user_set");
  w.integer("id", changes.id);
  w.text("login", changes.login);
  w.open_list("changes", "change", kColumns);
  for (const FieldChange& c : changes.changes) {
    w.open_item();
    w.text("field", c.field);
    w.text("before", c.before);
    w.text("after", c.after);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
