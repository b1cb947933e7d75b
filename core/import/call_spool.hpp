#pragma once
// The calls of an import between its two phases. Phase one (read, map,
// match devices, rate) takes no lock and appends each call here; phase two
// takes the write lock and replays them into the call writer
// (store::CallBatchWriter). So an import
// holds the write lock only while it writes, and a customer's small write or
// a logout waits seconds, not the whole import.
//
// The spool is an unnamed temporary file (O_TMPFILE: nothing is left behind,
// whatever ends the process) written and read through a buffer; memory stays
// flat however many calls there are. Each call is its length (32 bits) and
// its fields in a fixed order: texts as a 32-bit length and the bytes,
// numbers as 64 bits, optional values behind a presence byte.
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
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

class CallSpool {
 public:
  // Creates the unnamed file in `dir` (the database's folder: the calls are
  // headed there anyway), else (or when `dir` is empty) in $TMPDIR or /tmp.
  // Throws Error(storage).
  explicit CallSpool(const std::string& dir);
  CallSpool(const CallSpool&) = delete;
  CallSpool& operator=(const CallSpool&) = delete;
  ~CallSpool();

  // Appends the stored fields of `call` (not its repair notes). Throws
  // Error(storage) ("disk is full").
  void append(const PendingCall& call);
  // Ends appending; reading starts at the first call. Throws Error(storage).
  void rewind();
  // Reads the next call into `call` (every stored field set, storage
  // reused); false after the last. Throws Error(storage).
  bool next(PendingCall& call);
  // The same, straight into a call writer's slot: the stored columns
  // (localized_dst is dst as dialled, processed 0: a new call is unhandled)
  // and NewCall::marks (kUnassigned, kUnrated, kNoProvider).
  bool next(store::NewCall& call);

  std::int64_t size() const { return count_; }

 private:
  [[noreturn]] void fail(const char* what) const;
  std::FILE* file_ = nullptr;
  std::string dir_;
  bool read_encoded();

  std::string buffer_;  // one encoded call, reused
  std::string start_, record_uniqueid_;  // fields a NewCall has no place for
  std::int64_t count_ = 0;
  std::int64_t read_ = 0;
};

}  // namespace kolmi::import
