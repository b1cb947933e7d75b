#include "core/import/call_spool.hpp"

#include "core/import/call_encoding.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/io/atomic_file.hpp"

namespace kolmi::import {

namespace {

constexpr std::size_t kBuffer = 1 << 20;  // stdio buffer: few system calls for millions of rows

int open_unnamed(const std::string& dir) {
  return ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
}

}  // namespace

CallSpool::CallSpool(const std::string& dir) : dir_(dir) {
  int fd = dir.empty() ? -1 : open_unnamed(dir);
  if (fd < 0) {
    const char* tmp = std::getenv("TMPDIR");
    dir_ = tmp && *tmp ? tmp : "/tmp";
    fd = open_unnamed(dir_);
  }
  if (fd < 0) fail("create a temporary file in");
  file_ = ::fdopen(fd, "w+b");
  if (!file_) {
    ::close(fd);
    fail("create a temporary file in");
  }
  std::setvbuf(file_, nullptr, _IOFBF, kBuffer);
}

CallSpool::~CallSpool() {
  if (file_) std::fclose(file_);
}

void CallSpool::fail(const char* what) const {
  const int err = errno;
  throw storage_error(fmt::format("cannot {} {}: {}", what, dir_, io::errno_text(err)));
}

void CallSpool::append(const PendingCall& call) {
  buffer_.clear();
  append_encoded(call, buffer_);
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) fail("write a temporary file in");
  ++count_;
}

void CallSpool::rewind() {
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("write a temporary file in");
  read_ = 0;
}

bool CallSpool::read_encoded() {
  if (read_ == count_) return false;
  std::uint32_t length = 0;
  if (std::fread(&length, sizeof length, 1, file_) != 1) fail("read a temporary file in");
  buffer_.resize(length);
  if (std::fread(buffer_.data(), 1, length, file_) != length) fail("read a temporary file in");
  return true;
}

bool CallSpool::next(store::NewCall& call) {
  if (!read_encoded()) return false;
  if (!decode_call(buffer_, call, scratch_)) fail("read a temporary file in");
  ++read_;
  return true;
}

bool CallSpool::next(PendingCall& call) {
  if (!read_encoded()) return false;
  if (!decode_call(buffer_, call)) fail("read a temporary file in");
  ++read_;
  return true;
}

}  // namespace kolmi::import
