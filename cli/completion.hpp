#pragma once
// `kolmi completion bash|zsh`: shell completion scripts generated from the
// command tree itself (commands at every level, each command's options with
// the global ones, the choices of IsMember options, file names where a path
// is expected), so they never drift from the real options.
#include <string>

#include <CLI/CLI.hpp>

namespace kolmi::cli {

// A bash script defining _kolmi and registering it with `complete`.
std::string bash_completion(const CLI::App& root);

// A zsh script: as `_kolmi` in a folder of $fpath it is the completion
// function (#compdef kolmi); sourced, it registers itself with compdef.
std::string zsh_completion(const CLI::App& root);

}  // namespace kolmi::cli
