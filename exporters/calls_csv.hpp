#pragma once
// The call list export as CSV: a header row of stable English names, then
// one row per call, streamed from the source (a million calls cost one row
// and a 64 KiB buffer of memory):
//
//   Date;Called_from;Called_to;Destination;Duration;Hangup_cause;Price
//
// Date: the start on the user's wall clock, YYYY-MM-DD HH:MM:SS. Duration:
// talk time (billsec) as HH:MM:SS, as the calls page shows it. Hangup_cause:
// Answered, No Answer, Busy or Failed in the export's language. Price: in
// the export's currency, rounded to Nice_Number_Digits with trailing zeros
// trimmed, with the chosen decimal mark; empty for a call that was not rated.
#include <array>
#include <cstdint>
#include <functional>
#include <string_view>

#include "exporters/csv_options.hpp"
#include "exporters/export_rows.hpp"

namespace kolmi::exporters {

inline constexpr std::array<std::string_view, 7> kCallsCsvHeader = {
    "Date", "Called_from", "Called_to", "Destination", "Duration", "Hangup_cause", "Price"};

// Told the number of rows written so far, now and then (every few thousand
// rows and at the end); may be empty.
using ProgressCallback = std::function<void(std::int64_t rows_done)>;

// Writes the whole file into `sink` (a BOM first when options.bom). Throws
// what `rows`, `sink` and `progress` throw.
void write_calls_csv(const CallRowSource& rows, const ByteSink& sink, const CsvOptions& options,
                     const ProgressCallback& progress = {});

}  // namespace kolmi::exporters
