#pragma once
// Number text the calls generator writes a million times, without allocating.
#include <cstdint>

namespace kolmi::demo {

// Appends the decimal digits of v (>= 0) at `p`; returns the end.
char* put_uint(char* p, std::uint64_t v);
// Appends v as exactly `width` lower-case hex digits.
char* put_hex(char* p, std::uint64_t v, int width);

}  // namespace kolmi::demo
