#pragma once
// Longest-prefix match of dialled digits against destination prefixes.
//
// Built once by Rater::load() and then only read, so a call is matched by
// walking at most one node per digit instead of asking the database. Nodes
// live in one vector and refer to each other by int32 index; each node keeps
// its children as a sibling list sorted by digit (at most ten, so a linear
// walk is as fast as a table and a node is 16 bytes instead of 48). The
// 38,499 prefixes of a real A2Billing table take 47,280 nodes, 740 KiB.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kolmi::rating {

class PrefixTrie {
 public:
  PrefixTrie();

  // Stores `value` (>= 0) under `prefix`. Returns false and leaves the trie
  // unchanged when the prefix is empty, holds anything but '0'-'9' (a badly
  // imported table), is already present (the first value stays) or when the
  // value is negative.
  bool insert(std::string_view prefix, std::int32_t value);

  struct Match {
    std::int32_t value = -1;
    std::size_t length = 0;  // digits of `number` the matched prefix covers
  };
  // The value of the longest stored prefix of `number`. Matching stops at the
  // first character that is not a digit. nullopt when no prefix matches.
  std::optional<Match> longest_match(std::string_view number) const;
  // Every stored prefix of `number`, shortest first (the last is
  // longest_match): the candidates an explanation lists.
  std::vector<Match> all_matches(std::string_view number) const;

  std::size_t size() const { return size_; }  // prefixes stored
  std::size_t node_count() const { return nodes_.size(); }
  std::size_t memory_bytes() const { return nodes_.capacity() * sizeof(Node); }
  // Gives back the spare capacity left by building; call once loading is done.
  void shrink_to_fit() { nodes_.shrink_to_fit(); }

 private:
  struct Node {
    std::int32_t first_child = -1;
    std::int32_t next_sibling = -1;
    std::int32_t value = -1;
    std::uint8_t digit = 0;
  };
  std::int32_t find_child(std::int32_t parent, std::uint8_t digit) const;
  std::int32_t find_or_add_child(std::int32_t parent, std::uint8_t digit);

  std::vector<Node> nodes_;  // nodes_[0] is the root (the empty prefix)
  std::size_t size_ = 0;
};

}  // namespace kolmi::rating
