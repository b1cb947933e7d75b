#include "core/import/device_matcher.hpp"

#include "core/store/devices.hpp"

namespace kolmi::import {

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

std::string_view channel_peer(std::string_view channel) {
  const std::size_t slash = channel.find('/');
  if (slash == std::string_view::npos || slash == 0) return {};
  if (channel.substr(0, slash) == "Local") return {};
  std::string_view peer = channel.substr(slash + 1);
  peer = peer.substr(0, peer.find_first_of("@;"));
  // Asterisk appends "-<hex>" to every channel of a peer; only the last
  // dash is the suffix, so a peer named "office-1" survives.
  const std::size_t dash = peer.rfind('-');
  if (dash != std::string_view::npos && dash + 1 < peer.size()) {
    bool suffix = true;
    for (char c : peer.substr(dash + 1)) suffix = suffix && is_hex(c);
    if (suffix) peer = peer.substr(0, dash);
  }
  return peer;
}

DeviceMatcher DeviceMatcher::load(store::Database& db) {
  DeviceMatcher m;
  store::for_each_device_keys(db, [&m](const store::DeviceKeys& k) {
    const KnownDevice d{k.id, k.user_id, k.grace_time};
    // try_emplace keeps the first (lowest id) device of a key that several
    // share, so a database with duplicate names still matches the same way
    // every time.
    const std::string_view type = k.device_type, name = k.name;
    if (!name.empty()) {
      std::string label;
      label.reserve(type.size() + 1 + name.size());
      label.append(type).append("/").append(name);
      m.by_label_.try_emplace(std::move(label), d);
      m.by_name_.try_emplace(std::string(name), d);
    }
    if (!k.accountcode.empty()) m.by_accountcode_.try_emplace(std::string(k.accountcode), d);
    if (!k.extension.empty()) m.by_extension_.try_emplace(std::string(k.extension), d);
  });
  return m;
}

const KnownDevice* DeviceMatcher::find(const Map& map, std::string_view key) {
  if (key.empty()) return nullptr;
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

const KnownDevice* DeviceMatcher::by_channel(std::string_view channel, MatchedBy* how) const {
  const std::string_view peer = channel_peer(channel);
  if (peer.empty()) return nullptr;
  // The channel text up to the end of the peer is "TECH/peer": a device of
  // that type and name wins over a same-named device of another type.
  const auto label_size = static_cast<std::size_t>(peer.data() + peer.size() - channel.data());
  if (const KnownDevice* d = find(by_label_, channel.substr(0, label_size))) {
    if (how != nullptr) *how = MatchedBy::channel_label;
    return d;
  }
  const KnownDevice* d = find(by_name_, peer);
  if (d != nullptr && how != nullptr) *how = MatchedBy::channel_name;
  return d;
}

const KnownDevice* DeviceMatcher::callee(std::string_view dstchannel, std::string_view dst, MatchedBy* how) const {
  if (how != nullptr) *how = MatchedBy::none;
  if (const KnownDevice* d = by_channel(dstchannel, how)) return d;
  const KnownDevice* d = find(by_extension_, dst);
  if (d != nullptr && how != nullptr) *how = MatchedBy::extension;
  return d;
}

const KnownDevice* DeviceMatcher::caller(std::string_view channel, std::string_view accountcode,
                                         std::string_view src, const KnownDevice* callee, MatchedBy* how) const {
  if (how != nullptr) *how = MatchedBy::none;
  if (const KnownDevice* d = by_channel(channel, how)) return d;
  if (const KnownDevice* d = find(by_accountcode_, accountcode); d && !(callee && d->id == callee->id)) {
    if (how != nullptr) *how = MatchedBy::accountcode;
    return d;
  }
  const KnownDevice* d = find(by_extension_, src);
  if (d != nullptr && how != nullptr) *how = MatchedBy::extension;
  return d;
}

}  // namespace kolmi::import
