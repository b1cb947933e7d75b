#include "core/pages/phonebook_page.hpp"

#include "core/pages/account_common.hpp"
#include "core/pages/page_head.hpp"
#include "core/store/account_lists.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kEntryColumns[] = {"entry_id", "entry_number", "entry_name", "entry_added"};
}  // namespace

void write_phonebook_page(output::TreeWriter& w, const PageContext& pc) {
  write_page_head(w, {.pagename = "Phonebook", .lang = pc.lang, .user_id = pc.user.id});
  w.open_list("entries", "entry", kEntryColumns);
  store::for_each_phonebook_entry(pc.db, pc.user.id, [&](const store::PhonebookEntry& e) {
    w.open_item();
    w.integer("entry_id", e.id);
    w.text("entry_number", e.number);
    w.text("entry_name", e.name);
    w.text("entry_added", shown_time(pc, e.added));
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::pages
