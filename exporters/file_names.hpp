#pragma once
// The default file names of the exports (MOR's), used when the output is a
// folder (`-o DIR/`):
//   Rates-Personal-<username>-<CUR>.csv|pdf
//   Calls-<username>-<first day>-<last day>-<CUR>.csv|pdf   (days YYYY-MM-DD)
//   Stats-<username>-<first day>-<last day>.pdf|svg|csv     (kolmi's own)
// Each part taken from the database goes through safe_name_part, so a login
// such as "../x" or "a/b" never leads outside the folder.
#include <string>
#include <string_view>

#include "exporters/export_options.hpp"

namespace kolmi::exporters {

// `text` fit for a part of a file name: '/', '\', spaces and control
// characters (bytes below 0x20 and 0x7F) become '_', and a part that would
// be empty or only dots ("", ".", "..") becomes "_". Other UTF-8 stays.
std::string safe_name_part(std::string_view text);

std::string rates_file_name(std::string_view username, std::string_view currency, ExportFormat format);
// `first_day` and `last_day` are local 'YYYY-MM-DD...' texts; their date
// part is used.
std::string calls_file_name(std::string_view username, std::string_view first_day, std::string_view last_day,
                            std::string_view currency, ExportFormat format);

// `extension` without the dot: "pdf", "svg", "csv".
std::string stats_file_name(std::string_view username, std::string_view first_day, std::string_view last_day,
                            std::string_view extension);

}  // namespace kolmi::exporters
