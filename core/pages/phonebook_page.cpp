#include "core/pages/phonebook_page.hpp"

#include "core/pages/account_common.hpp"
#include "core/store/account_lists.hpp"

namespace kolmi::pages {

void write_phonebook_page(const PageContext& pc, xml::XmlWriter& w) {
  write_page_head(w, "Phonebook", pc.lang, pc.user.id);
  w.open("entries");
  store::for_each_phonebook_entry(pc.db, pc.user.id, [&](const store::PhonebookEntry& e) {
    w.open("entry");
    w.leaf("entry_id", e.id);
    w.leaf("entry_number", e.number);
    w.leaf("entry_name", e.name);
    w.leaf("entry_added", shown_time(pc, e.added));
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
