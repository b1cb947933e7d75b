#include "core/pages/call_text.hpp"

#include <algorithm>
#include <charconv>

namespace kolmi::pages {

namespace {
constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

char* put_uint(char* p, std::uint64_t v) {
  return std::to_chars(p, p + 20, v).ptr;
}

// `v` as exactly `width` digits, zero-padded.
void put_padded(char* p, std::uint64_t v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}
}  // namespace

PriceConverter::PriceConverter(const store::Currencies& currencies, std::string_view to) {
  const std::string& from = currencies.default_code();
  if (to == from) return;
  // Currencies::convert gives the rules (and the errors) once; this object
  // then repeats its arithmetic: amount * rate(to) / rate(from).
  currencies.convert(Decimal::from_units(1), from, to);
  const store::Currency* target = currencies.find(to);
  const store::Currency* source = currencies.find(from);
  identity_ = false;
  to_rate_ = target->exchange_rate;
  from_rate_ = source ? source->exchange_rate : Decimal::from_units(1);
}

std::string_view money_text(Decimal amount, int digits, std::array<char, 32>& out) {
  digits = std::clamp(digits, 0, Decimal::kScaleDigits);
  const std::int64_t q = round_div(amount.nanos(), kPow10[Decimal::kScaleDigits - digits]);
  if (q == 0) {
    out[0] = '0';
    return {out.data(), 1};
  }
  char* p = out.data();
  if (q < 0) *p++ = '-';
  const std::uint64_t mag = q < 0 ? 0ULL - static_cast<std::uint64_t>(q) : static_cast<std::uint64_t>(q);
  const auto unit = static_cast<std::uint64_t>(kPow10[digits]);
  p = put_uint(p, mag / unit);
  std::uint64_t frac = mag % unit;
  if (frac != 0) {
    int width = digits;
    while (frac % 10 == 0) {  // trim trailing zeros
      frac /= 10;
      --width;
    }
    *p++ = '.';
    put_padded(p, frac, width);
    p += width;
  }
  return {out.data(), static_cast<std::size_t>(p - out.data())};
}

std::string_view duration_text(std::int64_t seconds, std::array<char, 32>& out) {
  if (seconds < 0) seconds = 0;
  char* p = out.data();
  const auto hours = static_cast<std::uint64_t>(seconds / 3600);
  if (hours < 10) *p++ = '0';
  p = put_uint(p, hours);
  *p++ = ':';
  put_padded(p, static_cast<std::uint64_t>(seconds / 60 % 60), 2);
  p += 2;
  *p++ = ':';
  put_padded(p, static_cast<std::uint64_t>(seconds % 60), 2);
  p += 2;
  return {out.data(), static_cast<std::size_t>(p - out.data())};
}

std::string_view hangup_cause_text(std::string_view disposition, Lang lang) {
  switch (store::outcome_of(disposition)) {
    case store::CallOutcome::answered:
      return tr(lang, "Answered");
    case store::CallOutcome::no_answer:
      return tr(lang, "No Answer");
    case store::CallOutcome::busy:
      return tr(lang, "Busy");
    case store::CallOutcome::failed:
      break;
  }
  return tr(lang, "Failed");
}

}  // namespace kolmi::pages
