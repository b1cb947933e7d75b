#pragma once
// The demo's random numbers: xoshiro256** seeded through splitmix64, and
// integer-only helpers on top of it.
//
// Why not <random>: std::uniform_int_distribution and friends are allowed to
// differ between standard libraries, and floating point (std::pow, ...) may
// differ in the last bit between libms. The demo promises the same data for
// the same seed everywhere, so everything here is plain integer arithmetic.
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <type_traits>

namespace kolmi::demo {

// 128-bit products for unbiased bounded numbers (__extension__ keeps -Wpedantic quiet).
__extension__ typedef unsigned __int128 Uint128;

// splitmix64 (Steele, Lea, Flood): turns any seed, even 0, into well-mixed words.
inline std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// Streams keep the parts of the demo independent: adding a phonebook entry
// must not shift every call that follows.
enum class Stream : std::uint64_t {
  people = 0x70656f706c65ULL,
  calls = 0x63616c6c73ULL,
  call_times = 0x74696d6573ULL,
};

class Rng {
 public:
  Rng(std::uint64_t seed, Stream stream) {
    std::uint64_t sm = seed ^ static_cast<std::uint64_t>(stream);
    for (auto& word : s_) word = splitmix64(sm);
  }

  // xoshiro256** (Blackman, Vigna).
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, n) without modulo bias (Lemire's multiply-shift). n > 0.
  std::uint64_t below(std::uint64_t n) {
    Uint128 m = static_cast<Uint128>(next()) * n;
    auto low = static_cast<std::uint64_t>(m);
    if (low < n) {
      const std::uint64_t threshold = (0 - n) % n;
      while (low < threshold) {
        m = static_cast<Uint128>(next()) * n;
        low = static_cast<std::uint64_t>(m);
      }
    }
    return static_cast<std::uint64_t>(m >> 64);
  }

  // Uniform in [lo, hi], both included; lo <= hi. The result has the common
  // type of the bounds, so between(2, 9) is an int and between(t, t + 60)
  // an int64_t.
  template <std::integral A, std::integral B>
  std::common_type_t<A, B> between(A lo, B hi) {
    const auto l = static_cast<std::int64_t>(lo);
    const auto h = static_cast<std::int64_t>(hi);
    return static_cast<std::common_type_t<A, B>>(l + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(h - l) + 1)));
  }

  // True with probability p/100.
  bool percent(int p) { return static_cast<int>(below(100)) < p; }

  // A uniformly chosen element of a non-empty array, std::array or vector.
  template <typename Container>
  const auto& pick(const Container& items) {
    return items[static_cast<std::size_t>(below(std::size(items)))];
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> s_{};
};

// Index into `weights` (non-negative, not all zero) chosen with probability
// proportional to its weight.
template <typename Weights>
std::size_t weighted_index(Rng& rng, const Weights& weights) {
  std::uint64_t total = 0;
  for (auto w : weights) total += static_cast<std::uint64_t>(w);
  std::uint64_t r = rng.below(total);
  std::size_t i = 0;
  for (auto w : weights) {
    if (r < static_cast<std::uint64_t>(w)) return i;
    r -= static_cast<std::uint64_t>(w);
    ++i;
  }
  return i - 1;  // not reached
}

}  // namespace kolmi::demo
