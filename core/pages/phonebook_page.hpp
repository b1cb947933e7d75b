#pragma once
// The phonebook page (examples/phonebook.xml) with <entry_id> first in each
// entry (spec decision 4: `kolmi phonebook destroy` needs it). Entries are
// written as SQLite reads them.
#include "core/pages/page_context.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::pages {

void write_phonebook_page(output::TreeWriter& w, const PageContext& pc);

}  // namespace kolmi::pages
