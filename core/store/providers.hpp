#pragma once
// The SQL of providers (schema 10): MOR's carriers, each priced by a
// tariff of purpose 'provider', and the channel peers that name them in
// CDRs (provider_peers: one row per peer, a peer belongs to one provider).
// Written by console/provider_changes (kolmi admin provider add|set), read
// by its listing and by the pricing of calls (import/provider_matcher).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/database.hpp"

namespace kolmi::store {

struct ProviderRow {
  std::int64_t id = 0;
  std::string name;
  std::string tech;
  std::int64_t tariff_id = 0;
  std::string tariff_name;  // "" when the tariff row is gone
  std::string currency;
  std::vector<std::string> peers;  // sorted
};

// Every provider by name, with its peers. Throws Error(storage).
std::vector<ProviderRow> list_providers(Database& db);
// The provider called `name` (exact), with its peers; nullopt when none.
std::optional<ProviderRow> find_provider(Database& db, std::string_view name);
// The provider `id` (any), with its peers; nullopt when none.
std::optional<ProviderRow> find_provider_by_id(Database& db, std::int64_t id);

// The provider that claims `peer`, other than `except` (its id); nullopt when none.
std::optional<std::string> peer_owner(Database& db, std::string_view peer, std::int64_t except = 0);

struct NewProvider {
  std::string name, tech, currency;
  std::int64_t tariff_id = 0;
};
// Inserts a provider and returns its id. Throws Error(storage).
std::int64_t insert_provider(Database& db, const NewProvider& p);
// Sets every column of provider `id` (name, tech, tariff, currency).
void update_provider(Database& db, std::int64_t id, const NewProvider& p);
// Gives `peer` to provider `id` / takes it away.
void add_provider_peer(Database& db, std::int64_t id, std::string_view peer);
void remove_provider_peer(Database& db, std::int64_t id, std::string_view peer);

// What the pricing of calls needs: each peer with its provider and tariff.
struct ProviderPeerRow {
  std::string_view peer;
  std::int64_t provider_id = 0;
  std::int64_t tariff_id = 0;
};
// Every peer of every provider. The visitor must not use the database.
void for_each_provider_peer(Database& db, const std::function<void(const ProviderPeerRow&)>& visit);

}  // namespace kolmi::store
