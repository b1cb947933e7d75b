#pragma once
// The destinations page (examples/destinations.xml, spec "Rates b"): every
// destination (prefix) of one destination group of the user's tariff.
#include <cstdint>
#include <string>

#include "core/output/tree_writer.hpp"
#include "core/pages/page_context.hpp"
#include "core/store/database.hpp"
#include "core/store/personal_rate_rows.hpp"

namespace kolmi::pages {

struct DestinationsPage {
  std::string group_name;
  std::string group_flag;
  store::GroupDestinationCursor directions;  // the group's destinations by prefix, read while writing
};

// The group must be one the rates page lists for the user (see
// personal_rates.hpp). A missing group and a group outside the user's tariff
// are the same Error(not_found), "no such destination group of yours: ID",
// so group ids reveal nothing about other tariffs.
DestinationsPage load_destinations_page(const PageContext& pc, std::int64_t group_id);

// Writes the page, one <direction> per destination as it is read (the
// destinations_group index gives them in prefix order, no sorting).
void write_destinations_page(output::TreeWriter& w, const PageContext& pc, DestinationsPage& page);

}  // namespace kolmi::pages
