#pragma once
// The login form page and the action result XML (login, logout and the
// other actions share the <action> shape of shared/spec/examples/*_ok.xml).
#include <string_view>

#include "core/pages/i18n.hpp"
#include "core/xml/xml_writer.hpp"

namespace kolmi::pages {

// examples/login_form.xml
void write_login_form(xml::XmlWriter& w, Lang lang, std::string_view error_msg);

// <action><name/><status>ok|failed</status><status_message/></action>
void write_action(xml::XmlWriter& w, std::string_view name, bool ok, std::string_view message);

// The languages offered in <aval_languages>.
void write_available_languages(xml::XmlWriter& w);

}  // namespace kolmi::pages
