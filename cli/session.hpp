#pragma once
// Who is asking, from the context: the session file, KOLMI_USER and
// KOLMI_PASSWORD, and --as.
#include <utility>

#include "cli/context.hpp"
#include "core/pages/i18n.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/users.hpp"

namespace kolmi::cli {

// Throws Error(auth) or Error(not_found) as identity::resolve_user does.
store::User acting_user(const Context& ctx, store::Database& db);

// --lang, else the user's language.
pages::Lang page_lang(const Context& ctx, const store::User& user);

// The frame of every page command: opens the database, finds who is asking,
// builds the page context and hands it with an XML writer on stdout to
// `produce(pages::PageContext&, xml::XmlWriter&)`. Validation that can fail
// belongs before the first write, so a page that cannot be shown prints nothing.
template <typename Produce>
void run_page(const Context& ctx, Produce&& produce) {
  store::Database db = ctx.open_database();
  store::User user = acting_user(ctx, db);
  pages::PageContext page = pages::make_page_context(db, user, *ctx.clock, page_lang(ctx, user));
  xml::XmlWriter writer(ctx.stdout_sink());
  std::forward<Produce>(produce)(page, writer);
}

}  // namespace kolmi::cli
