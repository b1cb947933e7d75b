// kolmi init and kolmi demo: making a database.
#include <fmt/format.h>

#include <optional>

#include "cli/commands.hpp"
#include "cli/interrupt_cleanup.hpp"
#include "cli/terminal.hpp"
#include "core/demo/demo.hpp"
#include "core/error.hpp"
#include "core/setup/init_database.hpp"

namespace kolmi::cli {

namespace {

struct InitOptions {
  std::string admin = "admin";
  bool password_stdin = false;
};

void run_init(Context& ctx, const InitOptions& o) {
  std::string password;
  if (o.password_stdin) {
    password = read_line(ctx.in, "the admin password");
  } else if (auto env = ctx.env("KOLMI_PASSWORD")) {
    password = *env;
  } else if (auto typed = read_secret_from_terminal("Password for the new admin: ")) {
    password = *typed;
  } else {
    throw usage_error("no password: use --password-stdin or set KOLMI_PASSWORD");
  }
  std::string path = ctx.database_path();
  setup::init_database(path, o.admin, password, *ctx.clock, ctx.server_password());
  fmt::print(ctx.out, "Created {} with admin '{}'.\n", path, o.admin);
}

void run_demo(Context& ctx, demo::DemoOptions o) {
  std::string path = ctx.database_path();
  o.server_password = ctx.server_password();
  // SIGINT/SIGTERM/SIGHUP remove the half-built file; a SIGKILL leaves it
  // for the next kolmi demo or init in the folder to remove. (On a server,
  // the open transaction dies with the connection.)
  std::optional<RemoveOnInterrupt> cleanup;
  o.on_temp_file = [&cleanup](const std::string& temp) {
    cleanup.emplace(temp, RemoveOnInterrupt::Files::database);
  };
  demo::DemoSummary summary = demo::create_demo_database(path, o, *ctx.clock);
  cleanup.reset();
  fmt::print(ctx.out, "Created demo database {}: {} users, {} calls.\nLogins (login / password):\n",
             path, summary.users, summary.calls);
  for (const auto& l : summary.logins) {
    fmt::print(ctx.out, "  {} / {}  ({})\n", l.login, l.password, l.about);
  }
}

}  // namespace

void add_setup_commands(CLI::App& app, Context& ctx) {
  auto init_opts = std::make_shared<InitOptions>();
  auto* init = app.add_subcommand("init", "Create an empty database and its first admin");
  init->add_option("--admin", init_opts->admin, "Login of the first admin")->capture_default_str();
  init->add_flag("--password-stdin", init_opts->password_stdin, "Read the admin password from stdin");
  init->callback([&ctx, init_opts] { run_init(ctx, *init_opts); });

  auto demo_opts = std::make_shared<demo::DemoOptions>();
  auto* demo = app.add_subcommand("demo", "Create a database full of realistic demo data");
  demo->add_option("--seed", demo_opts->seed, "Seed: the same seed and clock give the same data")
      ->capture_default_str();
  demo->add_option("--users", demo_opts->extra_users, "Extra users demo3, demo4, ...")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  demo->add_option("--calls", demo_opts->calls, "Calls spread over the last 90 days")
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{100'000'000}))
      ->capture_default_str();
  demo->add_flag("--force", demo_opts->force, "Replace a database that kolmi demo did not make");
  demo->callback([&ctx, demo_opts] { run_demo(ctx, *demo_opts); });
}

}  // namespace kolmi::cli
