#pragma once
// Text the calls generator writes a million times, made without allocating.
// format_utc goes through the tz library and fmt and allocates a string per
// call; a million of those would dominate the build, so TimeText computes the
// date part of each day once and writes only the time of day per call.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kolmi::demo {

class TimeText {
 public:
  using Buffer = std::array<char, 19>;
  // Caches the UTC dates of the days from `first` to `last` (epoch seconds).
  TimeText(std::int64_t first, std::int64_t last);
  // 'YYYY-MM-DD HH:MM:SS' of epoch second t in UTC, written into `out`.
  // Days outside the cached range take the slow path (format_utc).
  std::string_view format(std::int64_t t, Buffer& out) const;

 private:
  std::int64_t first_day_ = 0;
  std::vector<std::array<char, 10>> days_;
};

// Appends the decimal digits of v (>= 0) at `p`; returns the end.
char* put_uint(char* p, std::uint64_t v);
// Appends v as exactly `width` lower-case hex digits.
char* put_hex(char* p, std::uint64_t v, int width);

}  // namespace kolmi::demo
