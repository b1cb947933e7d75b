#pragma once
// Maps keyed by std::string that a std::string_view finds without building
// a string per look-up (heterogeneous lookup): the CDR import's matchers
// per record, the call list per row, the report per call.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kolmi::text {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace kolmi::text
