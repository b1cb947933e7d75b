// Page commands: each prints one page of the specification for the user who
// asks (the session's user, KOLMI_USER, or the --as user for admins).
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "core/pages/main_page.hpp"

namespace kolmi::cli {

namespace {

void run_main(Context& ctx) {
  run_page(ctx, [](pages::PageContext& pc, xml::XmlWriter& w) {
    pages::write_main_page(w, pages::load_main_page(pc.db, pc.user, pc.clock), pc.lang);
  });
}

}  // namespace

void add_page_commands(CLI::App& app, Context& ctx) {
  app.add_subcommand("main", "Main page: missed calls, calls this month and today, finances")
      ->callback([&ctx] { run_main(ctx); });
}

}  // namespace kolmi::cli
