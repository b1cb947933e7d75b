#pragma once
// "Did you mean ...?": which of the words kolmi knows a mistyped word is
// probably meant to be. Pure text, no CLI: cli/usage_errors.cpp gives it the
// names of commands, options and choices.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kolmi::text {

// The optimal-string-alignment distance (Damerau-Levenshtein without
// repeated edits of a substring): insertions, deletions, substitutions and
// swaps of two neighbouring characters each count 1. Bytes, not characters:
// kolmi's names are ASCII.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates `word` is close to, best first (at most three): those at
// the smallest edit distance, when it is at most 1 for words of up to four
// characters and 2 for longer ones (so 'x' is not taken for 'as'), and
// those `word` is a prefix of (at least two characters: '--st' for
// '--status'). Leading dashes are ignored when measuring, so '--frm' is one
// edit from '--from'. Empty when nothing is close, or when `word` is one of
// the candidates.
std::vector<std::string> suggestions(std::string_view word, const std::vector<std::string>& candidates);

// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
std::string quoted_alternatives(const std::vector<std::string>& words);

}  // namespace kolmi::text
