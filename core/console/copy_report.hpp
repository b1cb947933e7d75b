#pragma once
// What `kolmi admin copy` prints when the copy is complete: one row per
// table with the rows it received, <copy><table>... in XML, through the
// output contract.
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/store/database_copy.hpp"

namespace kolmi::console {

void write_copy_report(output::TreeWriter& w, const std::vector<store::TableCopy>& tables);

}  // namespace kolmi::console
