#pragma once
// Who is asking, from the context: the session file, KOLMI_USER and
// KOLMI_PASSWORD, and --as.
#include "cli/context.hpp"
#include "core/pages/i18n.hpp"
#include "core/store/users.hpp"

namespace kolmi::cli {

// Throws Error(auth) or Error(not_found) as identity::resolve_user does.
store::User acting_user(const Context& ctx, store::Database& db);

// --lang, else the user's language.
pages::Lang page_lang(const Context& ctx, const store::User& user);

}  // namespace kolmi::cli
