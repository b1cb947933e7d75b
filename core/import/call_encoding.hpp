#pragma once
// A call of an import between reading and writing (PendingCall), and its
// binary form: its stored fields in a fixed order behind a 32-bit length
// (texts as a 32-bit length and the bytes, numbers as 64 bits, optional
// values behind a presence byte), as the spool file (call_spool.hpp) and
// the pipe between the import's two threads (call_pipe.hpp) carry it.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/import/cdr_record.hpp"
#include "core/store/call_batch_writer.hpp"

namespace kolmi::import {

// One call of the import between its phases: the CDR plus what the import adds.
struct PendingCall {
  CdrRecord cdr;
  std::array<char, 19> calldate{};  // UTC 'YYYY-MM-DD HH:MM:SS'
  std::string uniqueid;             // the record's, or the synthetic one
  std::optional<std::int64_t> src_device, dst_device, user_id;
  std::optional<Decimal> user_rate;
  std::optional<std::int64_t> user_billsec;
  std::optional<Decimal> user_price;
  std::optional<std::string> prefix;  // matched destination prefix
  std::optional<std::int64_t> provider_id, provider_billsec;  // the buy side (call_pricing.hpp)
  std::optional<Decimal> provider_rate, provider_price;
  std::int64_t hangupcause = 0;
  bool unassigned = false;  // for the summary, counted only when stored
  bool unrated = false;
  bool no_provider = false;  // outgoing, but no provider or no buy price

  std::string_view calldate_text() const { return {calldate.data(), calldate.size()}; }
};

// store::NewCall::marks of a spooled call.
inline constexpr std::uint8_t kUnassigned = 1;
inline constexpr std::uint8_t kUnrated = 2;
inline constexpr std::uint8_t kNoProvider = 4;

// Appends `call` (its stored fields, not its repair notes), behind its
// length, to `out`.
void append_encoded(const PendingCall& call, std::string& out);

// What a stored call's encoding holds that store::NewCall has no place for.
struct DecodeScratch {
  std::string start, record_uniqueid;
};

// Decodes one call's `body` (its encoding after the length) straight into a
// call writer's slot: the stored columns (localized_dst is dst as dialled,
// processed 0: a new call is unhandled) and NewCall::marks. False when the
// body is not one whole call.
bool decode_call(std::string_view body, store::NewCall& call, DecodeScratch& scratch);
// The same into a PendingCall (every stored field set, storage reused).
bool decode_call(std::string_view body, PendingCall& call);

}  // namespace kolmi::import
