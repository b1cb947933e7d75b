// kolmi admin log: the audit trail (issue 12 item 7), every committed write
// of an admin, as themselves or with --as. Admins only.
#include <memory>

#include "cli/admin_common.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "core/console/audit_log.hpp"

namespace kolmi::cli {

namespace {

void run_admin_log(Context& ctx, const console::ActionLogRequest& request) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  // Every check (zone, period, user) before the first byte of output.
  const store::ActionFilter filter = console::action_filter(db, request, *ctx.clock);
  console::write_action_log(*ctx.tree_writer(format), db, filter);
}

}  // namespace

void add_admin_log_command(CLI::App& admin, Context& ctx) {
  auto request = std::make_shared<console::ActionLogRequest>();
  auto* cmd = admin.add_subcommand("log", "The audit trail: every write of an admin, and every write made with --as");
  add_period_options(cmd, {.zone = "--tz",
                           .from_default = "no bound",
                           .till_default = "no bound",
                           .till_alone = "alone, that day"});
  cmd->add_option("--tz", request->time_zone, "Time zone of --from, --till and --period")->capture_default_str();
  cmd->add_option("--user", request->user,
                  "Only the rows of this user (login or id): who acted, who was acted as, or the user changed");
  cmd->callback([&ctx, request, cmd] {
    PeriodValues period = period_values(cmd);
    request->from = std::move(period.from);
    request->till = std::move(period.till);
    request->period = std::move(period.period);
    run_admin_log(ctx, *request);
  });
}

}  // namespace kolmi::cli
