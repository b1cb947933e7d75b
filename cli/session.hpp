#pragma once
// Who is asking, from the context: the session file, KOLMI_USER and
// KOLMI_PASSWORD, and --as.
#include <string>
#include <string_view>
#include <utility>

#include "cli/context.hpp"
#include "core/error.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/users.hpp"

namespace kolmi::cli {

// Throws Error(auth) or Error(not_found) as identity::resolve_user does.
store::User acting_user(const Context& ctx, store::Database& db);

// --lang, else the user's language.
pages::Lang page_lang(const Context& ctx, const store::User& user);

// The frame of every page command: checks the output format (one of
// `formats`, xml by default), opens the database, finds who is asking,
// builds the page context and hands it with a tree writer on stdout to
// `produce(pages::PageContext&, output::TreeWriter&)`. Everything the page reads
// comes from one snapshot (store::ReadSnapshot), so its totals and its lists
// agree while imports commit. Validation that can fail belongs before the
// first write, so a page that cannot be shown prints nothing.
template <typename Produce>
void run_page(const Context& ctx, output::Formats formats, Produce&& produce) {
  const output::Format format = ctx.output_format(formats, output::Format::xml);
  store::Database db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  store::ReadSnapshot snapshot(db);
  pages::PageContext page = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
  std::unique_ptr<output::TreeWriter> writer = ctx.tree_writer(format);
  std::forward<Produce>(produce)(page, *writer);
}

// How an action ended: the status message of its action XML and the exit
// code (ok, action_failed, auth or not_found).
struct ActionEnd {
  ExitCode code = ExitCode::ok;
  std::string message;
};

// Prints the action XML `name` for `end` on stdout (status ok or failed with
// the message), and for a failure also "kolmi: error: NAME failed: MESSAGE" on
// stderr and the exit code in ctx.exit_code. `lang` translates the message.
void finish_action(Context& ctx, std::string_view name, pages::Lang lang, const ActionEnd& end);

// The frame of every action command (details update, clis add, phonebook
// add/destroy, callback): opens the database, finds who is asking and hands
// the page context to `act(pages::PageContext&)`, which does the work (one
// transaction) and returns its success message (an English key of the i18n
// table, translated here). The contract says an action that ends with 1, 3
// or 4 still prints its action XML with <status>failed</status>, so an
// Error(action_failed | auth | not_found) thrown by `act` or by the login
// check becomes a failed action XML carrying its message. Usage errors (2)
// and storage errors (5) propagate: nothing on stdout, the reason on stderr.
template <typename Act>
void run_action(Context& ctx, std::string_view name, Act&& act) {
  ctx.output_format(output::kDocumentFormats, output::Format::xml);  // a wrong format changes nothing
  ActionEnd end;
  pages::Lang lang = pages::parse_lang(ctx.options.lang);
  try {
    store::Database db = ctx.open_database();
    store::User user = acting_user(ctx, db);
    pages::PageContext page = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
    lang = page.lang;
    end.message = std::forward<Act>(act)(page);
  } catch (const Error& e) {
    if (e.code() != ExitCode::action_failed && e.code() != ExitCode::auth && e.code() != ExitCode::not_found)
      throw;
    end.code = e.code();
    end.message = e.what();
  }
  finish_action(ctx, name, lang, end);
}

}  // namespace kolmi::cli
