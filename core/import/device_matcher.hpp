#pragma once
// Which of the system's devices placed and took a call, from the fields of
// a CDR. The devices are read once into hash maps, so matching a record
// costs a few lookups and no query, whatever the size of the file.
//
// Caller: the peer of `channel` matched against devices.name, else a
// non-empty `accountcode` against devices.accountcode, else `src` against
// devices.extension. Callee: the peer of `dstchannel` against devices.name,
// else `dst` against devices.extension.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/store/database.hpp"
#include "core/text/string_map.hpp"

namespace kolmi::import {

// The peer (device) name inside an Asterisk channel name: the technology up
// to '/' goes, then anything from '@' or ';', then a trailing "-<hex>" channel
// suffix. "SIP/1500-0000abcd" -> "1500", "PJSIP/client1-00000002" ->
// "client1", "IAX2/101-3" -> "101", "Motif/124893@voice.google.com-753b" ->
// "124893". Local channels (dialplan loops, not devices), names without a
// technology, and empty peers give "".
std::string_view channel_peer(std::string_view channel);

struct KnownDevice {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::int64_t grace_time = 0;
};

// Which CDR field matched a device (for an explanation).
enum class MatchedBy : std::uint8_t {
  none,
  channel_label,  // the channel's "TECH/peer" is the device's type and name
  channel_name,   // the channel's peer is the device's name
  accountcode,    // the CDR's accountcode is the device's
  extension,      // src (caller) or dst (callee) is the device's extension
};

class DeviceMatcher {
 public:
  // Reads every device. Throws Error(storage).
  static DeviceMatcher load(store::Database& db);

  // The device that took the call, or nullptr.
  // With `how`, also says which field matched.
  const KnownDevice* callee(std::string_view dstchannel, std::string_view dst, MatchedBy* how = nullptr) const;
  // The device that placed the call, or nullptr. An accountcode naming the
  // `callee` itself is not taken as the caller: MOR books an incoming call
  // to the device it rang, so its accountcode says who was called.
  const KnownDevice* caller(std::string_view channel, std::string_view accountcode, std::string_view src,
                            const KnownDevice* callee, MatchedBy* how = nullptr) const;

 private:
  // string_view keys find entries without building a string per record.
  using Map = text::StringMap<KnownDevice>;

  static const KnownDevice* find(const Map& map, std::string_view key);
  const KnownDevice* by_channel(std::string_view channel, MatchedBy* how) const;

  Map by_label_;  // "SIP/1500": technology and name, when the channel's technology is the device's type
  Map by_name_;
  Map by_accountcode_;
  Map by_extension_;
};

}  // namespace kolmi::import
