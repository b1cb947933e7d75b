#pragma once
// The operator console's tariff views (issue 12): `kolmi admin tariff list`
// as a tree for the output contract, <tariffs><tariff>..., one row each in
// the row formats.
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/store/tariff_list.hpp"

namespace kolmi::console {

void write_tariff_list(output::TreeWriter& w, const std::vector<store::TariffSummary>& tariffs);

}  // namespace kolmi::console
