#include "core/console/provider_listing.hpp"

#include <fmt/format.h>

namespace kolmi::console {

namespace {
constexpr std::string_view kProviderColumns[] = {"id", "name", "tech", "tariff", "currency", "peers"};
constexpr std::string_view kResultColumns[] = {"id", "name", "tech", "tariff", "currency", "peers", "message"};

void write_fields(output::TreeWriter& w, const store::ProviderRow& p) {
  w.integer("id", p.id);
  w.text("name", p.name);
  w.text("tech", p.tech);
  w.text("tariff", p.tariff_name);
  w.text("currency", p.currency);
  w.text("peers", fmt::format("{}", fmt::join(p.peers, ",")));
}
}  // namespace

void write_provider_list(output::TreeWriter& w, const std::vector<store::ProviderRow>& providers) {
  w.begin("providers");
  w.open_repeated("provider", kProviderColumns);
  for (const store::ProviderRow& p : providers) {
    w.open_item();
    write_fields(w, p);
    w.close();
  }
  w.finish();
}

void write_provider_result(output::TreeWriter& w, std::string_view root, const store::ProviderRow& provider,
                           std::string_view message) {
  w.begin(root);
  w.open_record("provider", kResultColumns);
  write_fields(w, provider);
  w.text("message", message);
  w.finish();
}

}  // namespace kolmi::console
