#pragma once
// Which part of the command tree a run needs. Building the whole tree (every
// command, option and help footer) costs about a millisecond and 3.5 million
// instructions, a third of a short command's own work; a run needs only the
// branch its first word names. `kolmi admin ...` builds the admin branch,
// `kolmi calls ...` everything but it. Help, completion, a bare `kolmi`, and
// a first word the branch does not know (a typo, whose "did you mean" looks
// at every command) get the whole tree.
#include <CLI/CLI.hpp>

#include <string_view>

namespace kolmi::cli {

enum class CommandScope { everything, admin, customer };

// The first command word of argv: the first argument that is neither an
// option nor the value of a global option that takes one.
std::string_view first_command_word(int argc, const char* const* argv);
CommandScope scope_of(std::string_view first_word);

// True when `app` has a subcommand called `word` (or an alias of it).
bool has_command(const CLI::App& app, std::string_view word);

// The global options that take a value (`--db PATH`), which the word search
// skips with their value. A test holds this list to the real tree.
inline constexpr std::string_view kGlobalOptionsWithValue[] = {"--db", "--session", "--as", "--lang", "--output"};

}  // namespace kolmi::cli
