#pragma once
// The calls of an import between its two phases. Phase one (read, map,
// match devices, rate) takes no lock and appends each call here; phase two
// takes the write lock and replays them into the CallWriter. So an import
// holds the write lock only while it writes, and a customer's small write or
// a logout waits seconds, not the whole import.
//
// The spool is an unnamed temporary file (O_TMPFILE: nothing is left behind,
// whatever ends the process) written and read through a buffer; memory stays
// flat however many calls there are. Each call is its length (32 bits) and
// its fields in a fixed order: texts as a 32-bit length and the bytes,
// numbers as 64 bits, optional values behind a presence byte.
#include <cstdio>
#include <memory>
#include <string>

#include "core/import/call_writer.hpp"

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

  std::int64_t size() const { return count_; }

 private:
  [[noreturn]] void fail(const char* what) const;
  std::FILE* file_ = nullptr;
  std::string dir_;
  std::string buffer_;  // one encoded call, reused
  std::int64_t count_ = 0;
  std::int64_t read_ = 0;
};

}  // namespace kolmi::import
