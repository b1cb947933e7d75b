#include "core/demo/demo_text.hpp"

#include <charconv>

namespace kolmi::demo {

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
