// kolmi admin payment add|list: payments move balances (issue 13 item 2).
// Admins only.
#include <memory>

#include "cli/admin_common.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "core/console/payment_entry.hpp"
#include "core/console/payment_listing.hpp"

namespace kolmi::cli {

namespace {

void run_payment_add(Context& ctx, const console::PaymentRequest& request) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  const console::PaymentAdded added = console::add_payment(db, request, *ctx.clock);
  console::write_payment_added(*ctx.tree_writer(format), added);
}

void run_payment_list(Context& ctx, const console::PaymentListRequest& request) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  auto db = ctx.open_database();
  require_admin(ctx, db);
  store::ReadSnapshot snapshot(db);
  // Every check (zone, period, user) before the first byte of output.
  const store::PaymentFilter filter = console::payment_filter(db, request, *ctx.clock);
  console::write_payment_list(*ctx.tree_writer(format), db, filter, request.time_zone);
}

void add_payment_add(CLI::App& payment, Context& ctx) {
  auto r = std::make_shared<console::PaymentRequest>();
  auto* cmd = payment.add_subcommand("add", "Book a payment (with VAT) and add it to the user's balance");
  cmd->add_option("--user", r->user, "Who paid (login or id)")->required();
  cmd->add_option("--amount", r->amount,
                  "What was paid, VAT included: digits, '.' and at most the currency's decimals (12.50)")
      ->required();
  cmd->add_option("--currency", r->currency, "Currency of the amount (default: the user's currency)");
  cmd->add_option("--date", r->date, "When it was paid, 'YYYY-MM-DD[ HH:MM:SS]' in --tz (default: now)");
  cmd->add_option("--tz", r->time_zone, "Time zone of --date and of the date shown")->capture_default_str();
  cmd->add_option("--comment", r->comment, "The operator's note (at most 255 characters)");
  cmd->add_flag("--refund", r->refund, "Money given back: recorded negative, taken from the balance");
  cmd->callback([&ctx, r] { run_payment_add(ctx, *r); });
}

void add_payment_list(CLI::App& payment, Context& ctx) {
  auto r = std::make_shared<console::PaymentListRequest>();
  auto* cmd = payment.add_subcommand("list", "Every user's payments, oldest first");
  add_period_options(cmd, {.zone = "--tz",
                           .from_default = "no bound",
                           .till_default = "no bound",
                           .till_alone = "alone, that day"});
  cmd->add_option("--tz", r->time_zone, "Time zone of --from, --till, --period and the dates shown")
      ->capture_default_str();
  cmd->add_option("--user", r->user, "Only this user's payments (login or id)");
  cmd->callback([&ctx, r, cmd] {
    PeriodValues period = period_values(cmd);
    r->from = std::move(period.from);
    r->till = std::move(period.till);
    r->period = std::move(period.period);
    run_payment_list(ctx, *r);
  });
}

}  // namespace

void add_admin_payment_commands(CLI::App& admin, Context& ctx) {
  auto* payment = admin.add_subcommand("payment", "Payments: add, list");
  payment->require_subcommand(1);
  add_payment_add(*payment, ctx);
  add_payment_list(*payment, ctx);
}

}  // namespace kolmi::cli
