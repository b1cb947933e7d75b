#include "core/console/payment_amount.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

// ISO 4217's currencies whose minor unit is not 2 (sorted for binary search).
constexpr std::array<std::string_view, 17> kNoMinorUnit = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                                           "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                                           "VND", "VUV", "XAF", "XOF", "XPF"};
constexpr std::array<std::string_view, 7> kThreeDigits = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

int currency_digits(std::string_view code) {
  if (std::binary_search(kNoMinorUnit.begin(), kNoMinorUnit.end(), code)) return 0;
  if (std::binary_search(kThreeDigits.begin(), kThreeDigits.end(), code)) return 3;
  return 2;
}

ParsedAmount parse_amount(std::string_view text, int digits) {
  const std::string shown = text::shown(text);
  auto refuse = [&](std::string problem) { return ParsedAmount{std::nullopt, std::move(problem)}; };
  std::string_view rest = text;
  if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
  const std::size_t dot = rest.find('.');
  const std::string_view whole = rest.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  const bool well_formed = !whole.empty() && std::all_of(whole.begin(), whole.end(), is_digit) &&
                           std::all_of(fraction.begin(), fraction.end(), is_digit) &&
                           (dot == std::string_view::npos || !fraction.empty());
  if (!well_formed) {
    return refuse(fmt::format("'{}' is not an amount (digits with an optional '-' and '.': 1234.56)", shown));
  }
  if (static_cast<int>(fraction.size()) > digits) {
    return refuse(digits == 0 ? fmt::format("'{}' has decimals; the currency has none", shown)
                              : fmt::format("'{}' has more than {} decimals", shown, digits));
  }
  const std::optional<Decimal> value = Decimal::parse(text);
  if (!value) return refuse(fmt::format("'{}' is too large", shown));
  return {value, {}};
}

}  // namespace kolmi::console
