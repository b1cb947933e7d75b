#include "core/rating/prefix_trie.hpp"

#include <limits>
#include <stdexcept>

namespace kolmi::rating {

namespace {
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
std::uint8_t digit_of(char c) {
  return static_cast<std::uint8_t>(c - '0');
}
}  // namespace

PrefixTrie::PrefixTrie() : nodes_(1) {}

std::int32_t PrefixTrie::find_child(std::int32_t parent, std::uint8_t digit) const {
  for (std::int32_t c = nodes_[static_cast<std::size_t>(parent)].first_child; c >= 0;
       c = nodes_[static_cast<std::size_t>(c)].next_sibling) {
    const Node& n = nodes_[static_cast<std::size_t>(c)];
    if (n.digit == digit) return c;
    if (n.digit > digit) break;  // siblings are sorted by digit
  }
  return -1;
}

std::int32_t PrefixTrie::find_or_add_child(std::int32_t parent, std::uint8_t digit) {
  // Find the sibling link after which `digit` belongs, keeping the list sorted.
  std::int32_t prev = -1;
  std::int32_t cur = nodes_[static_cast<std::size_t>(parent)].first_child;
  while (cur >= 0 && nodes_[static_cast<std::size_t>(cur)].digit < digit) {
    prev = cur;
    cur = nodes_[static_cast<std::size_t>(cur)].next_sibling;
  }
  if (cur >= 0 && nodes_[static_cast<std::size_t>(cur)].digit == digit) return cur;
  if (nodes_.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    throw std::length_error("prefix trie: too many nodes");
  }
  auto added = static_cast<std::int32_t>(nodes_.size());
  Node node;
  node.digit = digit;
  node.next_sibling = cur;
  nodes_.push_back(node);  // may reallocate: index, never hold references across it
  if (prev < 0) {
    nodes_[static_cast<std::size_t>(parent)].first_child = added;
  } else {
    nodes_[static_cast<std::size_t>(prev)].next_sibling = added;
  }
  return added;
}

bool PrefixTrie::insert(std::string_view prefix, std::int32_t value) {
  if (prefix.empty() || value < 0) return false;
  // Check every character first so a bad prefix leaves no half-built path.
  for (char c : prefix) {
    if (!is_digit(c)) return false;
  }
  std::int32_t node = 0;
  for (char c : prefix) node = find_or_add_child(node, digit_of(c));
  Node& leaf = nodes_[static_cast<std::size_t>(node)];
  if (leaf.value >= 0) return false;
  leaf.value = value;
  ++size_;
  return true;
}

std::optional<PrefixTrie::Match> PrefixTrie::longest_match(std::string_view number) const {
  std::optional<Match> best;
  std::int32_t node = 0;
  for (std::size_t i = 0; i < number.size() && is_digit(number[i]); ++i) {
    node = find_child(node, digit_of(number[i]));
    if (node < 0) break;
    std::int32_t value = nodes_[static_cast<std::size_t>(node)].value;
    if (value >= 0) best = Match{value, i + 1};
  }
  return best;
}

std::vector<PrefixTrie::Match> PrefixTrie::all_matches(std::string_view number) const {
  std::vector<Match> out;
  std::int32_t node = 0;
  for (std::size_t i = 0; i < number.size() && is_digit(number[i]); ++i) {
    node = find_child(node, digit_of(number[i]));
    if (node < 0) break;
    std::int32_t value = nodes_[static_cast<std::size_t>(node)].value;
    if (value >= 0) out.push_back(Match{value, i + 1});
  }
  return out;
}

}  // namespace kolmi::rating
