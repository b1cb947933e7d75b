#pragma once
// The operator console's view of one tariff (kolmi admin tariff show): the
// tariff, then its rates each with its destination or group and all its rate
// details, written as the cursor reads them.
//
// The shape depends on the format, because a row cannot nest: the tree
// formats (XML, JSON) nest each rate's details under it,
//   <tariff> id name purpose currency
//     <rates><rate> rate_id kind destination_id prefix destination group_id
//                   group group_type min_time
//       <details><detail> detail_id artype from duration round price
//                         start_time end_time daytype
// while the row formats print one row per rate detail, the rate's columns
// repeated on each (a rate without details: one row, its detail cells
// empty). Prices are exact, in the tariff's currency (price_currency).
#include <string_view>

#include "core/output/format.hpp"
#include "core/output/tree_writer.hpp"
#include "core/store/database.hpp"
#include "core/store/tariff_rate_list.hpp"

namespace kolmi::console {

enum class TariffShape {
  nested,  // XML, JSON
  rows,    // CSV, TSV, table
};
inline TariffShape tariff_shape(output::Format format) {
  return format == output::Format::xml || format == output::Format::json ? TariffShape::nested : TariffShape::rows;
}

// Every check that can fail, before anything is written: the tariff
// called `name` and, with a group filter, the group. Throws
// Error(not_found) naming the tariff or the group; Error(storage).
struct TariffShow {
  store::TariffHead tariff;
  store::TariffRateCursor rates;
};
TariffShow load_tariff_show(store::Database& db, std::string_view name, const store::TariffRateFilter& filter);

// Writes the whole document. Throws what the cursor throws (Error(storage)).
void write_tariff_rates(output::TreeWriter& w, const store::TariffHead& tariff, store::TariffRateCursor& rates,
                        TariffShape shape);

}  // namespace kolmi::console
