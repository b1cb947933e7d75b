#include "core/console/tariff_listing.hpp"

namespace kolmi::console {

namespace {
constexpr std::string_view kTariffColumns[] = {"id", "name", "purpose", "currency", "rates", "users"};
}  // namespace

void write_tariff_list(output::TreeWriter& w, const std::vector<store::TariffSummary>& tariffs) {
  w.begin("tariffs");
  w.open_repeated("tariff", kTariffColumns);
  for (const store::TariffSummary& t : tariffs) {
    w.open_item();
    w.integer("id", t.id);
    w.text("name", t.name);
    w.text("purpose", t.purpose);
    w.text("currency", t.currency);
    w.integer("rates", t.rates);
    w.integer("users", t.users);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
