// kolmi admin ...: operator work (accounts, devices; imports and rerate in
// admin_import_commands.cpp). Every command first finds who is asking and
// refuses anyone but an admin.
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "cli/terminal.hpp"
#include "core/admin/accounts.hpp"
#include "core/admin/listings.hpp"
#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::cli {

store::User require_admin(const Context& ctx, store::Database& db) {
  store::User user = acting_user(ctx, db);
  if (!user.is_admin())
    throw auth_error(fmt::format("kolmi admin needs an admin (you are {})", user.username));
  return user;
}

namespace {

// Money and percentages are exact decimals, checked at the edge.
CLI::Validator decimal_check() {
  return CLI::Validator(
      [](std::string& s) {
        return Decimal::parse(s) ? std::string() : fmt::format("'{}' is not a number", text::shown(s));
      },
      "DECIMAL");
}

// --secret takes only '-' (a secret on the command line is visible to ps);
// anything else is refused without being shown: it may be the secret.
CLI::Validator stdin_only_secret() {
  return CLI::Validator(
      [](std::string& s) {
        return s == "-" ? std::string()
                        : std::string("give - and the secret on stdin (the value given is not shown)");
      },
      "-");
}

template <std::size_t N>
std::vector<std::string> choices(const std::array<std::string_view, N>& names) {
  return {names.begin(), names.end()};
}

// A new password: from stdin with --password-stdin, else typed without echo.
// KOLMI_PASSWORD is never used here: it holds the acting admin's password.
std::string new_password(const Context& ctx, bool from_stdin, std::string_view login) {
  if (from_stdin) return read_line(ctx.in, "the password");
  const std::string prompt = fmt::format("Password for {}: ", login);
  if (auto typed = read_secret_from_terminal(prompt.c_str())) return *typed;
  throw usage_error("no password: use --password-stdin");
}

struct UserAddOptions {
  admin::NewUser user;
  bool password_stdin = false;
  std::string vat = "0", credit = "0";
  bool postpaid = false;  // the default; the flag exists so scripts can say so
  bool prepaid = false;
};

void run_user_add(Context& ctx, UserAddOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  o.user.password = new_password(ctx, o.password_stdin, o.user.login);
  o.user.vat_percent = *Decimal::parse(o.vat);
  o.user.credit = *Decimal::parse(o.credit);
  o.user.postpaid = !o.prepaid;
  const std::int64_t id = admin::add_user(db, o.user, *ctx.clock);
  admin::write_admin_result(*ctx.tree_writer(format), "user_add", o.user.login, id,
                            fmt::format("Created user '{}' (id {}).", o.user.login, id));
}

void run_user_list(Context& ctx, const admin::UserFilter& filter) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  admin::write_user_list(*ctx.tree_writer(format), admin::list_users(db, filter));
}

void run_user_passwd(Context& ctx, const std::string& login, bool from_stdin) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  admin::set_password(db, login, new_password(ctx, from_stdin, login));
  admin::write_admin_result(*ctx.tree_writer(format), "user_passwd", login, 0,
                            fmt::format("Changed the password of '{}'; their sessions ended.", login));
}

void run_user_block(Context& ctx, const std::string& login, bool blocked) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  const store::User me = require_admin(ctx, db);
  admin::set_blocked(db, login, blocked, me.id);
  admin::write_admin_result(*ctx.tree_writer(format), blocked ? "user_block" : "user_unblock", login, 0,
                            blocked ? fmt::format("Blocked '{}'; their sessions ended.", login)
                                    : fmt::format("Unblocked '{}'.", login));
}

struct DeviceAddOptions {
  admin::NewDevice device;
  std::string secret;  // "-": read from stdin
};

void run_device_add(Context& ctx, DeviceAddOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  if (!o.secret.empty()) o.device.secret = read_line(ctx.in, "the device secret");
  const std::int64_t id = admin::add_device(db, o.device);
  admin::write_admin_result(
      *ctx.tree_writer(format), "device_add", o.device.user, id,
      fmt::format("Created device {}/{} (id {}) of '{}'.", o.device.type, o.device.name, id, o.device.user));
}

void run_device_list(Context& ctx, const std::string& user) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  auto devices = admin::list_devices(db, user.empty() ? std::nullopt : std::optional<std::string_view>(user));
  admin::write_device_list(*ctx.tree_writer(format), devices);
}

