#pragma once
// kolmi admin provider list and the result of provider add|set: each
// provider with its tech, buy tariff, currency and peers (joined with ","
// in one field, so every output format has one row per provider).
#include <string_view>
#include <vector>

#include "core/output/tree_writer.hpp"
#include "core/store/providers.hpp"

namespace kolmi::console {

void write_provider_list(output::TreeWriter& w, const std::vector<store::ProviderRow>& providers);
// <ROOT><provider>...</provider> plus the message, for add and set.
void write_provider_result(output::TreeWriter& w, std::string_view root, const store::ProviderRow& provider,
                           std::string_view message);

}  // namespace kolmi::console
