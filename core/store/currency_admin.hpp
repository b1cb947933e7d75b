#pragma once
// The currencies table as the operator console changes it (kolmi admin
// currency ...): each currency with what uses it, and the plain writes.
// Checks (codes, rates, the default currency's protection, currencies in
// use) are the console's (core/console/currency_changes); this is only SQL.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

struct CurrencyUse {
  std::int64_t id = 0;
  std::string code;  // currencies.name
  std::string full_name;
  Decimal rate;  // units per one unit of the default currency
  bool active = true;
  bool is_default = false;
  std::int64_t users = 0;    // users whose currency it is (the default: also those with none set)
  std::int64_t tariffs = 0;  // tariffs priced in it
};

// Every currency in id order (the order pages list them). Throws Error(storage).
std::vector<CurrencyUse> list_currency_use(Database& db);
// One currency by code, or nullopt.
std::optional<CurrencyUse> find_currency_use(Database& db, std::string_view code);

// At most `limit` logins of the users, and names of the tariffs, that use
// currency `code` (as list_currency_use counts them), by name.
std::vector<std::string> users_of_currency(Database& db, std::string_view code, int limit);
std::vector<std::string> tariffs_in_currency(Database& db, std::string_view code, int limit);

// Inserts an active currency; returns its id.
std::int64_t insert_currency(Database& db, std::string_view code, std::string_view full_name, Decimal rate);
void update_currency_rate(Database& db, std::int64_t id, Decimal rate);
void update_currency_active(Database& db, std::int64_t id, bool active);

}  // namespace kolmi::store
