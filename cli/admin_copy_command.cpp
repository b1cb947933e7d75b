// kolmi admin copy --from DB --to DB: a whole kolmi database into a new one,
// SQLite or MariaDB on either end (issue 14 item 3). An admin of the source
// only: a copy holds every account and password hash.
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/admin_common.hpp"
#include "cli/interrupt_cleanup.hpp"
#include "cli/session.hpp"
#include "core/console/copy_report.hpp"
#include "core/error.hpp"
#include "core/setup/copy_database.hpp"
#include "core/store/schema.hpp"
#include "core/store/server_url.hpp"

namespace kolmi::cli {

namespace {

struct CopyOptions {
  std::string from, to;
};

// One end's server password: its own variable (the two ends may be two
// servers), else KOLMI_DB_PASSWORD as for --db, else none (~/.my.cnf or
// unix_socket authentication). Never from the command line.
std::optional<std::string> end_password(const Context& ctx, std::string_view variable) {
  if (auto own = ctx.env(variable)) return own;
  return ctx.server_password();
}

// A mistake in either location is a usage error, before anything is opened.
void check_location(std::string_view option, const std::string& location) {
  if (location.empty()) throw usage_error(fmt::format("admin copy: {} needs a path or a mariadb:// URL", option));
  if (!store::is_server_url(location)) return;
  try {
    store::parse_server_url(location);
  } catch (const Error& e) {
    // The URL's reason names --db, the option it usually comes from.
    std::string_view why = e.what();
    if (why.starts_with("--db: ")) why.remove_prefix(6);
    throw Error(e.code(), fmt::format("{}: {}", option, why));
  }
}

void run_copy(Context& ctx, const CopyOptions& o) {
  const output::Format format = ctx.admin_output_format(output::kEveryFormat);
  check_location("--from", o.from);
  check_location("--to", o.to);
  if (o.from == o.to) throw usage_error("admin copy: --from and --to name the same database");
  // The source is opened as every command opens its database (an older
  // schema is brought up to date first; a newer one is exit 5), and its
  // admin is who may copy it.
  store::Database source = store::open_kolmi_database(o.from, end_password(ctx, "KOLMI_FROM_DB_PASSWORD"));
  require_admin(ctx, source);
  // SIGINT/SIGTERM/SIGHUP remove the half-built file of an SQLite target.
  std::optional<RemoveOnInterrupt> cleanup;
  const setup::CopyTarget target{
      .location = o.to,
      .password = end_password(ctx, "KOLMI_TO_DB_PASSWORD"),
      .on_temp_file = [&cleanup](const std::string& temp) {
        cleanup.emplace(temp, RemoveOnInterrupt::Files::database);
      }};
  const std::vector<store::TableCopy> copied = setup::copy_database(source, target);
  cleanup.reset();
  console::write_copy_report(*ctx.tree_writer(format), copied);
}

}  // namespace

void add_admin_copy_command(CLI::App& admin, Context& ctx) {
  auto o = std::make_shared<CopyOptions>();
  auto* cmd = admin.add_subcommand("copy", "Copy a whole database into a new one (SQLite or MariaDB, either way)");
  cmd->add_option("--from", o->from, "The kolmi database to copy: a path or a mariadb:// URL")
      ->type_name("DB")
      ->required();
  cmd->add_option("--to", o->to, "A new SQLite file, or an empty MariaDB database (mariadb:// URL)")
      ->type_name("DB")
      ->required();
  cmd->callback([&ctx, o] { run_copy(ctx, *o); });
}

}  // namespace kolmi::cli
