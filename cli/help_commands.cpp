// kolmi help [COMMAND...] and kolmi completion bash|zsh: both read the
// command tree, so they are registered last (app.cpp).
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/usage_errors.hpp"
#include "core/error.hpp"

namespace kolmi::cli {

namespace {

// The help of the command `words` name, exactly as `kolmi WORDS... --help`
// prints it. Throws Error(usage) for a word that is not a command there.
std::string help_text(const CLI::App& root, const std::vector<std::string>& words, pages::Lang lang) {
  const CLI::App* command = &root;
  for (const std::string& word : words) {
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : named_subcommands(*command)) {
      if (sub->check_name(word)) next = sub;
    }
    if (!next) throw usage_error(unknown_command(*command, word, lang));
    command = next;
  }
  // Not command->help(): the root's would follow the `help` command parsed.
  const std::string path = command_path(*command);
  return command->get_formatter()->make_help(command, path.empty() ? "kolmi" : "kolmi " + path,
                                             CLI::AppFormatMode::Normal);
}

}  // namespace

void add_help_commands(CLI::App& app, Context& ctx) {
  auto words = std::make_shared<std::vector<std::string>>();
  auto* help = app.add_subcommand("help", "Show the help of kolmi or of a command (kolmi help calls export)");
  help->add_option("COMMAND", *words, "The command's words");
  help->callback([&app, &ctx, words] {
    fmt::print(ctx.out, "{}", help_text(app, *words, pages::parse_lang(ctx.options.lang)));
  });

  auto shell = std::make_shared<std::string>();
  auto* completion =
      app.add_subcommand("completion", "Print a shell completion script: source <(kolmi completion bash)");
  completion->add_option("SHELL", *shell, "bash or zsh")->required()->check(CLI::IsMember({"bash", "zsh"}));
  completion->callback([&app, &ctx, shell] {
    fmt::print(ctx.out, "{}", *shell == "bash" ? bash_completion(app) : zsh_completion(app));
  });
}

}  // namespace kolmi::cli
