#include "cli/command_scope.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace kolmi::cli {

std::string_view first_command_word(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") return {};  // what follows is positional: let the whole tree decide
    if (!arg.starts_with('-')) return arg;
    // `--db PATH` (not `--db=PATH`): its value is not a command word.
    if (std::find(std::begin(kGlobalOptionsWithValue), std::end(kGlobalOptionsWithValue), arg) !=
        std::end(kGlobalOptionsWithValue))
      ++i;
  }
  return {};
}

CommandScope scope_of(std::string_view first_word) {
  if (first_word.empty() || first_word == "help" || first_word == "completion") return CommandScope::everything;
  return first_word == "admin" ? CommandScope::admin : CommandScope::customer;
}

bool has_command(const CLI::App& app, std::string_view word) {
  const std::string name(word);
  return !app.get_subcommands([&](const CLI::App* sub) { return sub->check_name(name); }).empty();
}

}  // namespace kolmi::cli
