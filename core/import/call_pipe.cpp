#include "core/import/call_pipe.hpp"

#include <cstring>

#include "core/error.hpp"

namespace kolmi::import {

void CallPipe::push(std::string block) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return blocks_.size() < kMaxBlocks || abandoned_; });
  if (abandoned_) throw PipeClosed{};
  blocks_.push_back(std::move(block));
  lock.unlock();
  changed_.notify_all();
}

void CallPipe::append(const PendingCall& call) {
  append_encoded(call, filling_);
  if (filling_.size() < kBlock) return;
  std::string full = std::move(filling_);
  filling_.clear();
  filling_.reserve(kBlock + 4096);
  push(std::move(full));
}

void CallPipe::close(std::exception_ptr failure) {
  if (!failure && !filling_.empty()) {
    try {
      push(std::move(filling_));
    } catch (const PipeClosed&) {
      return;  // the writer has gone; it no longer reads
    }
  }
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    failure_ = failure;
  }
  changed_.notify_all();
}

void CallPipe::abandon() {
  {
    std::lock_guard lock(mutex_);
    abandoned_ = true;
    blocks_.clear();
  }
  changed_.notify_all();
}

bool CallPipe::next(store::NewCall& call) {
  while (at_ == reading_.size()) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !blocks_.empty() || closed_; });
    // A failure counts before the calls still waiting: nothing of a file
    // with a bad record is written.
    if (failure_) std::rethrow_exception(failure_);
    if (blocks_.empty()) return false;
    reading_ = std::move(blocks_.front());
    blocks_.pop_front();
    at_ = 0;
    lock.unlock();
    changed_.notify_all();
  }
  std::uint32_t length = 0;
  if (reading_.size() - at_ < sizeof length) throw storage_error("import: a call between the threads is cut short");
  std::memcpy(&length, reading_.data() + at_, sizeof length);
  at_ += sizeof length;
  if (reading_.size() - at_ < length || !decode_call(std::string_view(reading_).substr(at_, length), call, scratch_)) {
    throw storage_error("import: a call between the threads is cut short");
  }
  at_ += length;
  return true;
}

}  // namespace kolmi::import
