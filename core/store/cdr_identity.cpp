#include "core/store/cdr_identity.hpp"

#include <cstring>

#include <sodium.h>

#include "core/store/call_batch_writer.hpp"

namespace kolmi::store {

namespace {

// Changing the encoding or the key needs a migration that hashes every
// stored call again: stored hashes must stay comparable with new ones.
constexpr char kFormat = 1;
constexpr unsigned char kKey[crypto_shorthash_KEYBYTES] = {'k', 'o', 'l', 'm', 'i', ' ', 'c', 'd',
                                                           'r', ' ', 'i', 'd', ' ', 'v', '1', '.'};
static_assert(crypto_shorthash_BYTES == 8);

void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_text(std::string& out, std::string_view v) {
  const auto n = static_cast<std::uint32_t>(v.size());
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  out.append(v);
}

}  // namespace

CdrIdentity identity_of(const NewCall& c) {
  return {.uniqueid = c.uniqueid,
          .calldate = c.calldate_text(),
          .clid = c.clid,
          .src = c.src,
          .dst = c.dst,
          .dcontext = c.dcontext,
          .channel = c.channel,
          .dstchannel = c.dstchannel,
          .lastapp = c.lastapp,
          .lastdata = c.lastdata,
          .duration = c.duration,
          .billsec = c.billsec,
          .disposition = c.disposition,
          .accountcode = c.accountcode,
          .userfield = c.userfield};
}

std::int64_t CdrHasher::operator()(const CdrIdentity& id) {
  buffer_.clear();
  buffer_.push_back(kFormat);
  for (std::string_view t : {id.uniqueid, id.calldate, id.clid, id.src, id.dst, id.dcontext, id.channel,
                             id.dstchannel, id.lastapp, id.lastdata}) {
    put_text(buffer_, t);
  }
  put_u64(buffer_, static_cast<std::uint64_t>(id.duration));
  put_u64(buffer_, static_cast<std::uint64_t>(id.billsec));
  for (std::string_view t : {id.disposition, id.accountcode, id.userfield}) put_text(buffer_, t);
  unsigned char out[crypto_shorthash_BYTES];
  crypto_shorthash(out, reinterpret_cast<const unsigned char*>(buffer_.data()), buffer_.size(), kKey);
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | out[i];
  std::int64_t signed_v;
  std::memcpy(&signed_v, &v, sizeof v);
  return signed_v;
}

}  // namespace kolmi::store
