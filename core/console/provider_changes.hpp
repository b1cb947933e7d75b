#pragma once
// kolmi admin provider add|set (issue 15 item 1): MOR's providers, the
// carriers calls leave through, each priced by a tariff of purpose
// 'provider' (kolmi admin import rates --purpose provider), and the channel
// peers that name it in CDRs (import/provider_matcher.hpp says how a
// dstchannel is matched). Every value is checked before anything is
// written; then one transaction writes the provider and its peers with one
// audit row (target "provider").
//
// Refused with exit 2 (usage), nothing written: an empty or over-long name,
// a tech that is not one word, a peer that is not one word of at most 255
// characters (no spaces, commas or control characters), a peer another
// provider claims (named), an unknown tariff, a tariff whose purpose is not
// 'provider'. Exit 1: a provider of that name exists (add, set --name).
// Exit 4: set of an unknown provider.
#include <optional>
#include <string>
#include <vector>

#include "core/store/database.hpp"
#include "core/store/providers.hpp"

namespace kolmi::console {

struct ProviderAdd {
  std::string name{};
  std::string tariff{};
  std::string tech = "SIP";
  std::vector<std::string> peers{};
};

// kolmi admin provider set NAME: only the given fields change. Peers:
// `peers` replaces them all (an empty list given as --peer '' is refused:
// use --remove-peer), else `add_peers` and `remove_peers` change them one
// by one (removing a peer the provider lacks is refused, exit 2).
struct ProviderSet {
  std::string name{};
  std::optional<std::string> new_name{}, tariff{}, tech{};
  std::optional<std::vector<std::string>> peers{};
  std::vector<std::string> add_peers{}, remove_peers{};
};

struct ProviderChange {
  store::ProviderRow provider;  // as written
  std::string message;          // a sentence for a person
};

// Throws Error as described above, Error(storage) when the database fails.
ProviderChange add_provider(store::Database& db, const ProviderAdd& add);
ProviderChange set_provider(store::Database& db, const ProviderSet& set);

}  // namespace kolmi::console
