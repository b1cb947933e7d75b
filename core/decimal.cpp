#include "core/decimal.hpp"

#include <stdexcept>

namespace kolmi {

namespace {
constexpr std::int64_t pow10(int n) {
  std::int64_t r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}
}  // namespace

std::int64_t round_div(Int128 value, Int128 divisor) {
  if (divisor <= 0) throw std::invalid_argument("round_div: divisor must be positive");
  Int128 q = value / divisor;
  Int128 r = value % divisor;
  if (r < 0) r = -r;
  if (2 * r >= divisor) q += value < 0 ? -1 : 1;
  if (q > INT64_MAX || q < INT64_MIN) throw std::overflow_error("decimal value out of range");
  return static_cast<std::int64_t>(q);
}

std::optional<Decimal> Decimal::parse(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool neg = false;
  std::size_t i = 0;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    i = 1;
  }
  Int128 whole = 0;
  Int128 frac = 0;
  int frac_digits = 0;
  bool any_digit = false;
  bool seen_point = false;
  int extra_digit = -1;  // first digit beyond 9 decimals, for rounding
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any_digit = true;
    int d = c - '0';
    if (!seen_point) {
      whole = whole * 10 + d;
      if (whole > INT64_MAX / kScale + 1) return std::nullopt;
    } else if (frac_digits < kScaleDigits) {
      frac = frac * 10 + d;
      ++frac_digits;
    } else if (extra_digit < 0) {
      extra_digit = d;
    }
  }
  if (!any_digit) return std::nullopt;
  frac *= pow10(kScaleDigits - frac_digits);
  Int128 v = whole * kScale + frac;
  if (extra_digit >= 5) v += 1;
  if (neg) v = -v;
  if (v > INT64_MAX || v < INT64_MIN) return std::nullopt;
  return Decimal(static_cast<std::int64_t>(v));
}

Decimal Decimal::rounded(int digits) const {
  if (digits >= kScaleDigits) return *this;
  if (digits < 0) digits = 0;
  std::int64_t unit = pow10(kScaleDigits - digits);
  return Decimal(round_div(v_, unit) * unit);
}

std::string Decimal::to_fixed(int digits) const {
  if (digits > kScaleDigits) digits = kScaleDigits;
  if (digits < 0) digits = 0;
  std::int64_t unit = pow10(kScaleDigits - digits);
  std::int64_t q = round_div(v_, unit);  // value in 10^-digits
  bool neg = q < 0;
  unsigned long long mag = neg ? 0ULL - static_cast<unsigned long long>(q) : static_cast<unsigned long long>(q);
  unsigned long long div = static_cast<unsigned long long>(pow10(digits));
  std::string out = neg ? "-" : "";
  out += std::to_string(mag / div);
  if (digits > 0) {
    std::string f = std::to_string(mag % div);
    out += '.';
    out.append(static_cast<std::size_t>(digits) - f.size(), '0');
    out += f;
  }
  return out;
}

std::string Decimal::to_string(int digits) const {
  std::string s = to_fixed(digits);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

Decimal Decimal::mul(Decimal o) const {
  return Decimal(round_div(static_cast<Int128>(v_) * o.v_, kScale));
}

Decimal Decimal::mul_div(std::int64_t num, std::int64_t den) const {
  if (den == 0) throw std::invalid_argument("division by zero");
  Int128 n = static_cast<Int128>(v_) * num;
  if (den < 0) {
    n = -n;
    den = -den;
  }
  return Decimal(round_div(n, den));
}

Decimal Decimal::mul_div(Decimal a, Decimal b) const {
  if (b.v_ == 0) throw std::invalid_argument("division by zero");
  // v * a / b: all three in nano-units, so the scales cancel.
  Int128 n = static_cast<Int128>(v_) * a.v_;
  Int128 d = b.v_;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  return Decimal(round_div(n, d));
}

}  // namespace kolmi
