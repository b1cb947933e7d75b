#pragma once
// The examples and environment variables every command's --help ends with
// (help_examples.cpp holds the table).
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace kolmi::cli {

struct HelpEntry {
  std::string_view path;                   // "admin import cdr"; "" is kolmi itself
  std::vector<std::string_view> examples;  // two or three command lines
  std::string_view environment;            // the variables it reads, "" for none
};

// The table, for tests (every command has an entry).
const std::vector<HelpEntry>& help_entries();

// Sets the footer of `app` and of every command under it: its examples,
// "Environment: ..." and "See man kolmi.". Call after the tree is built.
void add_help_footers(CLI::App& app);

}  // namespace kolmi::cli
