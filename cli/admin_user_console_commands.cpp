// kolmi admin user show and kolmi admin user set: one user's account, read
// and changed by an operator (issue 13). Admins only.
#include <memory>

#include "cli/admin_common.hpp"
#include "cli/session.hpp"
#include "core/admin/accounts.hpp"
#include "core/console/user_account.hpp"
#include "core/console/user_update.hpp"

namespace kolmi::cli {

namespace {

void run_user_show(Context& ctx, const std::string& user) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const console::UserAccount account = console::load_user_account(db, user, *ctx.clock);
  console::write_user_account(*ctx.tree_writer(format), account, console::account_shape(format));
}

struct UserSetOptions {
  std::string user;
  console::UserSettings settings;
  bool postpaid = false, prepaid = false;
};

void run_user_set(Context& ctx, UserSetOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  if (o.postpaid || o.prepaid) o.settings.postpaid = o.postpaid;
  const console::UserChanges changes = console::set_user_account(db, o.user, o.settings);
  console::write_user_changes(*ctx.tree_writer(format), changes);
}

template <std::size_t N>
std::vector<std::string> choices(const std::array<std::string_view, N>& names) {
  return {names.begin(), names.end()};
}

}  // namespace

void add_admin_user_console_commands(CLI::App& user, Context& ctx) {
  auto login = std::make_shared<std::string>();
  auto* show = user.add_subcommand(
      "show", "One user's account: billing, money, devices, logins and this month's calls");
  show->add_option("USER", *login, "Login name, or user id")->required();
  show->callback([&ctx, login] { run_user_show(ctx, *login); });

  auto o = std::make_shared<UserSetOptions>();
  auto& s = o->settings;
  auto* set = user.add_subcommand(
      "set", "Change a user's tariff, currency, zone, language, VAT, billing, credit, names, e-mail or type");
  set->add_option("USER", o->user, "Login name, or user id")->required();
  set->add_option("--tariff", s.tariff, "Retail tariff (by name) that prices the user's calls")
      ->type_name("NAME");
  set->add_option("--currency", s.currency, "Currency code (an active currency)")->type_name("CODE");
  set->add_option("--tz", s.time_zone, "IANA time zone")->type_name("ZONE");
  set->add_option("--lang", s.language, "Language of the user's pages")
      ->check(CLI::IsMember(choices(console::kLanguages)));
  set->add_option("--vat", s.vat, "VAT percent, 0 to 100, at most 4 decimals")->type_name("PERCENT");
  auto* postpaid = set->add_flag("--postpaid", o->postpaid, "Postpaid: billed after use");
  set->add_flag("--prepaid", o->prepaid, "Prepaid: pays in advance")->excludes(postpaid);
  set->add_option("--credit", s.credit, "Credit limit in the default currency, or 'unlimited'")
      ->type_name("AMOUNT|unlimited");
  set->add_option("--first-name", s.first_name, "First name ('' clears it)");
  set->add_option("--last-name", s.last_name, "Last name ('' clears it)");
  set->add_option("--email", s.email, "E-mail address ('' clears it)")->type_name("ADDRESS");
  set->add_option("--usertype", s.usertype, "user or admin (the last admin cannot be demoted)")
      ->check(CLI::IsMember(choices(admin::kUserTypes)));
  set->callback([&ctx, o] { run_user_set(ctx, *o); });
}

}  // namespace kolmi::cli
