#pragma once
// Validators for options and arguments that take a row id (ENTRY_ID,
// CALL_ID, GROUP_ID, --device). CLI11 alone reads an integer with strtoll in
// base 0: it clamps 99999999999999999999 to INT64_MAX and reads 010 as
// octal 8. These check the text with text::parse_id first (exit 2, naming
// the option, for anything but a positive int64 in decimal) and hand CLI11
// the id in canonical decimal.
#include <CLI/CLI.hpp>

namespace kolmi::cli {

// A positive int64 id.
CLI::Validator id_number();
// "all", or a positive int64 id.
CLI::Validator all_or_id_number();

}  // namespace kolmi::cli
