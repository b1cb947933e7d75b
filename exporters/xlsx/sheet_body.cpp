#include "exporters/xlsx/sheet_body.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"

namespace kolmi::exporters::xlsx {

namespace {

[[noreturn]] void scratch_failure(const char* doing, const std::string& dir) {
  throw storage_error(fmt::format("XLSX: cannot {} the temporary file in {}: {}", doing, dir.empty() ? "." : dir,
                                  std::strerror(errno)));
}

}  // namespace

int unnamed_file(const std::string& dir) {
  const std::string where = dir.empty() ? "." : dir;
  int fd = ::open(where.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  std::string name = where + "/.kolmi-xlsx-XXXXXX";
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    throw storage_error(fmt::format("XLSX: cannot make a temporary file in {}: {}", where, std::strerror(errno)));
  }
  ::unlink(name.c_str());
  return fd;
}

SheetBody::SheetBody(const std::string& scratch_dir) : dir_(scratch_dir), fd_(unnamed_file(scratch_dir)) {
  deflater_ = std::make_unique<Deflater>([this](std::string_view bytes) { spill(bytes); });
  xml_.reserve(kBatch + (1 << 16));
}

SheetBody::~SheetBody() {
  stop_worker();
  if (fd_ >= 0) ::close(fd_);
}

void SheetBody::hand_over() {
  if (!worker_.joinable()) worker_ = std::thread([this] { compress_loop(); });
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return !has_pending_; });
  if (failure_) std::rethrow_exception(failure_);
  std::swap(xml_, pending_);
  has_pending_ = true;
  lock.unlock();
  changed_.notify_all();
  xml_.clear();  // keeps the capacity of the buffer it swapped in
}

void SheetBody::compress_loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return has_pending_ || stopping_; });
    if (!has_pending_) return;
    lock.unlock();
    try {
      if (!failure_) deflater_->write(pending_);
    } catch (...) {
      failure_ = std::current_exception();
    }
    pending_.clear();
    lock.lock();
    has_pending_ = false;
    changed_.notify_all();
  }
}

void SheetBody::stop_worker() noexcept {
  if (!worker_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

void SheetBody::spill(std::string_view compressed) {
  file_buffer_.append(compressed);
  if (file_buffer_.size() >= (1 << 20)) flush_file();
}

void SheetBody::flush_file() {
  std::string_view rest = file_buffer_;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd_, rest.data(), rest.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      scratch_failure("write", dir_);
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  file_buffer_.clear();
}

DeflatedPart SheetBody::finish() {
  // The worker compresses what it holds before it stops.
  stop_worker();
  if (failure_) std::rethrow_exception(failure_);
  deflater_->write(xml_);
  xml_.clear();
  deflater_->finish(false);
  flush_file();
  DeflatedPart part;
  part.crc = deflater_->crc();
  part.raw_size = deflater_->raw_size();
  part.compressed_size = deflater_->compressed_size();
  part.copy = [this, size = part.compressed_size](const ByteSink& sink) {
    std::vector<char> buf(1 << 16);
    std::uint64_t at = 0;
    while (at < size) {
      const ssize_t n = ::pread(fd_, buf.data(), std::min<std::uint64_t>(buf.size(), size - at), static_cast<off_t>(at));
      if (n < 0) {
        if (errno == EINTR) continue;
        scratch_failure("read back", dir_);
      }
      if (n == 0) {
        errno = EIO;
        scratch_failure("read back", dir_);
      }
      sink(std::string_view(buf.data(), static_cast<std::size_t>(n)));
      at += static_cast<std::uint64_t>(n);
    }
  };
  return part;
}

}  // namespace kolmi::exporters::xlsx
