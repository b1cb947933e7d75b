#include "cli/session.hpp"

#include <cstdio>

#include <fmt/format.h>

#include "core/identity/auth.hpp"
#include "core/identity/session_file.hpp"
#include "core/pages/login_pages.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::cli {

store::User acting_user(const Context& ctx, store::Database& db) {
  identity::Credentials credentials;
  // One-shot credentials only when both are set: KOLMI_USER alone is also
  // the default of `kolmi login -u`, and must not hide the session.
  auto login = ctx.env("KOLMI_USER");
  auto password = ctx.env("KOLMI_PASSWORD");
  if (login && password) {
    credentials.login = std::move(login);
    credentials.password = std::move(password);
  } else {
    credentials.session_token = identity::read_session_token(ctx.session_file());
    // Half of the one-shot pair and no session: say which half is missing,
    // rather than "not logged in" as if the environment were empty.
    if (!credentials.session_token && (login || password)) {
      throw auth_error(login ? std::string(kUserWithoutPassword) : std::string(kPasswordWithoutUser));
    }
  }
  // Sessions follow the real clock: KOLMI_NOW never revives an expired one.
  identity::Identity who = identity::resolve_identity(db, *ctx.session_clock, credentials, ctx.options.as_user);
  // The one place every command learns who is asking, so the one place the
  // connection learns who writes: an admin's changes are audited with the
  // command's path, dated by the data clock (KOLMI_NOW, as every "now" of
  // data; store/audit.hpp).
  db.set_write_origin({identity::audit_actor(who), ctx.command_path(), ctx.clock});
  return std::move(who.user);
}

pages::Lang page_lang(const Context& ctx, const store::User& user) {
  return pages::parse_lang(ctx.options.lang.empty() ? user.language : ctx.options.lang);
}

void finish_action(Context& ctx, std::string_view name, pages::Lang lang, const ActionEnd& end) {
  bool ok = end.code == ExitCode::ok;
  // A failed action's status_message is an error message too: one line.
  const std::string message = text::one_line(pages::tr(lang, end.message));
  auto w = ctx.tree_writer(ctx.output_format(output::kDocumentFormats, output::Format::xml));
  pages::write_action(*w, name, ok, message);
  if (ok) return;
  std::fflush(ctx.out);
  fmt::print(stderr, "kolmi: error: {}\n",
             text::one_line(fmt::format(fmt::runtime(pages::tr(lang, "{} failed: {}")), name,
                                        pages::translate(lang, end.message))));
  ctx.exit_code = static_cast<int>(end.code);
}

}  // namespace kolmi::cli
