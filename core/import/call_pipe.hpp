#pragma once
// The calls of an import from a regular file, from the thread that reads,
// matches and rates them to the thread that writes them (one transaction,
// store::CallBatchWriter): the two run at once, on two cores, so the
// import takes about as long as its writing alone. Calls travel in their
// binary form (call_encoding.hpp) in blocks of about 1 MiB; at most
// kMaxBlocks wait, so memory stays flat, and the faster side waits for the
// slower.
//
// Either side can stop the other: the reader's failure (a bad record, a
// read error) is handed to the writer, which rethrows it (and rolls back);
// the writer's failure (disk full, a lost server) makes the reader's next
// append throw PipeClosed, so it stops at once.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>

#include "core/import/call_encoding.hpp"

namespace kolmi::import {

// Thrown by CallPipe::append once the writer has given up.
struct PipeClosed {};

class CallPipe {
 public:
  static constexpr std::size_t kBlock = 1 << 20;
  static constexpr std::size_t kMaxBlocks = 4;

  // Reader's side. Appends `call`; waits while kMaxBlocks blocks wait.
  // Throws PipeClosed when the writer has given up.
  void append(const PendingCall& call);
  // No more calls: the rest goes to the writer. `failure`: why the reader
  // stopped (rethrown by the writer's next()), or none.
  void close(std::exception_ptr failure = nullptr);

  // Writer's side. The next call into a call writer's slot; false after the
  // last one. Rethrows the reader's failure; throws Error(storage) for a
  // call that does not decode.
  bool next(store::NewCall& call);
  // The writer gives up: the reader's appends throw PipeClosed from now on.
  void abandon();

 private:
  void push(std::string block);  // with mutex_ not held

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> blocks_;
  bool closed_ = false;
  bool abandoned_ = false;
  std::exception_ptr failure_;

  std::string filling_;  // the reader's block
  std::string reading_;  // the writer's block
  std::size_t at_ = 0;   // the writer's place in reading_
  DecodeScratch scratch_;
};

}  // namespace kolmi::import
