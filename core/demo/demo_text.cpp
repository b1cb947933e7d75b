#include "core/demo/demo_text.hpp"

#include <algorithm>
#include <charconv>
#include <string>

#include "core/time/datetime.hpp"

namespace kolmi::demo {

namespace {
constexpr std::int64_t kDay = 86'400;

std::int64_t floor_day(std::int64_t t) { return t / kDay - (t % kDay < 0 ? 1 : 0); }

void put2(char* p, std::int64_t v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
}
}  // namespace

TimeText::TimeText(std::int64_t first, std::int64_t last) : first_day_(floor_day(first)) {
  const std::int64_t last_day = floor_day(std::max(first, last));
  days_.reserve(static_cast<std::size_t>(last_day - first_day_ + 1));
  for (std::int64_t d = first_day_; d <= last_day; ++d) {
    std::string text = format_utc(Seconds{std::chrono::seconds{d * kDay}});
    std::array<char, 10> date{};
    std::copy_n(text.begin(), date.size(), date.begin());
    days_.push_back(date);
  }
}

std::string_view TimeText::format(std::int64_t t, Buffer& out) const {
  const std::int64_t day = floor_day(t);
  const std::int64_t index = day - first_day_;
  if (index < 0 || index >= static_cast<std::int64_t>(days_.size())) {
    std::string text = format_utc(Seconds{std::chrono::seconds{t}});
    std::copy_n(text.begin(), out.size(), out.begin());
    return {out.data(), out.size()};
  }
  const auto& date = days_[static_cast<std::size_t>(index)];
  std::copy(date.begin(), date.end(), out.begin());
  const std::int64_t s = t - day * kDay;
  out[10] = ' ';
  put2(&out[11], s / 3600);
  out[13] = ':';
  put2(&out[14], s / 60 % 60);
  out[16] = ':';
  put2(&out[17], s % 60);
  return {out.data(), out.size()};
}

char* put_uint(char* p, std::uint64_t v) {
  return std::to_chars(p, p + 20, v).ptr;
}

char* put_hex(char* p, std::uint64_t v, int width) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = width - 1; i >= 0; --i) {
    p[i] = kHex[v & 0xf];
    v >>= 4;
  }
  return p + width;
}

}  // namespace kolmi::demo
