#include "core/console/provider_changes.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/tariff_rate_list.hpp"
#include "core/text/message_text.hpp"
#include "core/text/utf8_text.hpp"

namespace kolmi::console {

namespace {

constexpr std::size_t kMaxName = 255;  // providers.name, VARCHAR(255) on MariaDB
constexpr std::size_t kMaxPeer = 255;  // provider_peers.peer
constexpr std::size_t kMaxTech = 32;

// One word of valid UTF-8: no space, comma or control character, so a peer
// list prints as one field and a channel name can hold it.
bool one_word(std::string_view s, std::size_t max) {
  if (s.empty()) return false;
  std::string repaired;
  if (text::repair_text(s, repaired).any() || repaired != s) return false;
  for (char c : s) {
    if (c == ' ' || c == ',') return false;
  }
  return text::count_characters(s) <= max;
}

void check_name(std::string_view option, const std::string& name) {
  std::string repaired;
  if (name.empty() || text::repair_text(name, repaired).any() || text::count_characters(name) > kMaxName ||
      name.find_first_not_of(' ') == std::string::npos) {
    throw usage_error(fmt::format("{}: '{}' is not a name of 1 to {} characters on one line", option,
                                  text::shown(name), kMaxName));
  }
}

void check_tech(const std::string& tech) {
  if (!one_word(tech, kMaxTech)) {
    throw usage_error(fmt::format("--tech: '{}' is not one word of at most {} characters (SIP, PJSIP, IAX2, "
                                  "DAHDI, sofia)",
                                  text::shown(tech), kMaxTech));
  }
}

void check_peers(std::string_view option, const std::vector<std::string>& peers) {
  for (const std::string& p : peers) {
    if (!one_word(p, kMaxPeer)) {
      throw usage_error(fmt::format("{}: '{}' is not a peer name (one word of at most {} characters: carrier, "
                                    "SIP/carrier, sofia/gateway/carrier, 192.0.2.7)",
                                    option, text::shown(p), kMaxPeer));
    }
  }
}

// Sorted, each once.
std::vector<std::string> unique_sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// The buy tariff by name: it must exist and be a provider tariff.
store::TariffHead buy_tariff(store::Database& db, const std::string& name) {
  auto t = store::find_tariff(db, name);
  if (!t) throw usage_error(fmt::format("--tariff: no tariff named '{}'", text::shown(name)));
  if (t->purpose != "provider") {
    throw usage_error(fmt::format(
        "--tariff: '{}' is a {} tariff; a provider needs a provider tariff (kolmi admin import rates FILE "
        "--tariff NAME --purpose provider)",
        text::shown(t->name), text::shown(t->purpose)));
  }
  return *t;
}

// Refuses a peer that another provider (not `self`) claims.
void check_unclaimed(store::Database& db, const std::vector<std::string>& peers, std::int64_t self) {
  for (const std::string& p : peers) {
    if (auto owner = store::peer_owner(db, p, self)) {
      throw usage_error(fmt::format("--peer: peer '{}' already belongs to provider '{}'; a peer names one "
                                    "provider",
                                    text::shown(p), text::shown(*owner)));
    }
  }
}

std::string peers_text(const std::vector<std::string>& peers) {
  return peers.empty() ? std::string("no peers") : fmt::format("peers {}", fmt::join(peers, ","));
}

}  // namespace

ProviderChange add_provider(store::Database& db, const ProviderAdd& a) {
  check_name("NAME", a.name);
  check_tech(a.tech);
  check_peers("--peer", a.peers);
  const std::vector<std::string> peers = unique_sorted(a.peers);
  store::Transaction tx(db);
  const store::TariffHead tariff = buy_tariff(db, a.tariff);
  check_unclaimed(db, peers, 0);
  if (store::find_provider(db, a.name)) {
    throw action_error(fmt::format("a provider named '{}' already exists", text::shown(a.name)));
  }
  const std::int64_t id = store::insert_provider(db, {a.name, a.tech, tariff.currency, tariff.id});
  for (const std::string& p : peers) store::add_provider_peer(db, id, p);
  tx.audit({.target_type = "provider",
            .target_id = id,
            .data = fmt::format("add {}: tariff {}, {}", a.name, tariff.name, peers_text(peers))});
  ProviderChange out{*store::find_provider_by_id(db, id), {}};
  tx.commit();
  out.message = fmt::format("provider '{}' added, buying by tariff '{}' with {}", a.name, tariff.name,
                            peers_text(peers));
  return out;
}

ProviderChange set_provider(store::Database& db, const ProviderSet& s) {
  if (s.new_name) check_name("--name", *s.new_name);
  if (s.tech) check_tech(*s.tech);
  if (s.peers) {
    if (!s.add_peers.empty() || !s.remove_peers.empty())
      throw usage_error("--peer replaces every peer; it excludes --add-peer and --remove-peer");
    check_peers("--peer", *s.peers);
  }
  check_peers("--add-peer", s.add_peers);
  check_peers("--remove-peer", s.remove_peers);
  if (!s.new_name && !s.tariff && !s.tech && !s.peers && s.add_peers.empty() && s.remove_peers.empty()) {
    throw usage_error("nothing to change: give --name, --tariff, --tech, --peer, --add-peer or --remove-peer");
  }

  store::Transaction tx(db);
  const auto found = store::find_provider(db, s.name);
  if (!found) throw not_found_error(fmt::format("no provider named '{}'", text::shown(s.name)));
  const store::ProviderRow& before = *found;
  store::NewProvider row{before.name, before.tech, before.currency, before.tariff_id};
  std::string tariff_name = before.tariff_name;
  if (s.tariff) {
    const store::TariffHead t = buy_tariff(db, *s.tariff);
    row.tariff_id = t.id;
    row.currency = t.currency;
    tariff_name = t.name;
  }
  if (s.tech) row.tech = *s.tech;
  if (s.new_name && *s.new_name != before.name) {
    if (store::find_provider(db, *s.new_name)) {
      throw action_error(fmt::format("a provider named '{}' already exists", text::shown(*s.new_name)));
    }
    row.name = *s.new_name;
  }
  // The peers after the change.
  std::vector<std::string> peers = s.peers ? unique_sorted(*s.peers) : before.peers;
  for (const std::string& p : unique_sorted(s.remove_peers)) {
    auto it = std::find(peers.begin(), peers.end(), p);
    if (it == peers.end()) {
      throw usage_error(fmt::format("--remove-peer: provider '{}' has no peer '{}'", text::shown(before.name),
                                    text::shown(p)));
    }
    peers.erase(it);
  }
  for (const std::string& p : s.add_peers) peers.push_back(p);
  peers = unique_sorted(std::move(peers));
  check_unclaimed(db, peers, before.id);

  store::update_provider(db, before.id, row);
  for (const std::string& p : before.peers) {
    if (!std::binary_search(peers.begin(), peers.end(), p)) store::remove_provider_peer(db, before.id, p);
  }
  for (const std::string& p : peers) {
    if (!std::binary_search(before.peers.begin(), before.peers.end(), p)) store::add_provider_peer(db, before.id, p);
  }
  std::vector<std::string> changed;
  if (row.name != before.name) changed.push_back(fmt::format("name {} -> {}", before.name, row.name));
  if (row.tech != before.tech) changed.push_back(fmt::format("tech {} -> {}", before.tech, row.tech));
  if (row.tariff_id != before.tariff_id)
    changed.push_back(fmt::format("tariff {} -> {}", before.tariff_name, tariff_name));
  if (peers != before.peers)
    changed.push_back(fmt::format("{} -> {}", peers_text(before.peers), peers_text(peers)));
  const std::string what = changed.empty() ? std::string("nothing changed") : fmt::format("{}", fmt::join(changed, "; "));
  tx.audit({.target_type = "provider", .target_id = before.id, .data = fmt::format("set {}: {}", before.name, what)});
  ProviderChange out{*store::find_provider_by_id(db, before.id), {}};
  tx.commit();
  out.message = fmt::format("provider '{}': {}", row.name, what);
  return out;
}

}  // namespace kolmi::console
