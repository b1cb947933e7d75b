// Call page commands: `kolmi calls` (spec: Calls a, b), `kolmi new-calls`
// (New calls), `kolmi missed-calls` (Missed calls a, b) and `kolmi stats`
// (Graphs). Each callback fills a request and calls one core producer.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/id_option.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "core/pages/calls_page.hpp"
#include "core/pages/calls_summary.hpp"
#include "core/pages/missed_calls_page.hpp"
#include "core/pages/new_calls_page.hpp"
#include "core/pages/stats_page.hpp"

namespace kolmi::cli {

namespace {

struct CallsOptions {
  pages::CallsRequest request;
  bool summary = false;
  std::string currency;  // request.currency when --currency was given (even empty)
  CLI::Option* currency_option = nullptr;
};

void run_calls(const Context& ctx, const CLI::App* cmd, const CallsOptions& o) {
  pages::CallsRequest request = o.request;
  PeriodValues period = period_values(cmd);
  request.from = std::move(period.from);
  request.till = std::move(period.till);
  request.period = std::move(period.period);
  if (o.currency_option->count()) request.currency = o.currency;
  const bool summary = o.summary;
  run_page(ctx, output::kEveryFormat, [&request, summary](pages::PageContext& pc, output::TreeWriter& w) {
    const pages::CallsPage page = pages::load_calls_page(pc, request);
    if (summary) {
      pages::write_calls_summary(w, pc, page, pages::sum_calls(pc, page));
    } else {
      pages::write_calls_page(w, pc, page);
    }
  });
}

void run_new_calls(const Context& ctx) {
  run_page(ctx, output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_new_calls_page(w, pc, pages::load_new_calls_page(pc));
  });
}

void run_missed_calls(const Context& ctx, const CLI::App* cmd) {
  PeriodValues period = period_values(cmd);
  pages::MissedCallsRequest request{std::move(period.from), std::move(period.till), std::move(period.period)};
  run_page(ctx, output::kEveryFormat, [&request](pages::PageContext& pc, output::TreeWriter& w) {
    pages::produce_missed_calls_page(w, pc, request);
  });
}

void run_stats(const Context& ctx, const CLI::App* cmd) {
  PeriodValues period = period_values(cmd);
  pages::StatsRequest request{std::move(period.from), std::move(period.till), std::move(period.period)};
  run_page(ctx, output::kEveryFormat, [&request](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_stats_page(w, pc, pages::load_stats_page(pc, request));
  });
}

}  // namespace

void add_call_page_commands(CLI::App& app, Context& ctx) {
  constexpr PeriodHelp kTodayPeriod{
      .zone = "your time zone", .from_default = "today", .till_default = "the end of today"};

  auto calls_opts = std::make_shared<CallsOptions>();
  auto* calls =
      app.add_subcommand("calls", "Calls page: your calls in a period, with filters (default: today)");
  add_period_options(calls, kTodayPeriod);
  pages::CallsRequest& r = calls_opts->request;
  calls->add_option("--direction", r.direction, "Calls made, received or both")
      ->check(CLI::IsMember({"all", "incoming", "outgoing"}))
      ->capture_default_str();
  calls->add_option("--status", r.status, "How the calls ended")
      ->check(CLI::IsMember({"all", "answered", "no_answer", "busy", "failed"}))
      ->capture_default_str();
  calls->add_option("--device", r.device, "all, or the id of one of your devices")
      ->check(all_or_id_number())  // its ownership is checked by the page
      ->capture_default_str();
  calls_opts->currency_option = calls->add_option(
      "--currency", calls_opts->currency, "Show prices in this active currency (default: your currency)");
  calls->add_flag("--summary", calls_opts->summary,
                  "Print the period's totals (calls, answered, billsec, price) instead of the list");
  // `calls` gets a subcommand of its own (`kolmi calls export`); CLI11 runs
  // a parent's callback after its subcommand's, so the page is printed only
  // when no subcommand ran.
  calls->callback([&ctx, calls, calls_opts] {
    if (!calls->get_subcommands().empty()) return;
    run_calls(ctx, calls, *calls_opts);
  });

  app.add_subcommand("new-calls", "New calls page: your calls since your previous login")->callback([&ctx] {
    run_new_calls(ctx);
  });

  auto* missed = app.add_subcommand("missed-calls",
                                    "Missed calls page: unanswered calls to your devices "
                                    "in a period (default: today)");
  add_period_options(missed, kTodayPeriod);
  // Same rule for `kolmi missed-calls process CALL_ID`, which prints this
  // page itself after marking the call.
  missed->callback([&ctx, missed] {
    if (!missed->get_subcommands().empty()) return;
    run_missed_calls(ctx, missed);
  });

  auto* stats = app.add_subcommand("stats",
                                   "Detailed statistics page: ASR and calls by date "
                                   "(default: this month)");
  add_period_options(stats, {.zone = "your time zone",
                             .from_default = "the 1st of this month",
                             .till_default = "the end of this month; with --from, the end of today",
                             .dates_only = true});
  // `kolmi stats export` (stats_export_command.cpp): the page only when no
  // subcommand ran, as for calls.
  stats->callback([&ctx, stats] {
    if (!stats->get_subcommands().empty()) return;
    run_stats(ctx, stats);
  });
}

}  // namespace kolmi::cli
