// kolmi login-form, login, logout.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/terminal.hpp"
#include "core/error.hpp"
#include "core/identity/auth.hpp"
#include "core/identity/session_file.hpp"
#include "core/pages/login_pages.hpp"
#include "core/store/schema.hpp"

namespace kolmi::cli {

namespace {

struct LoginOptions {
  std::string user;
  std::string password;
  bool password_stdin = false;
};

pages::Lang chosen_lang(const Context& ctx) { return pages::parse_lang(ctx.options.lang); }

// Login, logout and the login form print one document: XML or JSON.
std::unique_ptr<output::TreeWriter> document_writer(const Context& ctx) {
  return ctx.tree_writer(ctx.output_format(output::kDocumentFormats, output::Format::xml));
}

void run_login_form(Context& ctx) {
  pages::write_login_form(*document_writer(ctx), chosen_lang(ctx), "");
}

void run_login(Context& ctx, LoginOptions& o) {
  ctx.output_format(output::kDocumentFormats, output::Format::xml);  // a wrong format logs nobody in
  if (o.user.empty()) o.user = ctx.env("KOLMI_USER").value_or("");
  if (o.user.empty()) throw usage_error("no login: use -u USER (or set KOLMI_USER)");
  std::string password;
  if (o.password_stdin) {
    password = read_line(ctx.in, "the password");
  } else if (!o.password.empty()) {
    password = o.password;
  } else if (auto env = ctx.env("KOLMI_PASSWORD")) {
    password = *env;
  } else if (auto typed = read_secret_from_terminal("Password: ")) {
    password = *typed;
  } else {
    throw usage_error("no password: use --password-stdin, -p PASS or set KOLMI_PASSWORD");
  }
  auto db = ctx.open_database();
  const std::string session = ctx.session_file();
  identity::LoginEffects effects;
  effects.previous_token = identity::read_session_token_to_revoke(session);
  effects.keep_token = [&session](const std::string& token) { identity::write_session_token(session, token); };
  // Sessions follow the real clock: KOLMI_NOW never makes one last longer.
  identity::LoginOutcome outcome = identity::login(db, *ctx.session_clock, o.user, password, effects);
  pages::Lang lang = chosen_lang(ctx);
  pages::write_action(*document_writer(ctx), "login", outcome.ok, pages::tr(lang, outcome.message));
  if (!outcome.ok) {
    std::fflush(ctx.out);
    fmt::print(stderr, "kolmi: error: login failed: {}\n", outcome.message);
    ctx.exit_code = static_cast<int>(ExitCode::auth);
  }
}

void run_logout(Context& ctx) {
  ctx.output_format(output::kDocumentFormats, output::Format::xml);  // a wrong format logs nobody out
  std::string session = ctx.session_file();
  // An exposed file (readable by others) is read too: its session is the
  // one most in need of ending.
  if (auto token = identity::read_session_token_to_revoke(session)) {
    // The session ends in the database first. When that fails (locked past
    // the lock wait, read-only, gone), the token may still work: say so, and
    // keep the file so that logout can be tried again.
    try {
      auto db = ctx.open_database();
      identity::end_session(db, *token);
    } catch (const Error& e) {
      throw storage_error(fmt::format("logout failed, the session may still be valid: {}; the session "
                                      "file {} was kept so kolmi logout can be tried again",
                                      e.what(), session));
    }
    identity::remove_session_file(session);
  }
  pages::write_action(*document_writer(ctx), "logout", true, pages::tr(chosen_lang(ctx), "Logged out"));
}

}  // namespace

void add_identity_commands(CLI::App& app, Context& ctx) {
  auto* form = app.add_subcommand("login-form", "Print the login page");
  form->callback([&ctx] { run_login_form(ctx); });

  auto opts = std::make_shared<LoginOptions>();
  auto* login = app.add_subcommand("login", "Log in and keep a session for the next commands");
  login->add_option("-u,--user", opts->user, "Login name (default: $KOLMI_USER)");
  auto* pass = login->add_option("-p,--password", opts->password,
                                 "Password (visible to other local users; prefer --password-stdin)");
  login->add_flag("--password-stdin", opts->password_stdin, "Read the password from stdin")->excludes(pass);
  login->callback([&ctx, opts] { run_login(ctx, *opts); });

  auto* logout = app.add_subcommand("logout", "End the session and remove the session file");
  logout->callback([&ctx] { run_logout(ctx); });
}

}  // namespace kolmi::cli
