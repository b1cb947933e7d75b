// kolmi admin explain CALL_ID and kolmi admin rate NUMBER: the operator
// console's pricing answers (issue 12). Admins only; read-only.
#include <memory>
#include <optional>
#include <string>

#include "cli/admin_common.hpp"
#include "cli/id_option.hpp"
#include "cli/session.hpp"
#include "core/console/call_explanation.hpp"
#include "core/console/rate_quote.hpp"
#include "core/error.hpp"

namespace kolmi::cli {

namespace {

// A year: longer is no call, and keeps every price far from overflow.
constexpr std::int64_t kLongestCall = 366LL * 24 * 3600;

void run_explain(Context& ctx, std::int64_t call_id) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const console::CallExplanation e = console::explain_call(db, call_id);
  console::write_call_explanation(*ctx.tree_writer(format), e);
  // A script sweeping calls for drift reads the exit status.
  if (!e.matches) ctx.exit_code = static_cast<int>(ExitCode::action_failed);
}

void run_rate(Context& ctx, const console::RateQuestion& q) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  const console::RateQuote quote = console::quote_rate(db, q, *ctx.clock);
  console::write_rate_quote(*ctx.tree_writer(format), quote);
  if (!quote.priced()) ctx.exit_code = static_cast<int>(ExitCode::action_failed);
}

}  // namespace

void add_admin_explain_commands(CLI::App& group, Context& ctx) {
  auto call_id = std::make_shared<std::int64_t>(0);
  auto* explain = group.add_subcommand(
      "explain", "The whole pricing decision of a stored call; exit 1 when its stored price is not today's");
  explain->add_option("CALL_ID", *call_id, "The call's id (kolmi admin calls shows it)")
      ->required()
      ->check(id_number());
  explain->callback([&ctx, call_id] { run_explain(ctx, *call_id); });

  auto q = std::make_shared<console::RateQuestion>();
  auto duration = std::make_shared<std::int64_t>(0);
  auto* rate = group.add_subcommand("rate", "What a call to NUMBER would cost, and why");
  rate->add_option("NUMBER", q->number, "The number as dialled (digits, optionally + or 00 first)")->required();
  auto* user = rate->add_option("--user", q->user, "Price it with this user's tariff (login or id)");
  auto* tariff = rate->add_option("--tariff", q->tariff, "Price it with this tariff (name)");
  user->excludes(tariff);
  tariff->excludes(user);
  rate->add_option("--at", q->at,
                   "When the call starts, 'YYYY-MM-DD[ HH:MM:SS]' on the --tz wall clock (default: now)");
  rate->add_option("--tz", q->zone, "Time zone of --at (default: the user's, UTC with --tariff)");
  auto* duration_option =
      rate->add_option("--duration", *duration, "Answered seconds: price the whole call")
          ->check(CLI::Range(std::int64_t{0}, kLongestCall));
  rate->callback([&ctx, q, duration, duration_option, user, tariff] {
    if (user->count() == 0 && tariff->count() == 0) throw usage_error("admin rate: give --user or --tariff");
    if (duration_option->count() > 0) q->duration = *duration;
    run_rate(ctx, *q);
  });
}

}  // namespace kolmi::cli
