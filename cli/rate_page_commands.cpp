// Rate page commands: `kolmi rates [--currency CUR]` (spec: Rates a and
// "Change currency") and `kolmi destinations GROUP_ID` (spec: Rates b).
#include <cstdint>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/id_option.hpp"
#include "cli/session.hpp"
#include "core/pages/destinations_page.hpp"
#include "core/pages/rates_page.hpp"

namespace kolmi::cli {

namespace {

struct RatesOptions {
  std::string currency;
  CLI::Option* currency_option = nullptr;
};

struct DestinationsOptions {
  std::int64_t group_id = 0;
};

void run_rates(const Context& ctx, const RatesOptions& o) {
  run_page(ctx, output::kEveryFormat, [&o](pages::PageContext& pc, output::TreeWriter& w) {
    // nullopt when --currency was not given; given empty, core refuses it.
    const std::optional<std::string_view> currency =
        o.currency_option->count() ? std::optional<std::string_view>(o.currency) : std::nullopt;
    pages::RatesPage page = pages::load_rates_page(pc, currency);
    pages::write_rates_page(w, pc, page);
  });
}

void run_destinations(const Context& ctx, const DestinationsOptions& o) {
  run_page(ctx, output::kEveryFormat, [&o](pages::PageContext& pc, output::TreeWriter& w) {
    pages::DestinationsPage page = pages::load_destinations_page(pc, o.group_id);
    pages::write_destinations_page(w, pc, page);
  });
}

}  // namespace

void add_rate_page_commands(CLI::App& app, Context& ctx) {
  auto rates_opts = std::make_shared<RatesOptions>();
  auto* rates = app.add_subcommand("rates", "Rates page: your price per minute for every destination group");
  rates_opts->currency_option = rates->add_option("--currency", rates_opts->currency,
                    "Show prices in this active currency (default: your currency)");
  // `rates` gets subcommands of its own (`kolmi rates export`). CLI11 runs a
  // parent's callback after its subcommand's whenever the parent was named on
  // the command line, so the page is printed only when no subcommand ran.
  rates->callback([&ctx, rates, rates_opts] {
    if (!rates->get_subcommands().empty()) return;
    run_rates(ctx, *rates_opts);
  });

  auto dest_opts = std::make_shared<DestinationsOptions>();
  auto* destinations =
      app.add_subcommand("destinations", "Destinations page: the prefixes of one destination group of yours");
  // Checked before anything is opened: a value that is not an id is exit 2.
  destinations->add_option("GROUP_ID", dest_opts->group_id, "Destination group id (destinationgroups.id)")
      ->required()
      ->check(id_number());
  destinations->callback([&ctx, dest_opts] { run_destinations(ctx, *dest_opts); });
}

}  // namespace kolmi::cli
