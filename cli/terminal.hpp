#pragma once
// The only terminal code of kolmi: is a stream a terminal, and reading a
// secret without echo. Kept out of core/ on purpose.
#include <cstddef>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::cli {

bool is_terminal(std::FILE* stream);

// The width in characters of the terminal `stream` writes to (COLUMNS when
// the terminal does not say); 0 when it is not a terminal.
std::size_t terminal_width(std::FILE* stream, const std::function<std::optional<std::string>(std::string_view)>& env);

// Prints `prompt` on the controlling terminal and reads one line with echo
// off. nullopt when there is no terminal.
std::optional<std::string> read_secret_from_terminal(const char* prompt);

// Reads one line from `in` (a password from --password-stdin or a '-'
// value), without the line end. Throws Error(usage) when `in` is empty.
std::string read_line(std::FILE* in, const char* what);

}  // namespace kolmi::cli
