#include "core/pages/destinations_page.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/page_head.hpp"
#include "core/pages/personal_rates.hpp"

namespace kolmi::pages {

namespace {
constexpr std::string_view kDirectionColumns[] = {"details", "prefix", "dir_code"};
}  // namespace

DestinationsPage load_destinations_page(const PageContext& pc, std::int64_t group_id) {
  auto group = find_personal_group(pc.db, pc.user, group_id, pc.clock.now());
  if (!group) throw not_found_error(fmt::format("no such destination group of yours: {}", group_id));
  return DestinationsPage{std::move(group->name), std::move(group->flag),
                          store::GroupDestinationCursor::open(pc.db, group_id)};
}

void write_destinations_page(output::TreeWriter& w, const PageContext& pc, DestinationsPage& page) {
  write_page_head(w, {.pagename = "Destinations", .lang = pc.lang});
  w.text("groupname", page.group_name);
  w.text("groupicon", page.group_flag);
  w.open_list("directions", "direction", kDirectionColumns);
  while (page.directions.step()) {
    w.open_item();
    w.text("details", page.directions.name());
    w.text("prefix", page.directions.prefix());
    w.text("dir_code", page.directions.subcode());
    w.close();
  }
  w.close();
  w.finish();
}

}  // namespace kolmi::pages
