#include "core/import/provider_matcher.hpp"

#include "core/import/device_matcher.hpp"
#include "core/store/providers.hpp"

namespace kolmi::import {

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// "voice.google.com-753b" -> "voice.google.com": Asterisk's per-channel suffix goes.
std::string_view without_suffix(std::string_view s) {
  const std::size_t dash = s.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= s.size()) return s;
  for (char c : s.substr(dash + 1)) {
    if (!is_hex(c)) return s;
  }
  return s.substr(0, dash);
}

// "216.207.245.8:4569" -> "216.207.245.8"; "" when there is no port.
std::string_view without_port(std::string_view host) {
  const std::size_t colon = host.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  return host.substr(0, colon);
}

void add_host(PeerKeys& out, std::string_view host) {
  out.add(host);
  out.add(without_port(host));
}

}  // namespace

void PeerKeys::add(std::string_view key) {
  if (key.empty() || count == keys.size()) return;
  for (std::size_t i = 0; i < count; ++i) {
    if (keys[i] == key) return;
  }
  keys[count++] = key;
}

PeerKeys provider_peer_keys(std::string_view channel) {
  PeerKeys out;
  const std::size_t slash = channel.find('/');
  if (slash == std::string_view::npos || slash == 0) return out;
  const std::string_view tech = channel.substr(0, slash);
  std::string_view rest = channel.substr(slash + 1);
  if (tech == "sofia") {
    // FreeSWITCH: sofia/gateway/NAME/number, else sofia/PROFILE/user@host.
    if (rest.starts_with("gateway/")) {
      const std::string_view after = rest.substr(8);
      const std::string_view name = after.substr(0, after.find('/'));
      if (name.empty()) return out;
      out.add(channel.substr(0, slash + 1 + 8 + name.size()));
      out.add(name);
      return out;
    }
    if (const std::size_t at = rest.find('@'); at != std::string_view::npos) {
      add_host(out, rest.substr(at + 1, rest.find(';', at) - at - 1));
    }
    return out;
  }
  const std::string_view peer = channel_peer(channel);
  if (peer.empty()) return out;  // Local channels, empty peers
  // DAHDI/i1/5551234: the span (or channel) is the trunk.
  const std::string_view segment = peer.substr(0, peer.find('/'));
  const auto label_size = static_cast<std::size_t>(segment.data() + segment.size() - channel.data());
  out.add(channel.substr(0, label_size));
  out.add(segment);
  out.add(without_port(segment));
  rest = rest.substr(0, rest.find(';'));
  if (const std::size_t at = rest.find('@'); at != std::string_view::npos) {
    add_host(out, without_suffix(rest.substr(at + 1)));
  }
  return out;
}

ProviderMatcher ProviderMatcher::load(store::Database& db) {
  ProviderMatcher m;
  store::for_each_provider_peer(db, [&m](const store::ProviderPeerRow& row) {
    m.by_peer_.try_emplace(std::string(row.peer), KnownProvider{row.provider_id, row.tariff_id});
  });
  return m;
}

const KnownProvider* ProviderMatcher::find(std::string_view dstchannel, std::string_view* matched) const {
  if (by_peer_.empty()) return nullptr;
  for (std::string_view key : provider_peer_keys(dstchannel)) {
    if (auto it = by_peer_.find(key); it != by_peer_.end()) {
      if (matched != nullptr) *matched = key;
      return &it->second;
    }
  }
  return nullptr;
}

}  // namespace kolmi::import
