#pragma once
// Exact fixed-point decimal for money, rates, percentages and exchange rates.
//
// A Decimal is a signed 64-bit count of nano-units (10^-9). It is stored in
// SQLite as an INTEGER in the same unit, so sums over millions of rows are
// exact integer sums (SQLite's SUM raises an error rather than overflow) and
// no binary floating point ever touches a price. Range: +-9.2e9 units.
// Products and quotients go through 128-bit intermediates and round once,
// half away from zero.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kolmi {

// 128-bit intermediates for products (GCC/Clang builtin; __extension__ keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;

class Decimal {
 public:
  static constexpr int kScaleDigits = 9;
  static constexpr std::int64_t kScale = 1'000'000'000;

  constexpr Decimal() = default;
  static constexpr Decimal from_nanos(std::int64_t n) { return Decimal(n); }
  static constexpr Decimal from_units(std::int64_t u) { return Decimal(u * kScale); }

  // Parses "12", "-0.0490", "+3.5", "1e-3" is rejected. More than 9 decimals
  // are rounded half away from zero. Returns nullopt on syntax error or overflow.
  static std::optional<Decimal> parse(std::string_view text);

  constexpr std::int64_t nanos() const { return v_; }
  constexpr bool is_zero() const { return v_ == 0; }
  constexpr bool is_negative() const { return v_ < 0; }

  // Rounds to `digits` decimals (half away from zero) and trims trailing zeros:
  // 0.0490 -> "0.049", 11.50 -> "11.5", 10.0000 -> "10".
  std::string to_string(int digits = kScaleDigits) const;
  // Rounds to exactly `digits` decimals and keeps them: (18, 1) -> "18.0".
  std::string to_fixed(int digits) const;

  Decimal rounded(int digits) const;

  // this * other, rounded once to nano-units. Throws std::overflow_error.
  Decimal mul(Decimal other) const;
  // this * num / den (integers), rounded once. Throws std::overflow_error.
  Decimal mul_div(std::int64_t num, std::int64_t den) const;
  // this * a / b for decimals (e.g. currency conversion), rounded once.
  Decimal mul_div(Decimal a, Decimal b) const;

  friend constexpr Decimal operator+(Decimal a, Decimal b) { return Decimal(a.v_ + b.v_); }
  friend constexpr Decimal operator-(Decimal a, Decimal b) { return Decimal(a.v_ - b.v_); }
  friend constexpr Decimal operator-(Decimal a) { return Decimal(-a.v_); }
  Decimal& operator+=(Decimal o) { v_ += o.v_; return *this; }
  Decimal& operator-=(Decimal o) { v_ -= o.v_; return *this; }
  friend constexpr auto operator<=>(Decimal, Decimal) = default;

 private:
  constexpr explicit Decimal(std::int64_t v) : v_(v) {}
  std::int64_t v_ = 0;
};

// Divides a 128-bit value by a positive divisor, rounding half away from zero.
// Throws std::overflow_error when the result does not fit 64 bits.
std::int64_t round_div(Int128 value, Int128 divisor);

}  // namespace kolmi
