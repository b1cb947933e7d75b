// kolmi admin monitor add|list|remove|check: alert rules for cron (issue 15
// item 4, MOR's Monitorings). Admins only; the checks and writes are
// core/monitor (monitor_rules, monitor_check), the views
// core/console/monitor_listing. check prints nothing and exits 0 when no
// rule tripped, else its findings and exit 1.
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/id_option.hpp"
#include "core/console/monitor_listing.hpp"
#include "core/error.hpp"
#include "core/monitor/monitor_check.hpp"
#include "core/monitor/monitor_rule.hpp"
#include "core/monitor/monitor_rules.hpp"
#include "core/store/conflines.hpp"
#include "core/store/monitorings.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::cli {

namespace {

std::string default_currency(store::Database& db) {
  return store::confline_str(db, store::conf::kDefaultCurrency);
}

// The options of add as typed; "given or not" read back from CLI11.
struct AddOptions {
  monitor::RuleSpec spec;
  std::string user, provider, by, above, below, period;
  std::int64_t device = 0, last = 0;
};

void run_add(Context& ctx, const monitor::RuleSpec& spec) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const monitor::RuleChange done = monitor::add_rule(db, spec, *ctx.clock);
  console::write_monitor_result(*ctx.tree_writer(format), "monitor_add", done.rule, default_currency(db),
                                done.message);
}

void run_list(Context& ctx) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const std::string currency = default_currency(db);
  console::write_monitor_list(*ctx.tree_writer(format), store::list_monitorings(db), currency);
}

void run_remove(Context& ctx, std::int64_t id) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const monitor::RuleChange done = monitor::remove_rule(db, id);
  console::write_monitor_result(*ctx.tree_writer(format), "monitor_remove", done.rule, default_currency(db),
                                done.message);
}

struct CheckArgs {
  std::string since;
  bool block = false;
};

void run_check(Context& ctx, const CheckArgs& a, bool since_given) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  monitor::CheckOptions o;
  if (since_given) {
    o.since = parse_utc(a.since);
    if (!o.since) {
      throw usage_error(fmt::format("--since: '{}' is not a time (YYYY-MM-DD HH:MM:SS or YYYY-MM-DD, UTC)",
                                    text::shown(a.since)));
    }
  }
  o.block = a.block;
  auto db = ctx.open_database();
  o.acting_user_id = require_admin(ctx, db).id;
  const monitor::CheckResult r = monitor::check_rules(db, o, *ctx.clock);
  if (r.findings.empty()) return;  // silent: cron mails nothing
  console::write_monitor_findings(*ctx.tree_writer(format), r.findings);
  ctx.exit_code = static_cast<int>(ExitCode::action_failed);
}

std::vector<std::string> words(const auto& list) { return {list.begin(), list.end()}; }

}  // namespace

void add_admin_monitor_commands(CLI::App& group, Context& ctx) {
  auto* cmd = group.add_subcommand("monitor", "Alert rules for cron: add, list, remove, check");
  cmd->require_subcommand(1);

  auto o = std::make_shared<AddOptions>();
  auto* add = cmd->add_subcommand("add", "Add an alert rule (kinds: spend, calls, minutes, rate, margin, "
                                             "unrated, unassigned)");
  add->add_option("KIND", o->spec.kind, "What the rule watches")
      ->required()
      ->check(CLI::IsMember(words(monitor::kRuleKinds)));
  auto* user = add->add_option("--user", o->user, "The user (login or id): spend, calls, minutes");
  auto* device = add->add_option("--device", o->device, "The device (id): calls, minutes")->check(id_number());
  auto* provider = add->add_option("--provider", o->provider, "Margin: only this provider's calls");
  auto* by = add->add_option("--by", o->by, "Margin per destination (the default) or per provider")
                 ->check(CLI::IsMember(words(monitor::kMarginGroups)));
  auto* above = add->add_option("--above", o->above,
                                "Trips above this: spend (default currency), calls, minutes, rate (per minute)")
                    ->type_name("NUMBER");
  auto* below = add->add_option("--below", o->below, "Margin: trips below this percentage")->type_name("PERCENT");
  auto* period = add->add_option("--period", o->period, "Window: the current day, week or month in the user's zone")
                     ->check(CLI::IsMember(words(monitor::kPeriodTypes)));
  auto* last = add->add_option("--last", o->last, "Window: the last MINUTES minutes")->type_name("MINUTES");
  period->excludes(last);
  user->excludes(device);
  add->callback([&ctx, o, user, device, provider, by, above, below, period, last] {
    monitor::RuleSpec& s = o->spec;
    if (*user) s.user = o->user;
    if (*device) s.device = o->device;
    if (*provider) s.provider = o->provider;
    if (*by) s.by = o->by;
    if (*above) s.above = o->above;
    if (*below) s.below = o->below;
    if (*period) s.period = o->period;
    if (*last) s.last = o->last;
    run_add(ctx, s);
  });

  cmd->add_subcommand("list", "List the alert rules")->callback([&ctx] { run_list(ctx); });

  auto id = std::make_shared<std::int64_t>(0);
  auto* remove_cmd = cmd->add_subcommand("remove", "Remove an alert rule");
  remove_cmd->add_option("ID", *id, "The rule's id (as monitor list shows it)")->required()->check(id_number());
  remove_cmd->callback([&ctx, id] { run_remove(ctx, *id); });

  auto c = std::make_shared<CheckArgs>();
  auto* check = cmd->add_subcommand(
      "check", "Evaluate every rule: print what tripped and exit 1, or print nothing and exit 0");
  auto* since = check->add_option("--since", c->since,
                                  "Look at no call before this (YYYY-MM-DD[ HH:MM:SS], UTC): the previous run")
                    ->type_name("TIME");
  check->add_flag("--block", c->block, "Block the users a spend rule tripped for (audited)");
  check->callback([&ctx, c, since] { run_check(ctx, *c, static_cast<bool>(*since)); });
}

}  // namespace kolmi::cli
