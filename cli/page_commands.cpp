// Page commands: each prints one page of the specification for the user who
// asks (the session's user, KOLMI_USER, or the --as user for admins).
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "core/pages/main_page.hpp"

namespace kolmi::cli {

namespace {

void run_main(Context& ctx) {
  auto db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  auto page = pages::load_main_page(db, user, *ctx.clock);
  xml::XmlWriter w(ctx.stdout_sink());
  pages::write_main_page(w, page, page_lang(ctx, user));
}

}  // namespace

void add_page_commands(CLI::App& app, Context& ctx) {
  app.add_subcommand("main", "Main page: missed calls, calls this month and today, finances")
      ->callback([&ctx] { run_main(ctx); });
}

}  // namespace kolmi::cli
