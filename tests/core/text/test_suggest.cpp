// "Did you mean": edit distance and the choice of candidates.
#include <catch2/catch.hpp>

#include "core/text/suggest.hpp"

using kolmi::text::edit_distance;
using kolmi::text::quoted_alternatives;
using kolmi::text::suggestions;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[text][suggest]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("calls", "calls") == 0);
  CHECK(edit_distance("cals", "calls") == 1);     // insertion
  CHECK(edit_distance("callls", "calls") == 1);   // deletion
  CHECK(edit_distance("cells", "calls") == 1);    // substitution
  CHECK(edit_distance("clals", "calls") == 1);    // swap of neighbours
  CHECK(edit_distance("frm", "from") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("frobnicate", "rerate") > 2);
}

TEST_CASE("suggestions are the closest names, dashes ignored", "[text][suggest]") {
  const std::vector<std::string> commands{"calls", "callback", "clis", "main", "rates", "stats"};
  CHECK(suggestions("cals", commands) == std::vector<std::string>{"calls"});
  CHECK(suggestions("stast", commands) == std::vector<std::string>{"stats"});
  CHECK(suggestions("frobnicate", commands).empty());
  CHECK(suggestions("", commands).empty());
  CHECK(suggestions("calls", commands).empty());  // the word itself is not a suggestion

  const std::vector<std::string> options{"--from", "--till", "--status", "--device", "--direction", "--help"};
  CHECK(suggestions("--frm", options) == std::vector<std::string>{"--from"});
  CHECK(suggestions("--stauts", options) == std::vector<std::string>{"--status"});
  CHECK(suggestions("--x", options).empty());
}

TEST_CASE("short words allow one edit, and a prefix suggests what it starts", "[text][suggest]") {
  const std::vector<std::string> words{"as", "db", "calls", "callback"};
  CHECK(suggestions("x", words).empty());
  CHECK(suggestions("ca", words) == std::vector<std::string>{"calls", "callback"});
  CHECK(suggestions("cal", words) == std::vector<std::string>{"calls", "callback"});
  const std::vector<std::string> many{"a1", "a2", "a3", "a4"};
  CHECK(suggestions("a", many).size() == 3);  // at most three
}

TEST_CASE("alternatives are quoted and joined with 'or'", "[text][suggest]") {
  CHECK(quoted_alternatives({}).empty());
  CHECK(quoted_alternatives({"a"}) == "'a'");
  CHECK(quoted_alternatives({"a", "b"}) == "'a' or 'b'");
  CHECK(quoted_alternatives({"a", "b", "c"}) == "'a', 'b' or 'c'");
}
