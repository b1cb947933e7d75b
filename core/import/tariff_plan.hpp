#pragma once
// Which rates make a tariff price every prefix of a deck exactly as the deck
// does, given MOR's model (core/rating/rater.hpp): a number takes the
// destination of its longest matching prefix among ALL destinations; the
// tariff's rate for that destination wins, else its rate for the
// destination's group.
//
// THE PLAN (pure, no database; tests/core/import/test_tariff_plan.cpp):
//  1. Every destination gets the deck's price of its prefix, or, for a
//     destination the deck does not list, of the longest deck prefix that
//     is a prefix of it (the deck prices "9370..." calls, so a stored
//     destination 93701 costs what 9370 costs) -- unless `keeps_own_price`
//     says the tariff prices it otherwise already and keeps that (an import
//     without --replace updates what the file lists, so a file holding only
//     "44" does not reprice UK mobiles under 447). With neither, it is not
//     covered: the deck says nothing about it.
//  2. A group whose destinations are all covered gets a group rate with the
//     price most of them share (ties: the price of the shortest, then
//     smallest, prefix), so the rates page shows one rate per group; its
//     destinations priced otherwise get destination rates.
//  3. A group with an uncovered destination gets no group rate (it would
//     price that destination, which the deck leaves unpriced); its covered
//     destinations get destination rates. So do destinations without a group.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/import/deck_reader.hpp"

namespace kolmi::import {

struct PlanDestination {
  std::int64_t id = 0;
  std::string_view prefix;
  std::optional<std::int64_t> group_id;
};

struct PlannedRate {
  bool group = false;  // a group rate (key = group id) or a destination rate (key = destination id)
  std::int64_t key = 0;
  const DeckPrice* price = nullptr;
};

struct TariffPlan {
  std::vector<PlannedRate> rates;            // group rates first, by group id; then destinations by id
  std::unordered_set<std::int64_t> covered;  // destination ids the deck prices
  std::int64_t groups_without_rate = 0;      // rule 3
};

// Rule 1's exception, asked only for a destination the deck does not list
// but covers with `deck_price`. Empty: never.
using KeepsOwnPrice = std::function<bool(const PlanDestination& destination, const DeckPrice& deck_price)>;

// `deck` maps each deck prefix to its price. Both must outlive the plan.
TariffPlan plan_tariff(const std::vector<PlanDestination>& destinations,
                       const std::unordered_map<std::string_view, const DeckPrice*>& deck,
                       const KeepsOwnPrice& keeps_own_price = {});

}  // namespace kolmi::import
