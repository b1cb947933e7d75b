#include "core/pages/login_pages.hpp"

#include "core/pages/page_head.hpp"

namespace kolmi::pages {

void write_login_form(output::TreeWriter& w, Lang lang, std::string_view error_msg) {
  w.begin("page");
  w.text("pagename", tr(lang, "Login page"));
  w.text("language", lang_code(lang));
  w.text("error_msg", error_msg);
  write_available_languages(w);
  w.finish();
}

void write_action(output::TreeWriter& w, std::string_view name, bool ok, std::string_view message) {
  w.begin("action");
  w.text("name", name);
  w.text("status", ok ? "ok" : "failed");
  w.text("status_message", message);
  w.finish();
}

}  // namespace kolmi::pages
