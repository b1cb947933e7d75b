#pragma once
// The login form page and the action result (login, logout and the other
// actions share the <action> shape of shared/spec/examples/*_ok.xml).
#include <string_view>

#include "core/output/tree_writer.hpp"
#include "core/pages/i18n.hpp"

namespace kolmi::pages {

// examples/login_form.xml
void write_login_form(output::TreeWriter& w, Lang lang, std::string_view error_msg);

// <action><name/><status>ok|failed</status><status_message/></action>
void write_action(output::TreeWriter& w, std::string_view name, bool ok, std::string_view message);

}  // namespace kolmi::pages
