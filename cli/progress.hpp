#pragma once
// A progress line on stderr for long exports ("exported 120000/357415 calls
// (33%)"): drawn only once an export has run for half a second (a short one
// shows nothing), redrawn in place at most four times per second, and only
// when stderr is a terminal: under cron nothing is printed. Exporters get just
// the callback (exporters know nothing about terminals).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

namespace kolmi::cli {

class TerminalProgress {
 public:
  using Now = std::function<std::chrono::steady_clock::time_point()>;
  static constexpr std::chrono::milliseconds kDelay{500};     // before the first drawing
  static constexpr std::chrono::milliseconds kInterval{250};  // between two drawings

  // `enabled`: draw at all (is_terminal(stream) in kolmi; tests pass true).
  // `total`: the number of rows expected (0: unknown); `noun`: "calls".
  // `now` replaces the steady clock in tests.
  TerminalProgress(std::FILE* stream, bool enabled, std::int64_t total, std::string noun, Now now = {});
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;
  // Erases the line if one was drawn (so an error message starts clean).
  ~TerminalProgress();

  // Draws `rows_done` when kDelay has passed since construction and
  // kInterval since the last drawing; otherwise does nothing. Never throws.
  void update(std::int64_t rows_done);
  // The callback for exporters::ExportOptions::progress; empty when disabled,
  // so nothing is even called under cron. Valid while this object lives.
  std::function<void(std::int64_t)> callback();

 private:
  void erase() noexcept;
  std::FILE* stream_;
  bool enabled_;
  std::int64_t total_;
  std::string noun_;
  Now now_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
  bool drawn_ = false;
};

}  // namespace kolmi::cli