void add_user_commands(CLI::App& group, Context& ctx) {
  auto* user = group.add_subcommand("user", "Users: add, list, show, set, passwd, block, unblock");
  user->require_subcommand(1);

  auto add_opts = std::make_shared<UserAddOptions>();
  auto& nu = add_opts->user;
  auto* add = user->add_subcommand("add", "Create a user (password from --password-stdin or typed)");
  add->add_option("LOGIN", nu.login, "Login name")->required();
  add->add_flag("--password-stdin", add_opts->password_stdin, "Read the password from stdin");
  add->add_option("--first-name", nu.first_name, "First name");
  add->add_option("--last-name", nu.last_name, "Last name");
  add->add_option("--usertype", nu.usertype, "user or admin")
      ->check(CLI::IsMember(choices(admin::kUserTypes)));
  add->add_option("--tariff", nu.tariff, "Retail tariff (by name) that prices the user's calls");
  add->add_option("--currency", nu.currency, "Currency code (default: the default currency)");
  add->add_option("--vat", add_opts->vat, "VAT percent")->check(decimal_check());
  add->add_option("--time-zone", nu.time_zone, "IANA time zone")->capture_default_str();
  auto* postpaid = add->add_flag("--postpaid", add_opts->postpaid, "Postpaid (the default)");
  add->add_flag("--prepaid", add_opts->prepaid, "Prepaid")->excludes(postpaid);
  auto* credit =
      add->add_option("--credit", add_opts->credit, "Credit limit, default currency")->check(decimal_check());
  add->add_flag("--no-credit-limit", nu.no_credit_limit, "No credit limit")->excludes(credit);
  add->callback([&ctx, add_opts] { run_user_add(ctx, *add_opts); });

  auto filter = std::make_shared<admin::UserFilter>();
  auto* list = user->add_subcommand("list", "List the users");
  list->add_flag("--blocked", filter->blocked_only, "Only blocked users");
  list->add_option("--tariff", filter->tariff, "Only the users this tariff (by name) prices")->type_name("NAME");
  list->callback([&ctx, filter] { run_user_list(ctx, *filter); });
  add_admin_user_console_commands(*user, ctx);

  struct LoginArg {
    std::string login;
    bool password_stdin = false;
  };
  auto passwd_opts = std::make_shared<LoginArg>();
  auto* passwd = user->add_subcommand("passwd", "Set a user's password and end their sessions");
  passwd->add_option("LOGIN", passwd_opts->login, "Login name")->required();
  passwd->add_flag("--password-stdin", passwd_opts->password_stdin, "Read the password from stdin");
  passwd->callback(
      [&ctx, passwd_opts] { run_user_passwd(ctx, passwd_opts->login, passwd_opts->password_stdin); });

  for (bool blocked : {true, false}) {
    auto login = std::make_shared<std::string>();
    auto* cmd = user->add_subcommand(blocked ? "block" : "unblock",
                                     blocked ? "Block a user and end their sessions" : "Unblock a user");
    cmd->add_option("LOGIN", *login, "Login name")->required();
    cmd->callback([&ctx, login, blocked] { run_user_block(ctx, *login, blocked); });
  }
}

void add_device_commands(CLI::App& group, Context& ctx) {
  auto* device = group.add_subcommand("device", "Devices: add, list");
  device->require_subcommand(1);

  auto o = std::make_shared<DeviceAddOptions>();
  auto& d = o->device;
  auto* add = device->add_subcommand("add", "Create a device of a user");
  add->add_option("--user", d.user, "Owner's login")->required();
  add->add_option("--type", d.type, "Technology")
      ->required()
      ->check(CLI::IsMember(choices(admin::kDeviceTypes)));
  add->add_option("--name", d.name, "Peer name, as in channel names (SIP/NAME-...)")->required();
  add->add_option("--extension", d.extension, "Extension number");
  add->add_option("--secret", o->secret, "'-': read the device's secret from stdin")
      ->check(stdin_only_secret());
  add->add_option("--callerid", d.callerid, "Caller ID");
  add->add_option("--description", d.description, "Description");
  add->add_option("--grace-time", d.grace_time, "Seconds a call may last and still cost nothing")
      ->check(CLI::NonNegativeNumber);
  add->add_option("--accountcode", d.accountcode, "Asterisk accountcode of the device's calls");
  add->callback([&ctx, o] { run_device_add(ctx, *o); });

  auto user = std::make_shared<std::string>();
  auto* list = device->add_subcommand("list", "List the devices");
  list->add_option("--user", *user, "Only this user's devices");
  list->callback([&ctx, user] { run_device_list(ctx, *user); });
}

}  // namespace

void add_admin_commands(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("admin", "Operator commands (admins only)");
  group->require_subcommand(1);
  add_user_commands(*group, ctx);
  add_device_commands(*group, ctx);
  add_admin_payment_commands(*group, ctx);
  add_admin_import_commands(*group, ctx);
  add_admin_tariff_commands(*group, ctx);
  add_admin_provider_commands(*group, ctx);
  add_admin_calls_command(*group, ctx);
  add_admin_report_command(*group, ctx);
  add_admin_explain_commands(*group, ctx);
  add_admin_log_command(*group, ctx);
  add_admin_currency_commands(*group, ctx);
  add_admin_config_commands(*group, ctx);
  add_admin_callbacks_command(*group, ctx);
  add_admin_invoice_commands(*group, ctx);
  add_admin_monitor_commands(*group, ctx);
  add_admin_copy_command(*group, ctx);
}

}  // namespace kolmi::cli
