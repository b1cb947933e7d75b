#pragma once
// Usage errors in kolmi's words: one line that names the command, the word
// that is wrong and the fix ("did you mean", the choices, the pointer to
// `kolmi COMMAND --help`). CLI11's own texts ("The following arguments were
// not expected: ...") never reach the user: run.cpp hands every
// CLI::ParseError here, and every Error(usage) a command throws.
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/pages/i18n.hpp"

namespace kolmi::cli {

// "admin import cdr" for that command, "" for the root.
std::string command_path(const CLI::App& command);

// The message for the parse error CLI11 raised on `argv` against the tree
// of `root`. The command is found by walking argv down the tree; the walk
// also finds the first word it cannot place (an unknown option or command,
// an option without its value, an extra argument), which is what the
// message is about; otherwise CLI11's error is put in kolmi's words.
std::string parse_error_message(const CLI::App& root, const CLI::ParseError& error, int argc,
                                const char* const* argv, pages::Lang lang);

// An Error(usage) a command threw after parsing (already translated):
// prefixed with the command's path and followed by the pointer to its
// --help, unless the message has them.
std::string usage_error_message(const CLI::App& root, std::string_view message, pages::Lang lang);

// "unknown command 'WORD'" under `parent`, with the closest of its commands
// or, for a group, the list of them. For `kolmi help WORD...` too.
std::string unknown_command(const CLI::App& parent, std::string_view word, pages::Lang lang);

// The language of messages before the user is known: --lang as given on
// the command line (en when absent or not en|ru).
pages::Lang lang_in_argv(int argc, const char* const* argv);

// The choices an option accepts (its CLI::IsMember set, read from the
// option's type name "TEXT:{a,b}"), in order; empty when it takes any value.
std::vector<std::string> option_choices(const CLI::Option& option);

// The named subcommands of `app`, in the order they were added.
std::vector<const CLI::App*> named_subcommands(const CLI::App& app);

}  // namespace kolmi::cli
