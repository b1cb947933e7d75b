// The account pages: personal details, devices, payments, invoices,
// subscriptions, CallerIDs, phonebook and faxes. Each callback prints one
// page for the user who asks (session, KOLMI_USER, or --as for admins).
#include <memory>

#include "cli/commands.hpp"
#include "cli/id_option.hpp"
#include "cli/period_options.hpp"
#include "cli/session.hpp"
#include "core/pages/billing_pages.hpp"
#include "core/pages/details_page.hpp"
#include "core/pages/devices_page.hpp"
#include "core/pages/faxes_page.hpp"
#include "core/pages/phonebook_page.hpp"

namespace kolmi::cli {

namespace {

// Adds a page command that prints `produce`'s page. The actions of a page
// (details update, clis add, phonebook add/destroy) become subcommands of
// it; when one of them was given, it runs instead of the page.
template <typename Produce>
CLI::App* add_page(CLI::App& app, Context& ctx, const char* name, const char* description,
                   output::Formats formats, Produce produce) {
  CLI::App* cmd = app.add_subcommand(name, description);
  cmd->callback([&ctx, cmd, formats, produce] {
    if (!cmd->get_subcommands().empty()) return;
    run_page(ctx, formats, produce);
  });
  return cmd;
}

void add_faxes(CLI::App& app, Context& ctx) {
  // The period options are read from the command when the page runs.
  struct FaxesCli {
    pages::FaxesOptions options;
    CLI::App* cmd = nullptr;
  };
  auto cli = std::make_shared<FaxesCli>();
  pages::FaxesOptions* opts = &cli->options;
  CLI::App* faxes =
      add_page(app, ctx, "faxes", "Faxes page: faxes your devices received in a period (default: today)",
               output::kEveryFormat, [cli](pages::PageContext& pc, output::TreeWriter& w) {
                 pages::FaxesOptions o = cli->options;
                 PeriodValues period = period_values(cli->cmd);
                 o.from = std::move(period.from);
                 o.till = std::move(period.till);
                 o.period = std::move(period.period);
                 // Resolved before the first byte is written: a bad device prints nothing.
                 pages::FaxesQuery query = pages::load_faxes_page(pc, o);
                 pages::write_faxes_page(w, pc, query);
               });
  cli->cmd = faxes;
  add_period_options(faxes,
                     {.zone = "your time zone", .from_default = "today", .till_default = "the end of today"});
  faxes->add_option("--status", opts->status, "received, no_image, empty, or all")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(pages::kFaxStatusWords), std::end(pages::kFaxStatusWords))))
      ->capture_default_str();
  faxes->add_option("--device", opts->device, "A device id of yours, or all")
      ->check(all_or_id_number())
      ->capture_default_str();
}

}  // namespace

void add_account_page_commands(CLI::App& app, Context& ctx) {
  add_page(app, ctx, "details", "Personal details page: account, balance, agreement, tax data, address",
           output::kDocumentFormats, [](pages::PageContext& pc, output::TreeWriter& w) {
             pages::write_details_page(w, pc, pages::load_details_page(pc));
           });
  add_page(app, ctx, "devices", "Devices page: your devices, their logins and last registration",
           output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) {
             pages::write_devices_page(w, pc, pages::load_devices_page(pc));
           });
  add_page(app, ctx, "payments", "Payments page: your payments with VAT, each in its own currency",
           output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_payments_page(w, pc); });
  add_page(app, ctx, "invoices", "Invoices page: your invoices in your currency",
           output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_invoices_page(w, pc); });
  add_page(app, ctx, "subscriptions", "Subscriptions page: the services you subscribe to",
           output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_subscriptions_page(w, pc); });
  add_page(app, ctx, "clis", "CallerIDs page: your devices and their CLIs",
           output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_clis_page(w, pc); });
  add_page(app, ctx, "phonebook", "Phonebook page: your phonebook entries",
           output::kEveryFormat, [](pages::PageContext& pc, output::TreeWriter& w) { pages::write_phonebook_page(w, pc); });
  add_faxes(app, ctx);
}

}  // namespace kolmi::cli
