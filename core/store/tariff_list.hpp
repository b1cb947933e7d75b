#pragma once
// The tariffs an operator looks at first (kolmi admin tariff list): each
// with its purpose, currency, how many rates it has and how many users it
// prices.
#include <cstdint>
#include <string>
#include <vector>

#include "core/store/database.hpp"

namespace kolmi::store {

struct TariffSummary {
  std::int64_t id = 0;
  std::string name;
  std::string purpose;   // user, provider, ...
  std::string currency;  // the code its prices are in
  std::int64_t rates = 0;
  std::int64_t users = 0;
};

// Every tariff, by name. Throws Error(storage).
std::vector<TariffSummary> list_tariffs(Database& db);

}  // namespace kolmi::store
