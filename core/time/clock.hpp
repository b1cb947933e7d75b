#pragma once
// The clock behind "now", "today" and "this month", behind an interface so
// tests (and operators reproducing what a customer saw) can pin it.
#include <chrono>

namespace kolmi {

using Seconds = std::chrono::sys_seconds;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Seconds now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Seconds now() const override {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

class FixedClock final : public Clock {
 public:
  explicit FixedClock(Seconds t) : t_(t) {}
  Seconds now() const override { return t_; }
  void set(Seconds t) { t_ = t; }

 private:
  Seconds t_;
};

}  // namespace kolmi
