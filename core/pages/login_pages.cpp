#include "core/pages/login_pages.hpp"

namespace kolmi::pages {

void write_available_languages(xml::XmlWriter& w) {
  w.open("aval_languages");
  w.leaf("language", "en");
  w.leaf("language", "ru");
  w.close();
}

void write_login_form(xml::XmlWriter& w, Lang lang, std::string_view error_msg) {
  w.declaration();
  w.open("page");
  w.leaf("pagename", tr(lang, "Login page"));
  w.leaf("language", lang_code(lang));
  w.leaf("error_msg", error_msg);
  write_available_languages(w);
  w.finish();
}

void write_action(xml::XmlWriter& w, std::string_view name, bool ok, std::string_view message) {
  w.declaration();
  w.open("action");
  w.leaf("name", name);
  w.leaf("status", ok ? "ok" : "failed");
  w.leaf("status_message", message);
  w.finish();
}

}  // namespace kolmi::pages
