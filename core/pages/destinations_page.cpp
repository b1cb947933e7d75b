#include "core/pages/destinations_page.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/personal_rates.hpp"

namespace kolmi::pages {

DestinationsPage load_destinations_page(const PageContext& pc, std::int64_t group_id) {
  auto group = find_personal_group(pc.db, pc.user, group_id);
  if (!group) throw not_found_error(fmt::format("no such destination group of yours: {}", group_id));
  store::Statement directions = pc.db.prepare(
      "SELECT name, prefix, subcode FROM destinations WHERE destinationgroup_id = ? ORDER BY prefix");
  directions.bind(1, group_id);
  return DestinationsPage{std::move(group->name), std::move(group->flag), std::move(directions)};
}

void write_destinations_page(xml::XmlWriter& w, DestinationsPage& page, Lang lang) {
  w.declaration();
  w.open("page");
  w.leaf("pagename", tr(lang, "Destinations"));
  w.leaf("language", lang_code(lang));
  w.leaf("groupname", page.group_name);
  w.leaf("groupicon", page.group_flag);
  w.open("directions");
  while (page.directions.step()) {
    w.open("direction");
    w.leaf("details", page.directions.text(0));
    w.leaf("prefix", page.directions.text(1));
    w.leaf("dir_code", page.directions.text(2));
    w.close();
  }
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
