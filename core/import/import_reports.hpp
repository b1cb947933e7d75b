#pragma once
// What an import or a rerate did, as one record for the output contract
// (table for a person, TSV or JSON for a script): the counts of its summary
// and whether it was a dry run. Warnings stay on stderr.
#include <string_view>

#include "core/import/cdr_import.hpp"
#include "core/import/deck_import.hpp"
#include "core/import/rerate.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::import {

void write_cdr_import_report(output::TreeWriter& w, std::string_view file, const CdrImportSummary& sum,
                             bool dry_run);
void write_destinations_import_report(output::TreeWriter& w, std::string_view file, const DeckImportSummary& sum,
                                      bool dry_run);
void write_rates_import_report(output::TreeWriter& w, std::string_view file, const DeckImportSummary& sum,
                               bool dry_run);
void write_rerate_report(output::TreeWriter& w, const RerateSummary& sum, bool dry_run);

}  // namespace kolmi::import
