#pragma once
// The calls of an import from a pipe or another input that is not a
// regular file, between its two phases. Phase one (read, map, match
// devices, rate) takes no lock and appends each call here; phase two takes
// the write lock and replays them into the call writer
// (store::CallBatchWriter). So a slow producer (`zcat | kolmi admin import
// cdr -` over a network) never holds the write lock; a regular file is read
// and written at once instead (call_pipe.hpp).
//
// The spool is an unnamed temporary file (O_TMPFILE: nothing is left behind,
// whatever ends the process) written and read through a buffer; memory stays
// flat however many calls there are. Each call is in its binary form
// (call_encoding.hpp).
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/import/call_encoding.hpp"

namespace kolmi::import {

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
  DecodeScratch scratch_;  // fields a NewCall has no place for
  std::int64_t count_ = 0;
  std::int64_t read_ = 0;
};

}  // namespace kolmi::import
