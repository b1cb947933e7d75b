#pragma once
// The only terminal code of kolmi: is a stream a terminal, and reading a
// secret without echo. Kept out of core/ on purpose.
#include <cstdio>
#include <optional>
#include <string>

namespace kolmi::cli {

bool is_terminal(std::FILE* stream);

// Prints `prompt` on the controlling terminal and reads one line with echo
// off. nullopt when there is no terminal.
std::optional<std::string> read_secret_from_terminal(const char* prompt);

// Reads one line from `in` (a password from --password-stdin or a '-'
// value), without the line end. Throws Error(usage) when `in` is empty.
std::string read_line(std::FILE* in, const char* what);

}  // namespace kolmi::cli
