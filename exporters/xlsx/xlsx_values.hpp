#pragma once
// How kolmi's values become typed spreadsheet cells: the pure arithmetic
// behind the XLSX writer (no libxlsxwriter here, so tests check it exactly).
//
// Money stays exact: a cell gets a number only when the decimal the CSV
// export prints has at most 15 significant digits (as many as a double tells
// apart and a spreadsheet shows) and the sheet's text of its double (the
// shortest that reads back, sheet_number_text) reads back as that same
// double, which shows as the decimal; otherwise it gets the decimal as text. Dates are
// Excel serial dates of the wall-clock time the CSV shows (no zone: a
// spreadsheet date has none), durations fractions of a day.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::exporters::xlsx {

// The double nearest to `decimal` ("-12.5", "0.000000001": optional '-',
// digits, at most one '.'), when it stands for exactly that decimal in a
// sheet (see above); nullopt for more than 15 significant digits (e.g.
// 9223372036.854775807), for the rare double whose 16-digit text reads back
// as another, and when `decimal` is not such a text. -0 becomes 0.
std::optional<double> exact_number(std::string_view decimal);

// The shortest text that reads back as `value` (std::to_chars, locale-
// independent; "-0" is "0"), as the writer puts a number into the sheet
// XML: what a reader of the file sees.
std::string sheet_number_text(double value);
// The same appended to `out` (no string of its own: once per number cell).
void append_sheet_number(std::string& out, double value);

// Excel's serial date of a wall-clock time 'YYYY-MM-DD HH:MM:SS' (or
// 'YYYY-MM-DD'): days since 1899-12-30 plus the fraction of the day.
// nullopt when the text is not such a time, or is before 1900-03-01 (Excel's
// 1900 calendar has a 29 February that never was, so earlier serials are
// off by one day).
std::optional<double> excel_date(std::string_view wall_clock);

// `seconds` as a fraction of days (shown with the "[hh]:mm:ss" format).
double excel_duration(std::int64_t seconds);

// The number format of money in a document: `digits` fixed decimals (0 to
// 9), thousands grouped, and the currency code after the amount when it is
// 1 to 8 letters or digits: `#,##0.0000 "EUR"`. A code with other
// characters is left out rather than escaped into the format.
std::string money_format(int digits, std::string_view currency);

// Formats of the other typed columns.
inline constexpr std::string_view kDateFormat = "yyyy-mm-dd hh:mm:ss";
inline constexpr std::string_view kDurationFormat = "[hh]:mm:ss";

// The characters of `text` (UTF-8) a column needs to show it: code points,
// not bytes.
std::size_t shown_width(std::string_view text);

}  // namespace kolmi::exporters::xlsx
