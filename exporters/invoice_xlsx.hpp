#pragma once
// An invoice as XLSX: the CSV's table (exporters/invoice_export.hpp: the
// invoice and its period on every row, a row per line, then total, VAT
// and total with VAT) on one sheet with typed cells: the period's bounds
// Excel dates on the user's wall clock, quantities and minutes numbers,
// amounts numbers with the invoice's decimals and currency, the rest text;
// headings in the user's language, the header frozen, an auto-filter,
// widths from the content (exporters/xlsx/xlsx_table.hpp).
#include <string>
#include <vector>

#include "exporters/export_rows.hpp"
#include "exporters/invoice_export.hpp"

namespace kolmi::exporters {

// Writes the workbook into `sink`, built in `scratch_dir` (its files there
// have no names; empty: the current folder). Throws Error(storage) when
// libxlsxwriter cannot be loaded or fails, or the scratch file cannot be
// made; the sink's own errors propagate.
void write_invoice_xlsx(const InvoiceExportInfo& info, const std::vector<InvoiceExportLine>& lines,
                        const ByteSink& sink, const std::string& scratch_dir);

}  // namespace kolmi::exporters
