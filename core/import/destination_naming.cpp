#include "core/import/destination_naming.hpp"

#include "core/import/country_names.hpp"

namespace kolmi::import {

namespace {
constexpr std::size_t kMaxCountryWords = 6;
}  // namespace

std::string derive_subcode(std::string_view name) {
  const std::string words = normalize_words(name);
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    const std::string_view w(words.data() + start, end - start);
    if (w == "mobile" || w == "cellular" || w == "mob") return "MOB";
    start = end + 1;
  }
  return "FIX";
}

std::string first_word(std::string_view name) {
  const std::size_t end = name.find_first_of(" -");
  return std::string(name.substr(0, end));
}

void CountryIndex::add_direction(std::string_view name, std::string_view code) {
  std::string words = normalize_words(name);
  if (!words.empty()) directions_.try_emplace(std::move(words), code);
}

std::optional<std::string> CountryIndex::country_of(std::string_view destination_name) const {
  const std::string words = normalize_words(destination_name);
  // Ends of the first kMaxCountryWords words, longest run first.
  std::size_t ends[kMaxCountryWords];
  std::size_t count = 0;
  for (std::size_t i = 0; i <= words.size() && count < kMaxCountryWords; ++i) {
    if (i == words.size() || words[i] == ' ') ends[count++] = i;
  }
  if (words.empty()) return std::nullopt;
  for (std::size_t n = count; n > 0; --n) {
    const std::string_view lead(words.data(), ends[n - 1]);
    if (auto d = directions_.find(std::string(lead)); d != directions_.end()) return d->second;
    if (auto b = builtin_country_code(lead)) return std::string(*b);
  }
  return std::nullopt;
}

}  // namespace kolmi::import
