#include "core/pages/page_head.hpp"

#include "core/pages/page_context.hpp"

namespace kolmi::pages {

void write_page_head(output::TreeWriter& w, const PageHead& head) {
  w.begin("page");
  w.text("pagename", tr(head.lang, head.pagename));
  w.text("language", lang_code(head.lang));
  if (head.error_msg) w.text("error_msg", "");
  if (head.user_id) w.integer("userid", *head.user_id);
}

void write_available_languages(output::TreeWriter& w) {
  w.open_list("aval_languages", "language");
  for (std::string_view code : kAvailableLanguages) w.text("language", code);
  w.close();
}

void write_period(output::TreeWriter& w, const Period& period) {
  w.open("period");
  w.text("period_start", period.start_text);
  w.text("period_end", period.end_text);
  w.close();
}

}  // namespace kolmi::pages
