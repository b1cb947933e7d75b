#pragma once
// The characters CSV files may use as field separator and decimal mark, as
// the exports' options and the CSV_Separator/CSV_Decimal settings give them.
// One rule for both, so a setting `kolmi admin config set` accepts is one the
// exports can use.
#include <optional>
#include <string_view>

namespace kolmi::output {

// The separator `text` names: one character that is not a letter, digit,
// '"', '.', a line end or a non-ASCII byte, or "tab" (also "\t" typed as two
// characters). nullopt otherwise.
std::optional<char> csv_separator_of(std::string_view text);

// The decimal mark `text` names: '.' or ','. nullopt otherwise.
std::optional<char> csv_decimal_of(std::string_view text);

}  // namespace kolmi::output
