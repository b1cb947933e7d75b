#pragma once
// A value on one line of a TSV file or a terminal table: a tab or line
// break becomes a space (they separate words in the data), other control
// characters (C0, DEL, C1: ESC and CSI drive terminals) and invalid UTF-8
// become U+FFFD. Nothing else changes, and nothing is quoted.
#include <string>
#include <string_view>

namespace kolmi::output {

// Appends `value` to `out` made safe as above.
void append_one_line(std::string& out, std::string_view value);

}  // namespace kolmi::output
