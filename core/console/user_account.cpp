#include "core/console/user_account.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/call_queries.hpp"
#include "core/store/conflines.hpp"
#include "core/store/user_accounts.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kFieldColumns[] = {"field", "value", "currency"};

// One field with its type, so the record writes it typed and the field
// rows write its text.
struct Field {
  enum class Kind { text, number, integer, money, time } kind = Kind::text;
  std::string_view name{};
  std::string text{};  // text, a number's digits, a time ("" = never)
  std::int64_t integer = 0;
  Decimal amount{};
  std::string currency{};  // money only
};

Field text_field(std::string_view name, std::string value) {
  return {Field::Kind::text, name, std::move(value)};
}
Field int_field(std::string_view name, std::int64_t value) {
  return {Field::Kind::integer, name, {}, value};
}
Field money_field(std::string_view name, Decimal amount, const std::string& currency) {
  return {Field::Kind::money, name, {}, 0, amount, currency};
}
Field time_field(std::string_view name, const std::optional<std::string>& value) {
  return {Field::Kind::time, name, value.value_or("")};
}

std::string devices_text(const std::vector<store::Device>& devices) {
  std::string out;
  for (const store::Device& d : devices) {
    if (!out.empty()) out += ", ";
    out += fmt::format("#{} {}", d.id, d.label());
  }
  return out;
}

// The fields before the devices, and those after them.
std::vector<Field> head_fields(const UserAccount& a) {
  const store::User& u = a.user;
  std::vector<Field> f;
  f.push_back(int_field("id", u.id));
  f.push_back(text_field("login", u.username));
  f.push_back(text_field("first_name", u.first_name));
  f.push_back(text_field("last_name", u.last_name));
  f.push_back(text_field("email", a.email));
  f.push_back(text_field("type", u.usertype));
  f.push_back(text_field("blocked", u.blocked ? "yes" : "no"));
  f.push_back(text_field("tariff", a.tariff));
  f.push_back(text_field("currency", u.currency));
  f.push_back(text_field("zone", u.time_zone));
  f.push_back(text_field("language", u.language));
  f.push_back(Field{Field::Kind::number, "vat", u.vat_percent.to_string()});
  f.push_back(text_field("account", u.postpaid ? "postpaid" : "prepaid"));
  if (u.no_credit_limit()) {
    f.push_back(text_field("credit", "unlimited"));
  } else {
    f.push_back(money_field("credit", u.credit, a.default_currency));
  }
  f.push_back(money_field("balance", u.balance, a.default_currency));
  return f;
}

std::vector<Field> tail_fields(const UserAccount& a) {
  std::vector<Field> f;
  f.push_back(text_field("created", a.created_at));
  f.push_back(time_field("last_login", a.user.last_login_at));
  f.push_back(time_field("previous_login", a.user.previous_login_at));
  if (a.month) {
    f.push_back(text_field("month", a.month->month));
    f.push_back(int_field("month_calls", a.month->calls));
    f.push_back(money_field("month_price", a.month->price, a.default_currency));
    f.push_back(int_field("month_unrated", a.month->unrated));
  }
  return f;
}

std::string row_value(const Field& f) {
  switch (f.kind) {
    case Field::Kind::integer:
      return std::to_string(f.integer);
    case Field::Kind::money:
      return f.amount.to_string();
    case Field::Kind::text:
    case Field::Kind::number:
    case Field::Kind::time:
      break;
  }
  return f.text;
}

void write_leaf(output::TreeWriter& w, const Field& f, int digits) {
  switch (f.kind) {
    case Field::Kind::text:
      w.text(f.name, f.text);
      return;
    case Field::Kind::integer:
      w.integer(f.name, f.integer);
      return;
    case Field::Kind::money:
      w.money(f.name, f.amount, fmt::format("{} {}", f.amount.to_string(digits), f.currency), f.currency);
      return;
    case Field::Kind::number:
      w.number(f.name, f.text);
      return;
    case Field::Kind::time:
      // Never: empty in XML, null in JSON.
      if (f.text.empty()) {
        w.number(f.name, "");
      } else {
        w.text(f.name, f.text);
      }
      return;
  }
}

void write_row(output::TreeWriter& w, std::string_view name, std::string_view value,
               std::string_view currency) {
  w.open_item();
  w.text("field", name);
  w.text("value", value);
  w.text("currency", currency);
  w.close();
}

}  // namespace

UserAccount load_account_settings(store::Database& db, const store::User& user) {
  UserAccount a;
  a.user = user;
  a.tariff = store::tariff_name(db, user.tariff_id);
  a.email = store::user_email(db, user.id);
  a.created_at = store::user_created_at(db, user.id);
  a.devices = store::user_devices(db, user.id);
  a.default_currency = store::confline_str(db, store::conf::kDefaultCurrency);
  a.digits = static_cast<int>(store::confline_int(db, store::conf::kNiceNumberDigits));
  return a;
}

UserAccount load_user_account(store::Database& db, std::string_view user, const Clock& clock) {
  std::optional<store::User> found = store::find_user(db, user);
  if (!found) throw not_found_error(fmt::format("no user '{}'", text::shown(user)));
  UserAccount a = load_account_settings(db, *found);
  // A zone kolmi cannot read (a hand-edited row) counts the month in UTC
  // rather than hiding the whole account.
  const TimeZone zone(is_known_time_zone(found->time_zone) ? found->time_zone : "UTC");
  const Seconds now = clock.now();
  const Seconds from = zone.start_of_month(now), till = zone.start_of_next_month(now);
  MonthCalls m;
  m.month = zone.local_date(now).substr(0, 7);
  m.calls = store::user_call_totals(db, found->id, from, till).count;
  const store::OutgoingCharges charges = store::outgoing_charges(db, found->id, from, till);
  m.price = charges.price;
  m.unrated = charges.unrated;
  a.month = m;
  return a;
}

std::vector<ShownField> shown_fields(const UserAccount& account) {
  std::vector<ShownField> out;
  auto add = [&out](const Field& f) {
    out.push_back({f.name, row_value(f), f.kind == Field::Kind::money ? f.currency : std::string()});
  };
  for (const Field& f : head_fields(account)) add(f);
  out.push_back({"devices", devices_text(account.devices), {}});
  for (const Field& f : tail_fields(account)) add(f);
  return out;
}

void write_user_account(output::TreeWriter& w, const UserAccount& account, AccountShape shape) {
  w.begin("user_show");
  if (shape == AccountShape::fields) {
    w.open_list("fields", "field", kFieldColumns);
    for (const ShownField& f : shown_fields(account)) write_row(w, f.name, f.value, f.currency);
    w.finish();
    return;
  }
  w.open("user");
  for (const Field& f : head_fields(account)) write_leaf(w, f, account.digits);
  w.open_list("devices", "device");
  for (const store::Device& d : account.devices) {
    w.open_item();
    w.integer("id", d.id);
    w.text("type", d.device_type);
    w.text("name", d.name);
    w.close();
  }
  w.close();
  for (const Field& f : tail_fields(account)) write_leaf(w, f, account.digits);
  w.finish();
}

}  // namespace kolmi::console
