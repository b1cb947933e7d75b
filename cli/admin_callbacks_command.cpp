// kolmi admin callbacks: every callback request, any user's, with its
// numbers, call file and outcome (issue 13 item 5). Admins only.
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "cli/admin_common.hpp"
#include "cli/period_options.hpp"
#include "core/callback/spool.hpp"
#include "core/console/callback_listing.hpp"

namespace kolmi::cli {

namespace {

void run_admin_callbacks(Context& ctx, const console::CallbackListRequest& request) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  // Every check (status, zone, period, user) before the first byte of output.
  const console::CallbackSearch search = console::callback_search(db, request, *ctx.clock);
  console::write_callback_list(*ctx.tree_writer(format), db, search, callback::call_file_in_spool);
}

}  // namespace

void add_admin_callbacks_command(CLI::App& admin, Context& ctx) {
  auto request = std::make_shared<console::CallbackListRequest>();
  auto* cmd =
      admin.add_subcommand("callbacks", "Callback requests: numbers, call file, queued, written or failed");
  add_period_options(cmd, {.zone = "--tz",
                           .from_default = "no bound",
                           .till_default = "no bound",
                           .till_alone = "alone, that day"});
  cmd->add_option("--tz", request->time_zone, "Time zone of --from, --till and --period")
      ->capture_default_str();
  cmd->add_option("--user", request->user, "Only this user's requests")->type_name("LOGIN|ID");
  cmd->add_option("--status", request->status,
                  "queued: the call file waits in the spool; written: Asterisk took it; failed: refused")
      ->type_name("STATUS")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(console::kCallbackStatuses),
                                                     std::end(console::kCallbackStatuses))));
  cmd->callback([&ctx, request, cmd] {
    PeriodValues period = period_values(cmd);
    request->from = std::move(period.from);
    request->till = std::move(period.till);
    request->period = std::move(period.period);
    run_admin_callbacks(ctx, *request);
  });
}

}  // namespace kolmi::cli
