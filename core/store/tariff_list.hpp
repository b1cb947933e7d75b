#pragma once
// The tariffs an operator looks at first (kolmi admin tariff list): each
// with its purpose, currency, how many rates it has and how many users it
// prices.
#include <cstdint>
#include <string>
#include <vector>

#include <optional>

#include "core/store/database.hpp"
#include "core/time/clock.hpp"

namespace kolmi::store {

struct TariffSummary {
  std::int64_t id = 0;
  std::string name;
  std::string purpose;   // user, provider, ...
  std::string currency;  // the code its prices are in
  std::int64_t rates = 0;
  std::int64_t users = 0;
};

// Every tariff, by name, counting the rates in force at `at` (dated rates,
// store/rate_versions.hpp; nullopt: the latest versions). Throws Error(storage).
std::vector<TariffSummary> list_tariffs(Database& db, std::optional<Seconds> at = std::nullopt);

}  // namespace kolmi::store
