#pragma once
// The currencies table in memory: exchange rates are units of a currency per
// one unit of the default currency (the default has 1), so converting an
// amount from A to B multiplies by rate(B) / rate(A), exactly, rounded once.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/store/database.hpp"

namespace kolmi::store {

struct Currency {
  std::string code;       // currencies.name, e.g. USD
  std::string full_name;
  Decimal exchange_rate;
  bool active = true;
};

class Currencies {
 public:
  // Reads every currency and the default (conflines Default_Currency, else USD).
  static Currencies load(Database& db);

  const std::string& default_code() const { return default_; }
  const Currency* find(std::string_view code) const;
  // Every currency in id order, active or not.
  const std::vector<Currency>& all() const { return list_; }
  // Active currencies in id order (the pages' aval_currencies).
  std::vector<const Currency*> active() const;
  // `amount` in `from` expressed in `to`. Throws Error(storage) naming an
  // unknown currency or one whose exchange rate is not positive.
  Decimal convert(Decimal amount, std::string_view from, std::string_view to) const;

 private:
  std::vector<Currency> list_;
  std::string default_;
};

}  // namespace kolmi::store
