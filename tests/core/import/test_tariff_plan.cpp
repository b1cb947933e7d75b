// The tariff plan: which group and destination rates price a deck exactly.
#include <catch2/catch.hpp>

#include <unordered_map>
#include <vector>

#include "core/import/tariff_plan.hpp"

using namespace kolmi;
using namespace kolmi::import;

namespace {

DeckPrice per_minute(std::string_view rate) {
  DeckPrice p;
  p.rate = *Decimal::parse(rate);
  return p;
}

std::string describe(const TariffPlan& plan) {
  std::string out;
  for (const PlannedRate& r : plan.rates) {
    out += (r.group ? "g" : "d") + std::to_string(r.key) + "=" + r.price->rate.to_string() + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("tariff plan: the price most of a group shares is the group rate, the rest per destination",
          "[import][plan]") {
  const DeckPrice a = per_minute("0.1"), b = per_minute("0.2"), c = per_minute("0.3");
  std::unordered_map<std::string_view, const DeckPrice*> deck = {
      {"93", &a}, {"9370", &b}, {"9372", &b}, {"9375", &c}, {"44", &a}};
  std::vector<PlanDestination> destinations = {
      {1, "93", 10}, {2, "9370", 11}, {3, "9372", 11}, {4, "9375", 11}, {5, "44", std::nullopt}};
  TariffPlan plan = plan_tariff(destinations, deck);
  // Group 10 holds only 93; group 11 prices two of three at 0.2; 44 has no group.
  CHECK(describe(plan) == "g10=0.1 g11=0.2 d4=0.3 d5=0.1 ");
  CHECK(plan.covered.size() == 5);
  CHECK(plan.groups_without_rate == 0);
}

TEST_CASE("tariff plan: a destination the deck does not list costs what its longest deck prefix costs",
          "[import][plan]") {
  const DeckPrice a = per_minute("0.1"), b = per_minute("0.2");
  std::unordered_map<std::string_view, const DeckPrice*> deck = {{"93", &a}, {"9370", &b}};
  // 93701 (stored, say from another list) sits under the deck's 9370.
  std::vector<PlanDestination> destinations = {{1, "93", 1}, {2, "9370", 2}, {3, "93701", 1}};
  TariffPlan plan = plan_tariff(destinations, deck);
  CHECK(describe(plan) == "g1=0.1 g2=0.2 d3=0.2 ");
  CHECK(plan.covered.count(3) == 1);
}

TEST_CASE("tariff plan: a group with a destination the deck does not price gets no group rate",
          "[import][plan]") {
  const DeckPrice a = per_minute("0.1");
  std::unordered_map<std::string_view, const DeckPrice*> deck = {{"1201", &a}, {"1212", &a}};
  // Destination 1 (prefix "1") is in the same group, and the deck says nothing about it.
  std::vector<PlanDestination> destinations = {{1, "1", 5}, {2, "1201", 5}, {3, "1212", 5}};
  TariffPlan plan = plan_tariff(destinations, deck);
  CHECK(describe(plan) == "d2=0.1 d3=0.1 ");
  CHECK(plan.groups_without_rate == 1);
  CHECK(plan.covered.count(1) == 0);
}

TEST_CASE("tariff plan: ties go to the price of the shortest, then smallest, prefix", "[import][plan]") {
  const DeckPrice a = per_minute("0.1"), b = per_minute("0.2");
  std::unordered_map<std::string_view, const DeckPrice*> deck = {{"4479", &a}, {"447", &b}};
  std::vector<PlanDestination> destinations = {{1, "4479", 7}, {2, "447", 7}};
  CHECK(describe(plan_tariff(destinations, deck)) == "g7=0.2 d1=0.1 ");
}

TEST_CASE("tariff plan: a covered destination the tariff prices otherwise keeps its price when asked",
          "[import][plan]") {
  const DeckPrice a = per_minute("0.1");
  std::unordered_map<std::string_view, const DeckPrice*> deck = {{"44", &a}};
  std::vector<PlanDestination> destinations = {{1, "44", 1}, {2, "447", 2}};
  // 447 is listed by no deck row; the tariff already prices it otherwise.
  auto keeps = [](const PlanDestination& d, const DeckPrice&) { return d.id == 2; };
  TariffPlan plan = plan_tariff(destinations, deck, keeps);
  CHECK(describe(plan) == "g1=0.1 ");
  CHECK(plan.covered.count(2) == 0);
  // Without the exception, 44's price reaches 447 too.
  CHECK(describe(plan_tariff(destinations, deck)) == "g1=0.1 g2=0.1 ");
}
