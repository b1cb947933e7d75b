#include "core/admin/listings.hpp"

#include <fmt/format.h>

namespace kolmi::admin {

namespace {
constexpr std::string_view kUserColumns[] = {"id",      "login",   "type",             "name",
                                             "currency", "tariff", "blocked",          "balance",
                                             "balance_currency", "zone", "last_login"};
constexpr std::string_view kDeviceColumns[] = {"id",       "user",       "type",        "name",
                                               "extension", "accountcode", "callerid", "grace_time",
                                               "description"};
constexpr std::string_view kResultColumns[] = {"login", "id", "message"};
}  // namespace

void write_admin_result(output::TreeWriter& w, std::string_view root, std::string_view login, std::int64_t id,
                        std::string_view message) {
  w.begin(root);
  w.open_record("result", kResultColumns);
  w.text("login", login);
  if (id > 0) {
    w.integer("id", id);
  } else {
    w.number("id", "");
  }
  w.text("message", message);
  w.finish();
}

void write_user_list(output::TreeWriter& w, const std::vector<UserRow>& users) {
  w.begin("users");
  w.open_repeated("user", kUserColumns);
  for (const UserRow& u : users) {
    w.open_item();
    w.integer("id", u.id);
    w.text("login", u.login);
    w.text("type", u.usertype);
    w.text("name", u.name);
    w.text("currency", u.currency);
    w.text("tariff", u.tariff);
    w.text("blocked", u.blocked ? "yes" : "no");
    w.money("balance", u.balance, fmt::format("{} {}", u.balance.to_string(), u.balance_currency),
            u.balance_currency);
    w.text("zone", u.time_zone);
    w.text("last_login", u.last_login);
    w.close();
  }
  w.finish();
}

void write_device_list(output::TreeWriter& w, const std::vector<DeviceRow>& devices) {
  w.begin("devices");
  w.open_repeated("device", kDeviceColumns);
  for (const DeviceRow& d : devices) {
    w.open_item();
    w.integer("id", d.id);
    w.text("user", d.user);
    w.text("type", d.type);
    w.text("name", d.name);
    w.text("extension", d.extension);
    w.text("accountcode", d.accountcode);
    w.text("callerid", d.callerid);
    w.integer("grace_time", d.grace_time);
    w.text("description", d.description);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::admin
