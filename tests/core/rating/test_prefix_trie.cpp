#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "core/rating/prefix_trie.hpp"

using kolmi::rating::PrefixTrie;

namespace {
// The matched value, or -1 when nothing matches.
int match_value(const PrefixTrie& t, std::string_view number) {
  auto m = t.longest_match(number);
  return m ? m->value : -1;
}
}  // namespace

TEST_CASE("PrefixTrie: an empty trie matches nothing", "[rating][trie]") {
  PrefixTrie t;
  CHECK_FALSE(t.longest_match("37052123456"));
  CHECK_FALSE(t.longest_match(""));
  CHECK(t.size() == 0);
}

TEST_CASE("PrefixTrie: the longest stored prefix wins", "[rating][trie]") {
  PrefixTrie t;
  REQUIRE(t.insert("370", 1));
  REQUIRE(t.insert("37060", 3));  // inserted before its parent prefix on purpose
  REQUIRE(t.insert("3706", 2));
  CHECK(t.size() == 3);

  auto m = t.longest_match("37061234567");  // 3706 matches, 37061 does not exist
  REQUIRE(m);
  CHECK(m->value == 2);
  CHECK(m->length == 4);
  CHECK(match_value(t, "37060123") == 3);
  CHECK(match_value(t, "3705") == 1);
  CHECK(match_value(t, "370") == 1);  // the number is exactly the prefix
  CHECK(match_value(t, "37") == -1);  // shorter than every prefix
  CHECK(match_value(t, "371000") == -1);
  CHECK(match_value(t, "") == -1);
}

TEST_CASE("PrefixTrie: matching stops at the first non-digit", "[rating][trie]") {
  PrefixTrie t;
  REQUIRE(t.insert("3706", 2));
  REQUIRE(t.insert("37060", 3));
  auto m = t.longest_match("3706x0");
  REQUIRE(m);
  CHECK(m->value == 2);
  CHECK(m->length == 4);
}

TEST_CASE("PrefixTrie: bad prefixes are refused without leaving nodes", "[rating][trie]") {
  PrefixTrie t;
  REQUIRE(t.insert("44", 0));
  const std::size_t nodes = t.node_count();  // root + '4' + '4' = 3
  CHECK(nodes == 3);
  CHECK_FALSE(t.insert("", 1));
  CHECK_FALSE(t.insert("4420a", 2));  // the '4','4','2','0' path must not be built
  CHECK_FALSE(t.insert("+44", 3));
  CHECK_FALSE(t.insert(" 44", 4));
  CHECK_FALSE(t.insert("44 20", 5));
  CHECK_FALSE(t.insert("45", -1));  // negative values are "no value"
  CHECK_FALSE(t.insert("44", 6));   // duplicate: the first value stays
  CHECK(t.node_count() == nodes);
  CHECK(t.size() == 1);
  CHECK(match_value(t, "442071234567") == 0);
}

TEST_CASE("PrefixTrie: siblings inserted in any order are all found", "[rating][trie]") {
  PrefixTrie t;
  for (int d = 9; d >= 0; d -= 2) REQUIRE(t.insert(std::string(1, static_cast<char>('0' + d)) + "1", d));
  for (int d = 0; d <= 8; d += 2) REQUIRE(t.insert(std::string(1, static_cast<char>('0' + d)) + "1", d));
  CHECK(t.node_count() == 1 + 10 + 10);
  for (int d = 0; d <= 9; ++d) {
    std::string number = std::string(1, static_cast<char>('0' + d)) + "123";
    CHECK(match_value(t, number) == d);
    CHECK(match_value(t, number.substr(0, 1)) == -1);  // "d" alone is not stored
  }
}

TEST_CASE("PrefixTrie: 38,499 real A2Billing prefixes", "[rating][trie]") {
  std::ifstream in(std::string(KOLMI_TEST_DATA_DIR) + "/rating/a2billing-prefixes-josko.csv");
  REQUIRE(in);
  std::string line;
  std::getline(in, line);  // header "prefix,destination"
  PrefixTrie t;
  std::vector<std::string> names;
  std::size_t rows = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // the dump has CRLF lines
    auto comma = line.find(',');
    REQUIRE(comma != std::string::npos);
    std::string prefix = line.substr(0, comma);
    names.push_back(line.substr(comma + 1));
    CHECK(t.insert(prefix, static_cast<std::int32_t>(rows)));
    ++rows;
  }
  CHECK(rows == 38'499);
  CHECK(t.size() == 38'499);  // all digits, no duplicates in this table
  t.shrink_to_fit();
  // Far fewer nodes than the 236,488 prefix characters, because prefixes
  // share their beginnings; the bound keeps an accidental blow-up visible.
  CHECK(t.node_count() < 60'000);  // 47,280 when written
  CHECK(t.memory_bytes() < 1'000'000);

  auto name = [&](std::string_view number) {
    auto m = t.longest_match(number);
    return m ? names[static_cast<std::size_t>(m->value)] : std::string("(none)");
  };
  auto length = [&](std::string_view number) {
    auto m = t.longest_match(number);
    return m ? m->length : 0;
  };
  CHECK(name("74951234567") == "Russia fix Russian Telecom Moscow");  // prefix 7495
  CHECK(length("74951234567") == 4);
  CHECK(name("37069912345") == "Lithuania mobile Bite");  // 370699 beats 3706
  CHECK(length("37069912345") == 6);
  CHECK(name("37061234567") == "Lithuania mobile Omnitel");  // 37061
  CHECK(length("37061234567") == 5);
  CHECK(name("37066") == "Lithuania mobile");  // 37066 has only longer children: 3706
  CHECK(length("37066") == 4);
  // 3706472 is a node on the way to 37064720 but not a prefix: back to 370647.
  CHECK(length("37064721") == 6);
  CHECK(length("37064720") == 8);
  CHECK(name("3706601123") == "Lithuania mobile");  // 3706601, a 7-digit prefix
  CHECK(length("3706601123") == 7);
  CHECK(name("251913333333") == "Ethiopia mobile");  // a 12-digit prefix, whole number
}
