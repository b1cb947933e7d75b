#include "cli/progress.hpp"

#include <exception>

#include <fmt/format.h>

namespace kolmi::cli {

TerminalProgress::TerminalProgress(std::FILE* stream, bool enabled, std::int64_t total, std::string noun,
                                   Now now)
    : stream_(stream), enabled_(enabled), total_(total), noun_(std::move(noun)), now_(std::move(now)) {
  if (!now_) now_ = [] { return std::chrono::steady_clock::now(); };
  start_ = now_();
}

TerminalProgress::~TerminalProgress() {
  erase();
}

void TerminalProgress::update(std::int64_t rows_done) {
  if (!enabled_) return;
  const auto t = now_();
  if (t - start_ < kDelay || (drawn_ && t - last_ < kInterval)) return;
  last_ = t;
  drawn_ = true;
  try {
    if (total_ > 0) {
      fmt::print(stream_, "\rexported {}/{} {} ({}%)", rows_done, total_, noun_, rows_done * 100 / total_);
    } else {
      fmt::print(stream_, "\rexported {} {}", rows_done, noun_);
    }
    std::fflush(stream_);
  } catch (const std::exception&) {
    enabled_ = false;  // a progress line that cannot be shown is not worth failing the export
  }
}

std::function<void(std::int64_t)> TerminalProgress::callback() {
  if (!enabled_) return {};
  return [this](std::int64_t rows_done) { update(rows_done); };
}

void TerminalProgress::erase() noexcept {
  if (!drawn_) return;
  // Carriage return, then "erase to end of line" (ECMA-48 EL).
  std::fputs("\r\033[K", stream_);
  std::fflush(stream_);
  drawn_ = false;
}

}  // namespace kolmi::cli
