#include "core/import/price_bounds.hpp"

#include <algorithm>

namespace kolmi::import {

bool longest_call_fits(const DeckPrice& price, Decimal numerator, Decimal denominator) {
  // The engine's sum (rate_plan.cpp rule 5) without the included seconds,
  // which only lower it: (rate x billed seconds + fee x 60) x numerator
  // compared with kMaxCallPrice x 60 x denominator, in checked 128 bits.
  const std::int64_t step = std::max<std::int64_t>(price.increment, 1);
  const std::int64_t seconds = std::max(kMaxCallSeconds, price.min_time);
  const Int128 billed = (Int128{seconds} + step - 1) / step * step;
  Int128 rated = 0, fee = 0, sum = 0, cost = 0, limit = 0;
  if (__builtin_mul_overflow(Int128{price.rate.nanos()}, billed, &rated) ||
      __builtin_mul_overflow(Int128{price.connection_fee.nanos()}, 60, &fee) ||
      __builtin_add_overflow(rated, fee, &sum) || __builtin_mul_overflow(sum, numerator.nanos(), &cost)) {
    return false;
  }
  // A limit beyond 128 bits is above any cost that fits them.
  if (__builtin_mul_overflow(Int128{kMaxCallPrice.nanos()} * 60, denominator.nanos(), &limit)) return true;
  return cost <= limit;
}

}  // namespace kolmi::import
