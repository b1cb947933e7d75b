#include "core/console/currency_listing.hpp"

namespace kolmi::console {

namespace {
constexpr std::string_view kCurrencyColumns[] = {"code",    "name",  "rate",   "active",
                                                 "default", "users", "tariffs"};
constexpr std::string_view kResultColumns[] = {"code", "message"};
}  // namespace

void write_currency_list(output::TreeWriter& w, const std::vector<store::CurrencyUse>& currencies) {
  w.begin("currencies");
  w.open_repeated("currency", kCurrencyColumns);
  for (const store::CurrencyUse& c : currencies) {
    w.open_item();
    w.text("code", c.code);
    w.text("name", c.full_name);
    // Exact: every stored decimal, units per one unit of the default currency.
    w.number("rate", c.rate.to_string());
    w.text("active", c.active ? "yes" : "no");
    w.text("default", c.is_default ? "yes" : "no");
    w.integer("users", c.users);
    w.integer("tariffs", c.tariffs);
    w.close();
  }
  w.finish();
}

void write_currency_result(output::TreeWriter& w, std::string_view root, std::string_view code,
                           std::string_view message) {
  w.begin(root);
  w.open_record("result", kResultColumns);
  w.text("code", code);
  w.text("message", message);
  w.finish();
}

}  // namespace kolmi::console
