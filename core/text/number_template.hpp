#pragma once
// Numbering templates, such as the setting Invoice_Number_Format: literal
// text with placeholders, so an operator can say how numbers look without
// kolmi knowing their scheme. The placeholders:
//   {N}     the sequential number, in decimal
//   {N:w}   the same, zero-padded to at least w digits (1 to 18)
//   {YYYY}  the four-digit year of the period numbered
//   {MM}    its two-digit month
// A template holds exactly one {N} or {N:w}; every other '{' or '}' is
// refused, so "INV-{n}" or "{N" is an error rather than a number that
// silently lacks its sequence. "INV{N:6}" with 101 gives "INV000101".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi::text {

// nullopt when `number_template` follows the rules above, else why not
// (one sentence, for an error message).
std::optional<std::string> number_template_problem(std::string_view number_template);

// The number for `sequence` (at least 0) in the period `year`-`month`.
// `number_template` must have passed number_template_problem
// (std::invalid_argument otherwise).
std::string format_number(std::string_view number_template, std::int64_t sequence, int year, unsigned month);

}  // namespace kolmi::text
