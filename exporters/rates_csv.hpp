#pragma once
// The personal rates export as CSV (MOR's format): the header
// `Name;Type;Rate;Rate_with_VAT` (with the chosen separator), then one row
// per destination group: its name, its type (desttype), the price per
// minute and the price with the user's VAT, in the export's currency,
// rounded to Nice_Number_Digits with trailing zeros trimmed as the rates
// page shows them ("0.049", "10"), with the chosen decimal mark.
#include "exporters/csv_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

// Writes the whole file into `sink` (a BOM first when options.bom). Throws
// what `rows` and `sink` throw.
void write_rates_csv(const RatesExportInfo& info, const RateRowSource& rows, const ByteSink& sink,
                     const CsvOptions& options);

}  // namespace kolmi::exporters
