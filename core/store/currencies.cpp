#include "core/store/currencies.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"

namespace kolmi::store {

Currencies Currencies::load(Database& db) {
  Currencies c;
  c.default_ = confline_str(db, conf::kDefaultCurrency);
  Statement s = db.prepare("SELECT name, full_name, exchange_rate, active FROM currencies ORDER BY id");
  while (s.step()) {
    c.list_.push_back(Currency{s.str(0), s.str(1), s.decimal(2), s.int64(3) != 0});
  }
  return c;
}

const Currency* Currencies::find(std::string_view code) const {
  for (const auto& c : list_) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

std::vector<const Currency*> Currencies::active() const {
  std::vector<const Currency*> out;
  for (const auto& c : list_) {
    if (c.active) out.push_back(&c);
  }
  return out;
}

Decimal Currencies::convert(Decimal amount, std::string_view from, std::string_view to) const {
  if (from == to) return amount;
  auto rate = [&](std::string_view code) {
    const Currency* c = find(code);
    if (c && c->exchange_rate > Decimal()) return c->exchange_rate;
    if (!c && code == default_) return Decimal::from_units(1);
    throw storage_error(fmt::format("currency {} has no usable exchange rate", code));
  };
  return amount.mul_div(rate(to), rate(from));
}

}  // namespace kolmi::store
