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
#include "cli/session.hpp"
#include "core/pages/calls_page.hpp"
#include "core/pages/calls_summary.hpp"
#include "core/pages/missed_calls_page.hpp"
#include "core/pages/new_calls_page.hpp"
#include "core/pages/stats_page.hpp"

namespace kolmi::cli {

namespace {

// --from/--till as typed; an option not given is nullopt (the page's
// default period), which an empty string could not tell apart.
struct PeriodOptions {
  std::string from;
  std::string till;
  CLI::Option* from_option = nullptr;
  CLI::Option* till_option = nullptr;

  std::optional<std::string> from_value() const {
    return from_option->count() ? std::optional(from) : std::nullopt;
  }
  std::optional<std::string> till_value() const {
    return till_option->count() ? std::optional(till) : std::nullopt;
  }
};

void add_period_options(CLI::App* cmd, PeriodOptions& o, std::string_view form, std::string_view start,
                        std::string_view end) {
  o.from_option =
      cmd->add_option("--from", o.from, fmt::format("Start of the period, {} (default: {})", form, start));
  o.till_option = cmd->add_option(
      "--till", o.till, fmt::format("End of the period, {}; a date means its end (default: {})", form, end));
}

struct CallsOptions {
  PeriodOptions period;
  pages::CallsRequest request;
  bool summary = false;
};

void run_calls(const Context& ctx, const CallsOptions& o) {
  pages::CallsRequest request = o.request;
  request.from = o.period.from_value();
  request.till = o.period.till_value();
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

void run_missed_calls(const Context& ctx, const PeriodOptions& o) {
  pages::MissedCallsRequest request{o.from_value(), o.till_value()};
  run_page(ctx, output::kEveryFormat, [&request](pages::PageContext& pc, output::TreeWriter& w) {
    pages::produce_missed_calls_page(w, pc, request);
  });
}

void run_stats(const Context& ctx, const PeriodOptions& o) {
  pages::StatsRequest request{o.from_value(), o.till_value()};
  run_page(ctx, output::kEveryFormat, [&request](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_stats_page(w, pc, pages::load_stats_page(pc, request));
  });
}

}  // namespace

void add_call_page_commands(CLI::App& app, Context& ctx) {
  constexpr std::string_view kTime = "YYYY-MM-DD or 'YYYY-MM-DD HH:MM:SS' in your time zone";

  auto calls_opts = std::make_shared<CallsOptions>();
  auto* calls =
      app.add_subcommand("calls", "Calls page: your calls in a period, with filters (default: today)");
  add_period_options(calls, calls_opts->period, kTime, "today", "the end of today");
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
  calls->add_option("--currency", r.currency, "Show prices in this active currency (default: your currency)");
  calls->add_flag("--summary", calls_opts->summary,
                  "Print the period's totals (calls, answered, billsec, price) instead of the list");
  // `calls` gets a subcommand of its own (`kolmi calls export`); CLI11 runs
  // a parent's callback after its subcommand's, so the page is printed only
  // when no subcommand ran.
  calls->callback([&ctx, calls, calls_opts] {
    if (!calls->get_subcommands().empty()) return;
    run_calls(ctx, *calls_opts);
  });

  app.add_subcommand("new-calls", "New calls page: your calls since your previous login")->callback([&ctx] {
    run_new_calls(ctx);
  });

  auto missed_opts = std::make_shared<PeriodOptions>();
  auto* missed = app.add_subcommand("missed-calls",
                                    "Missed calls page: unanswered calls to your devices "
                                    "in a period (default: today)");
  add_period_options(missed, *missed_opts, kTime, "today", "the end of today");
  // Same rule for `kolmi missed-calls process CALL_ID`, which prints this
  // page itself after marking the call.
  missed->callback([&ctx, missed, missed_opts] {
    if (!missed->get_subcommands().empty()) return;
    run_missed_calls(ctx, *missed_opts);
  });

  auto stats_opts = std::make_shared<PeriodOptions>();
  auto* stats = app.add_subcommand("stats",
                                   "Detailed statistics page: ASR and calls by date "
                                   "(default: this month)");
  add_period_options(stats, *stats_opts, "YYYY-MM-DD in your time zone", "the 1st of this month",
                     "the end of this month; with --from, the end of today");
  stats->callback([&ctx, stats_opts] { run_stats(ctx, *stats_opts); });
}

}  // namespace kolmi::cli
