#include "core/text/suggest.hpp"

#include <algorithm>
#include <limits>

namespace kolmi::text {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic programming table: the swap looks two back.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

namespace {
std::string_view without_dashes(std::string_view s) {
  while (!s.empty() && s.front() == '-') s.remove_prefix(1);
  return s;
}
}  // namespace

std::vector<std::string> suggestions(std::string_view word, const std::vector<std::string>& candidates) {
  constexpr std::size_t kMaxShown = 3;
  const std::string_view bare = without_dashes(word);
  if (bare.empty()) return {};
  // A word kolmi knows is not a mistake.
  if (std::find(candidates.begin(), candidates.end(), word) != candidates.end()) return {};
  const std::size_t limit = bare.size() <= 4 ? 1 : 2;
  std::vector<std::size_t> distance;
  std::size_t best = std::numeric_limits<std::size_t>::max();
  for (const std::string& c : candidates) {
    distance.push_back(edit_distance(bare, without_dashes(c)));
    best = std::min(best, distance.back());
  }
  std::vector<std::string> out;
  auto add = [&out](const std::string& c) {
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  };
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (distance[i] <= limit && distance[i] == best) add(candidates[i]);
  }
  for (const std::string& c : candidates) {
    if (bare.size() >= 2 && c.size() > word.size() && c.compare(0, word.size(), word) == 0) add(c);
  }
  if (out.size() > kMaxShown) out.resize(kMaxShown);
  return out;
}

std::string quoted_alternatives(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += "'" + words[i] + "'";
  }
  return out;
}

}  // namespace kolmi::text
