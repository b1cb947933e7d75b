#pragma once
// How the CSV exports look: the field separator, the decimal mark of
// numbers and an optional UTF-8 byte order mark. The separator and decimal
// mark come from MOR's settings CSV_Separator (default ';') and CSV_Decimal
// (default '.'), each overridable on the command line.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/database.hpp"

namespace kolmi::exporters {

struct CsvOptions {
  char separator = ';';
  char decimal = '.';
  bool bom = false;
};

// What the user asked for; nullopt: take the setting. Every member has an
// initializer, so designated initializers may leave any of them out.
struct CsvChoices {
  std::optional<std::string> separator{};  // --separator: one character, or "tab"
  std::optional<std::string> decimal{};    // --decimal: '.' or ','
  bool bom = false;                        // --bom
};

// The options in effect: each choice, else its setting, else the default.
// A separator is one character ("tab" and "\t" mean a tab) other than a
// letter, a digit, '"', '.', CR or LF; a decimal mark is '.' or ','. The
// two must differ: a number such as "0,05" in a ','-separated file would
// depend on quoting to be read back, so kolmi refuses rather than writing a
// file that spreadsheets split wrongly. Throws Error(usage) naming the
// option (or the setting, when the bad value is the setting's) and
// Error(storage) for unreadable settings.
CsvOptions resolve_csv_options(store::Database& db, const CsvChoices& choices);

// `number` (digits, optional '-', at most one '.') with its '.' replaced by
// `mark`, written into `out` (at least number.size() bytes); `number` itself
// when the mark is '.'.
std::string_view with_decimal_mark(std::string_view number, char mark, std::array<char, 32>& out);

}  // namespace kolmi::exporters
