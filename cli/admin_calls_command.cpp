// kolmi admin calls: every call in the database, any user's, with its
// owner, pricing and why it is unrated (issue 12). Admins only.
#include <memory>

#include "cli/admin_common.hpp"
#include "cli/id_option.hpp"
#include "cli/period_options.hpp"
#include "core/console/call_listing.hpp"
#include "core/console/call_search.hpp"
#include "core/store/conflines.hpp"

namespace kolmi::cli {

namespace {

void run_admin_calls(Context& ctx, const console::CallSearchRequest& request) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const store::AdminCallFilter filter = console::load_call_search(db, *ctx.clock, request);
  const std::string currency = store::confline_str(db, store::conf::kDefaultCurrency);
  // Opened before the first byte goes out, so a failure prints nothing.
  store::AdminCallCursor calls = store::AdminCallCursor::open(db, filter);
  console::write_admin_calls(*ctx.tree_writer(format), calls, currency);
}

}  // namespace

void add_admin_calls_command(CLI::App& admin, Context& ctx) {
  auto r = std::make_shared<console::CallSearchRequest>();
  auto* cmd =
      admin.add_subcommand("calls", "Every call of every user: owner, prefix, rate, price, why unrated");
  add_period_options(cmd, {.zone = "--tz", .from_default = "today", .till_default = "the end of today"});
  cmd->add_option("--tz", r->time_zone, "Time zone of --from, --till and --period")->capture_default_str();
  cmd->add_option("--user", r->user, "Only this user's calls (made by them or to their devices)")
      ->type_name("LOGIN|ID");
  cmd->add_option("--device", r->device, "Only calls made by or to this device")
      ->type_name("ID")
      ->check(id_number());
  cmd->add_option("--src", r->src, "Caller number: a prefix, or a pattern with * (digits, +, *)")
      ->type_name("PATTERN");
  cmd->add_option("--dst", r->dst, "Called number: a prefix, or a pattern with * (digits, +, *)")
      ->type_name("PATTERN");
  cmd->add_option("--disposition", r->disposition, "ANSWERED, 'NO ANSWER', BUSY or FAILED (any other)")
      ->type_name("D");
  cmd->add_flag("--unrated", r->unrated, "Only calls without a price");
  cmd->add_flag("--unassigned", r->unassigned, "Only calls no device matched at import");
  cmd->add_flag("--no-provider", r->no_provider,
                "Only outgoing calls without a buy price (no provider matched, or no rate in its tariff)");
  cmd->add_option("--uniqueid", r->uniqueid,
                  "Only the call with this unique id (any day unless a period is given)")
      ->type_name("X");
  cmd->add_option("--limit", r->limit, "At most N calls")->type_name("N");
  cmd->callback([&ctx, r, cmd] {
    PeriodValues period = period_values(cmd);
    r->from = std::move(period.from);
    r->till = std::move(period.till);
    r->period = std::move(period.period);
    run_admin_calls(ctx, *r);
  });
}

}  // namespace kolmi::cli
