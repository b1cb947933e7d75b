#pragma once
// A call's identity for the duplicate rule of `kolmi admin import cdr`: a
// 64-bit hash of the stored CDR fields that make a call (uniqueid,
// calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp,
// lastdata, duration, billsec, disposition, accountcode, userfield), kept in
// calls.cdr_hash. The unique key calls_identity (uniqueid, cdr_hash) makes
// "already stored" the database's decision, so importers running at once
// (on MariaDB) cannot both store the same call (store/call_batch_writer.hpp).
//
// Encoding: a format byte, then every field in the order above, texts as a
// 32-bit little-endian length and the bytes, numbers as 64-bit
// little-endian; so no two different field lists encode alike (a separator
// moved from one field to the next changes the lengths).
//
// Hash: SipHash-2-4 (libsodium's crypto_shorthash) under a fixed key, as a
// signed 64-bit integer. SipHash is a good short-input hash (about 1 ns a
// byte: a CDR hashes in well under a microsecond). Collision odds: the key
// also holds the uniqueid, so two calls collide only when they share a
// uniqueid (the records of one channel: a handful) and their 64-bit hashes
// agree: about k²/2^65 for a group of k records; for 10 million uniqueids of
// 10 records each, about 3e-11 over the whole table. A collision would
// drop a call as a duplicate; nothing else depends on the hash.
#include <cstdint>
#include <string>
#include <string_view>

namespace kolmi::store {

struct NewCall;

// The identity fields of a call, as the calls table stores them.
struct CdrIdentity {
  std::string_view uniqueid, calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata;
  std::int64_t duration = 0, billsec = 0;
  std::string_view disposition, accountcode, userfield;
};

CdrIdentity identity_of(const NewCall& c);

// Hashes identities; keeps its encoding buffer between calls. Never throws
// (but std::bad_alloc).
class CdrHasher {
 public:
  std::int64_t operator()(const CdrIdentity& id);
  // The bytes the last call hashed (for tests).
  std::string_view encoded() const { return buffer_; }

 private:
  std::string buffer_;
};

}  // namespace kolmi::store
