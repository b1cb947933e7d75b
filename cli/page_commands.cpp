// Page commands: each prints one page of the specification for the user who
// asks (the session's user, KOLMI_USER, or the --as user for admins).
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "core/pages/main_page.hpp"

namespace kolmi::cli {

namespace {

void run_main(Context& ctx) {
  run_page(ctx, output::kDocumentFormats, [](pages::PageContext& pc, output::TreeWriter& w) {
    pages::write_main_page(w, pc, pages::load_main_page(pc));
  });
}

}  // namespace

void add_page_commands(CLI::App& app, Context& ctx) {
  app.add_subcommand("main", "Main page: missed calls, calls this month and today, finances")
      ->callback([&ctx] { run_main(ctx); });
}

}  // namespace kolmi::cli
