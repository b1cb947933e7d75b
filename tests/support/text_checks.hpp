#pragma once
// Small checks on text that many tests make.
#include <string>

namespace kolmi::test {

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace kolmi::test
