#pragma once
// Which provider (carrier) a call left through, from its destination
// channel: the peers of every provider (store/providers.hpp) are read once
// into a hash map, so a record costs a few lookups and no query.
//
// A provider's peer is matched against these keys of the dstchannel, in
// this order (the first that names a provider wins):
//   1. the technology and peer, "SIP/carrier" (so a peer can be given for
//      one technology only);
//   2. the peer alone, "carrier" (any technology: SIP, PJSIP, IAX2, ...);
//   3. a host the channel names: the part after '@' ("Motif/1555@voice.
//      google.com-753b" -> "voice.google.com", "sofia/external/1555@gw.
//      example.net" -> "gw.example.net"), and an "IP:port" peer's or host's
//      address without the port ("IAX2/216.207.245.8:4569-2739" ->
//      "216.207.245.8").
// Channel styles: Asterisk's "TECH/peer-<hex>" (SIP, PJSIP, IAX2, Motif),
// DAHDI's "DAHDI/i1/5551234-2" or "DAHDI/1-1" (the span or channel is the
// peer: "DAHDI/i1", "i1"), FreeSWITCH's "sofia/gateway/carrier/1555" (the
// gateway name: "sofia/gateway/carrier", "carrier"). Local channels name
// no provider.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/store/database.hpp"
#include "core/text/string_map.hpp"

namespace kolmi::import {

// The keys above of `channel`, most specific first; views into `channel`.
struct PeerKeys {
  std::array<std::string_view, 5> keys{};
  std::size_t count = 0;
  void add(std::string_view key);
  const std::string_view* begin() const { return keys.data(); }
  const std::string_view* end() const { return keys.data() + count; }
};
PeerKeys provider_peer_keys(std::string_view channel);

struct KnownProvider {
  std::int64_t id = 0;
  std::int64_t tariff_id = 0;
};

class ProviderMatcher {
 public:
  // Reads every provider's peers. Throws Error(storage).
  static ProviderMatcher load(store::Database& db);

  // The provider of `dstchannel`, or nullptr; with `matched`, the key that
  // matched (a view into dstchannel).
  const KnownProvider* find(std::string_view dstchannel, std::string_view* matched = nullptr) const;
  bool empty() const { return by_peer_.empty(); }

 private:
  text::StringMap<KnownProvider> by_peer_;
};

}  // namespace kolmi::import
