#include "core/import/tariff_plan.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace kolmi::import {

namespace {

auto order_key(const DeckPrice& p) {
  return std::make_tuple(p.rate.nanos(), p.connection_fee.nanos(), p.increment, p.min_time,
                         p.included_seconds);
}

// The deck price of the destination's prefix or of its longest prefix in
// the deck (rule 1); nullptr when not covered.
const DeckPrice* price_of(const PlanDestination& d,
                          const std::unordered_map<std::string_view, const DeckPrice*>& deck,
                          const KeepsOwnPrice& keeps_own_price) {
  for (std::size_t n = d.prefix.size(); n > 0; --n) {
    auto it = deck.find(d.prefix.substr(0, n));
    if (it == deck.end()) continue;
    if (n < d.prefix.size() && keeps_own_price && keeps_own_price(d, *it->second)) return nullptr;
    return it->second;
  }
  return nullptr;
}

struct Member {
  std::int64_t id;
  std::string_view prefix;
  const DeckPrice* price;  // nullptr: not covered
};

// Rule 2's price: the most common; ties go to the shortest, then smallest, prefix.
const DeckPrice* group_price(std::vector<Member>& members) {
  std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
    if (order_key(*a.price) != order_key(*b.price)) return order_key(*a.price) < order_key(*b.price);
    if (a.prefix.size() != b.prefix.size()) return a.prefix.size() < b.prefix.size();
    return a.prefix < b.prefix;
  });
  const DeckPrice* best = nullptr;
  std::size_t best_count = 0;
  std::string_view best_prefix;
  for (std::size_t i = 0; i < members.size();) {
    std::size_t j = i;
    while (j < members.size() && *members[j].price == *members[i].price) ++j;
    // members[i] holds this price's shortest, smallest prefix.
    const std::size_t count = j - i;
    const std::string_view p = members[i].prefix;
    if (!best || count > best_count ||
        (count == best_count &&
         (p.size() < best_prefix.size() || (p.size() == best_prefix.size() && p < best_prefix)))) {
      best = members[i].price;
      best_count = count;
      best_prefix = p;
    }
    i = j;
  }
  return best;
}

}  // namespace

TariffPlan plan_tariff(const std::vector<PlanDestination>& destinations,
                       const std::unordered_map<std::string_view, const DeckPrice*>& deck,
                       const KeepsOwnPrice& keeps_own_price) {
  TariffPlan plan;
  std::map<std::int64_t, std::vector<Member>> groups;  // ordered: a stable plan
  std::map<std::int64_t, bool> group_complete;
  std::vector<Member> destination_rates;
  for (const PlanDestination& d : destinations) {
    const DeckPrice* price = price_of(d, deck, keeps_own_price);
    if (price) plan.covered.insert(d.id);
    if (!d.group_id) {
      if (price) destination_rates.push_back({d.id, d.prefix, price});
      continue;
    }
    auto [complete, fresh] = group_complete.try_emplace(*d.group_id, true);
    if (!price) {
      complete->second = false;
      continue;
    }
    groups[*d.group_id].push_back({d.id, d.prefix, price});
  }
  for (auto& [group, members] : groups) {
    if (!group_complete[group]) {
      ++plan.groups_without_rate;
      destination_rates.insert(destination_rates.end(), members.begin(), members.end());
      continue;
    }
    const DeckPrice* common = group_price(members);
    plan.rates.push_back({true, group, common});
    for (const Member& m : members) {
      if (!(*m.price == *common)) destination_rates.push_back(m);
    }
  }
  std::sort(destination_rates.begin(), destination_rates.end(),
            [](const Member& a, const Member& b) { return a.id < b.id; });
  for (const Member& m : destination_rates) plan.rates.push_back({false, m.id, m.price});
  return plan;
}

}  // namespace kolmi::import
